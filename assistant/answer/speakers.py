"""Who speaks the quoted speech of a novel's passage, so that a passage holds the name of the one who
speaks in it: "Where did Ukridge say the maker of the incubator ought to be?" is answered by "Say that
I consider that the manufacturer of the thing ought to be in Colney Hatch", in a paragraph that never
names Ukridge (docs/benchmarks.md, session 9: the name test failed the passage that answers).

A novel says who speaks in three ways, read here in this order:
- by a verb of saying beside a name, outside the quotation marks: "said Ukridge", "Ukridge said",
  "asked the professor", "I said slowly" (the narrator);
- by a pronoun ("he said earnestly"), which names the one the narration just before it named last:
  "Ukridge was all sympathy. “The man is an unprincipled scoundrel,” he said";
- by turns: a paragraph of speech that says nobody is a reply to the one before, so in an exchange
  it is spoken by whoever spoke two paragraphs before ("“Yes, dear.”" between two of Ukridge's), and
  speech left open at a paragraph's end goes on in the next.

English only: Chinese quotation conventions are not read here (evidence.passage_pool).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..sentences import split_paragraphs, split_sentences
from .decision import Candidate
from .spoken_of import QUOTED, narration
from .terms import terms

NARRATOR = "I"

_VERBS = (
    "said|says|cried|asked|shouted|replied|observed|remarked|added|continued|exclaimed|called|murmured|"
    "whispered|began|repeated|answered|explained|suggested|demanded|inquired|enquired|urged|protested|"
    "groaned|roared|bellowed|concluded|agreed|resumed|snapped|retorted|sighed|yelled|laughed|panted|gasped|"
    "growled|thundered|admitted|insisted|pleaded|interrupted|declared|announced|muttered|chuckled|went on|"
    "put in|broke in"
)
_TITLE = r"(?:Mr|Mrs|Miss|Ms|Dr|Prof|Professor|Colonel|Captain|Lieutenant|Lady|Sir|Lord|Aunt|Uncle)\.?"
# Said before any man's or woman's name: "Mrs. Ukridge" shares only "Mrs." with "Mrs. Beale", and her
# speech is not the one "What did Mrs. Beale say about omelettes?" asks about.
_HONORIFICS = frozenset(terms("Mr Mrs Miss Ms"))
_NAME = rf"(?:{_TITLE}\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
# "said Ukridge", "asked the professor", "said I"
_VERB_FIRST = re.compile(rf"\b(?:{_VERBS})\s+(?P<who>{_NAME}|the\s+[a-z-]+)")
# "Ukridge said", "I said slowly", "he concluded safely"
_NAME_FIRST = re.compile(rf"(?P<who>{_NAME}|\b[Tt]he\s+[a-z-]+|\b[Hh]e|\b[Ss]he)\s+(?:[a-z]+ly\s+)?(?:{_VERBS})\b")
_NAMES = re.compile(_NAME)
# Capitalised words that begin a sentence or stand for someone without naming them.
_NOT_NAMES = frozenset(
    """a an and as at but by for from he her his i if in it its my no now of on one or our she so that the
    their then there these they this those to we what when where which while who why with yes you your
    oh well why sir""".split()
)
_PRONOUNS = frozenset({"he", "she"})


def _is_name(words: str) -> bool:
    return words == NARRATOR or words.split()[0].lower().rstrip(".") not in _NOT_NAMES


# A name set off by commas inside speech is the one spoken to ("What’s all this, Mrs. Beale?", "Garny,
# old horse, …"): the next turn that names nobody is theirs.
_ADDRESSED = re.compile(rf"(?:,\s+|“)(?P<who>{_NAME})(?=\s*[,?!.—”])")


def _addressed(paragraph: str) -> str:
    spoken = " ".join(m.group(0) for m in QUOTED.finditer(paragraph))
    found = [m.group("who") for m in _ADDRESSED.finditer(spoken) if _is_name(m.group("who"))]
    return found[-1] if found and found[-1] != NARRATOR else ""


def _has_speech(paragraph: str) -> bool:
    return "“" in paragraph or paragraph.count('"') >= 2


def _open_at_end(paragraph: str) -> bool:
    """Speech that goes on in the next paragraph leaves its quotation mark open."""
    return paragraph.count("“") > paragraph.count("”")


def _goes_on_speaking(paragraph: str, i: int, turns: list[int], paragraphs: Sequence[str]) -> bool:
    """A paragraph that closes a quotation it never opened, after one that left its speech open: a long
    paragraph of speech cut where one passage ends and the next begins (“Oh, all sorts. … but I stopped
    ’em. | ‘Look here,’ I said kindly … one of every breed ever invented.”), whose "I said" is inside the
    speech, not the narrator's."""
    return (
        "”" in paragraph
        and not _has_speech(paragraph)
        and bool(turns)
        and turns[-1] == i - 1
        and _open_at_end(paragraphs[i - 1])
    )


def _subject_last(narration: str) -> str:
    """The name that begins the last sentence of narration to begin with one ("Ukridge was all
    sympathy."): the one a "he" or "she" after it means."""
    for sentence in reversed(split_sentences(narration)):
        if who := named_first(sentence):
            return who
    return ""


_OWNER = re.compile(r"[’']s$")


# The narrator, alone or with others, as a sentence's subject.
_NARRATOR_FIRST = re.compile(r"[“‘\"'(]*(?:I|We)\b")
_WORDS = re.compile(r"[A-Za-z]")


def _named_last(narration: str) -> str:
    """Who a "he said" means when no sentence of the narration before begins with a name (_subject_last)
    and its last sentence is the narrator's doing ("We … made our way to Mr. Chase’s room."): the last name
    it gives, without an owner's "’s". The narrator is never "he", so he is the one they came to. After a
    sentence whose subject is "she" or "he" ("She read the letter from Aunt Elizabeth twice."), a name
    further into it is as often an object: then nobody."""
    sentences = [s for s in split_sentences(narration) if _WORDS.search(s)]  # not the mark of a quotation
    if not sentences or not _NARRATOR_FIRST.match(sentences[-1].lstrip()):
        return ""
    found = [m.group(0) for m in _NAMES.finditer(sentences[-1]) if m.group(0) != NARRATOR and _is_name(m.group(0))]
    return _OWNER.sub("", found[-1]) if found else ""


def named_first(sentence: str) -> str:
    """The name a sentence begins with ("Ukridge was all sympathy.", "Mrs. Beale, …"), or "". A name
    further into a sentence is as often an object or a place ("a letter from Aunt Elizabeth"), and the
    narrator is never "he"."""
    m = _NAMES.match(sentence.lstrip("“‘\"'(…” "))
    return m.group(0) if m and m.group(0) != NARRATOR and _is_name(m.group(0)) else ""


# A sentence that begins so goes on about whoever the sentence before it began with.
_GOES_ON = re.compile(r"[“‘\"'(]*(?:He|She|His|Her)\b")


def goes_on_about(sentence: str, before: str) -> str:
    """Who a sentence that begins with "He", "She", "His" or "Her" is about: the name the sentence
    before it begins with ("Ukridge, having induced himself to be broad-minded for five minutes, now
    began to slip back … His fleeting sympathy with the wrongs of Mr. Harrod and Mr. Whiteley
    disappeared."), or ""."""
    return named_first(before) if _GOES_ON.match(sentence) else ""


def _attributed(paragraph: str, narrated_before: str) -> str | None:
    """The speaker a paragraph of speech names by a verb of saying, or by a pronoun the narration just
    before resolves; "" when it names none, None when a pronoun says it is someone the narration does not
    name (then no turn-taking may guess who)."""
    told = narration(paragraph)
    for pattern in (_VERB_FIRST, _NAME_FIRST):
        for m in pattern.finditer(told):
            who = m.group("who")
            if who.lower() in _PRONOUNS:
                before = f"{narrated_before} {told[: m.start()]}"
                return _subject_last(before) or _named_last(before) or None
            if who.lower().startswith("the ") or _is_name(who):
                return who
    return ""


def paragraph_speakers(paragraphs: Sequence[str]) -> list[str]:
    """For each paragraph, who speaks its quoted speech: a name as the book writes it ("Ukridge", "Mrs.
    Beale", "the professor"), NARRATOR for the narrator, "" for a paragraph without speech or whose
    speaker cannot be told."""
    who: list[str | None] = [""] * len(paragraphs)
    turns: list[int] = []  # the paragraphs with speech, in order
    narrated = ""  # the narration since the last paragraph of speech
    goes_on: list[int] = []  # paragraphs that go on with the speech before them: the same turn
    for i, paragraph in enumerate(paragraphs):
        if _goes_on_speaking(paragraph, i, turns, paragraphs):
            paragraph = f"“{paragraph}"  # the rest of a speech split where a passage ends
        if not _has_speech(paragraph):
            narrated = f"{narrated} {paragraph}"
            continue
        who[i] = _attributed(paragraph, narrated)
        if who[i] == "" and turns and turns[-1] == i - 1 and _open_at_end(paragraphs[i - 1]):
            who[i] = who[i - 1]  # one speech over several paragraphs
            if not who[i]:
                goes_on.append(i)  # whoever the turn it goes on with turns out to be
        elif who[i] == "" and turns:
            who[i] = _addressed(paragraphs[turns[-1]])  # the one the last turn spoke to answers
        turns.append(i)
        narrated = ""
    # In an exchange a reply alternates: a turn that names nobody is spoken by whoever spoke two turns
    # before it (or after it), unless the turn between is known to be theirs too.
    own = [i for i in turns if i not in goes_on]
    for order in (own, own[::-1]):
        for k in range(2, len(order)):
            this, between, other = order[k], order[k - 1], order[k - 2]
            if who[this] == "" and who[other] and who[between] != who[other]:
                who[this] = who[other]
    for i in goes_on:
        who[i] = who[i - 1]
    return [w or "" for w in who]


@lru_cache(maxsize=4096)  # the same passages come back question after question
def sentence_speakers(text: str, before: tuple[str, ...] = ()) -> tuple[str, ...]:
    """For each sentence of `text` (sentences.split_sentences), who speaks it, or "" (paragraph_speakers);
    `before` are the passages just before it in its book, in order, read for the turns that lead into it."""
    earlier = [p for passage in before for p in split_paragraphs(passage)]
    own = split_paragraphs(text)
    speakers = paragraph_speakers([*earlier, *own])[len(earlier) :]
    return tuple(s for paragraph, s in zip(own, speakers, strict=True) for _ in split_sentences(paragraph))


# A question about what someone said, told, called … ("Where did Ukridge say …", "How did Ukridge describe
# his wife", "What reason did the narrator give", "according to Beale"): whose speech answers it.
_ASKING_VERBS = (
    "say|tell|shout|cry|ask|call|describe|suggest|explain|propose|promise|reply|answer|claim|mention|"
    "give as|give for|warn|order|advise|threaten|admit|announce|declare|offer to|recommend"
)
_ASKS_SPEECH = re.compile(
    rf"\b(?:did|does|do|would|will|had|has)\s+(?P<who>{_NAME}|the\s+narrator)\s+(?:\w+\s+)?(?:{_ASKING_VERBS})\b"
    rf"|\baccording\s+to\s+(?P<source>{_NAME}|the\s+narrator)"
    rf"|\b(?:did|does|do)\s+(?P<giver>{_NAME}|the\s+narrator)\s+give\b[^?]*\b(?:reason|excuse|explanation)",
)


def speech_asked(question: str) -> str:
    """Whose speech a question asks about ("Ukridge", NARRATOR for "the narrator"), or ""."""
    m = _ASKS_SPEECH.search(question)
    if not m:
        return ""
    who = m.group("who") or m.group("source") or m.group("giver")
    if who.endswith(("'s", "’s")):
        return ""  # "What does Ukridge's wife call …": someone of his, not him
    return NARRATOR if who.lower() == "the narrator" else who


def narrator_asked(question: str) -> set[str]:
    """The term "narrator" when a question asks what the narrator said ("What reason did the narrator give
    …"): the sentences the narrator speaks hold it (with_speakers), but terms.read_terms drops it as a word
    that only frames a question about a book, so without this the credit never counted in focus.py's
    windows (development: "“It seemed to me as if the man had got an attack of cramp,” I said" was 6th
    among the passages found, then 2nd and cited; second book set 17 → 18 of 30, nothing else moved)."""
    return terms("narrator") if speech_asked(question) == NARRATOR else set()


# The passages before one that are read for its turns, when retrieval found them too: two cover most
# exchanges that run into a passage (an 800-character passage holds four to ten turns).
BEFORE = 2


def with_speakers(question: str, pool: list[Candidate]) -> list[Candidate]:
    """For a question about what someone said (speech_asked), each passage of a book with the sentences
    they speak (Candidate.speakers: their name there, "" elsewhere), reading the passages before it that
    retrieval found too (fetching the others would cost a query). The narrator is named "narrator", the
    word the question asks with.

    Only then: every speech credited to its speaker made passages where Ukridge talks (half the book)
    hold "Ukridge" for any question naming him, and the development book questions cited 33 → 31 of 62
    ("Where did the Ukridges get their incubator?" cited Ukridge's speech over Millie's answer)."""
    asked = speech_asked(question)
    if not asked:
        return pool
    found = {
        (c.memory.import_id, c.memory.position): c.memory.text
        for c in pool
        if c.memory.import_id and c.memory.position >= 0
    }
    return [read_back(asked, c, found) for c in pool]


def read_back(asked: str, c: Candidate, texts: dict[tuple[str, int], str]) -> Candidate:
    """`c` with the sentences `asked` speaks in it (Candidate.speakers), reading the turns that lead into
    it from the passages before it among `texts` (by import and position), up to BEFORE of them."""
    before: list[str] = []
    for back in range(1, BEFORE + 1):
        earlier = texts.get((c.memory.import_id, c.memory.position - back))
        if earlier is None:
            break
        before.insert(0, earlier)
    asked_terms = terms(asked)
    theirs = tuple(_as_asked(s, asked, asked_terms) for s in sentence_speakers(c.memory.text, tuple(before)))
    return replace(c, speakers=theirs) if any(theirs) else c


def _as_asked(speaker: str, asked: str, asked_terms: set[str]) -> str:
    """The speaker as the question names them, when they are the one asked about; else ""."""
    if asked == NARRATOR:
        return "narrator" if speaker == NARRATOR else ""
    return speaker if speaker and speaker != NARRATOR and (asked_terms & terms(speaker)) - _HONORIFICS else ""
