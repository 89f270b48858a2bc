"""The kind of thing a question asks for ("What food do I dislike?", "What sport do I play?"), and
whether a remark's words are all things of other kinds.

A remark rarely names the kind: "I can't stand cold weather" names no food, and was quoted for "What
food do I dislike?" (session 13). One cosine between a word and the kind cannot tell it (weather/food
0.42 stood above olives/food 0.40, session 13), but which kind a word is nearest among a few everyday
kinds can: with the bundled embedder "weather" is nearest weather, "cold" nearest weather (0.57, food
0.33), while olives, porridge and broccoli are nearest food.

A remark is of another kind when every word of it is at least `FAR` nearer some other kind than the
asked one, and it names no one (a name is near no kind: "I love Radiohead"). Measured on 85 everyday
things (foods, drinks, music, sports, instruments, weather and others; session 14): with 0.15 no food,
drink, sport or instrument was of another kind, and of music only "folk" (nearest person) was; weather,
crowds, traffic, my boss, cats and dogs were all of another kind than food. The other way, a word
nearest the asked kind, was tried and not kept: kitchen, dinner and diet are nearest food, gym nearest
sport, fingers and drill nearest instrument, so it does not say a remark gives a thing of the kind.

Alone, that is: with all the rest of the question held, and the liking it asks said, a word within NEAR of
the asked kind's being the one it is nearest is a thing of it (session 15: "I'm really into jazz" for "What
music do I like?", "I've been learning the saxophone" for "What instrument do I play?" were "I don't
know"), and the kind's word is held (member_holds). A team is a name; Chinese is read by how a thing of the
kind is written (爵士乐, 羽毛球, 钢琴). Which kind a question asks is read here only: liking.py read it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ..language import CJK
from .liking import LIKING_WORDS, liking
from .terms import PEOPLE, pets_named, relatives_named, term_words, terms

# Everyday kinds a question asks for, and kinds of the things that are not them.
KINDS = (
    "food drink music sport film book weather animal place activity person job colour season instrument game "
    "language illness medicine clothes noise vehicle hobby"
).split()
FAR = 0.15
# "What food do I hate?", "Which sport does Felix play?", "What kind of music do I like?". The one place
# a kind is read from a question: liking_of_another_kind below reads it too.
_EN_KIND_ASKED = re.compile(
    r"^\s*(?:what|which)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?((?:tv|telly)\s+)?([a-z]+)\s+"
    r"(?:do|does|did|am|is|are|was|were|have|has)\s+(?:i|my|our|(?-i:[A-Z][a-z]+))\b",
    re.IGNORECASE,
)
# Words that say when, not what: a season is a kind, but "since spring" says when the cello started.
_WHEN = frozenset(
    terms(
        "spring summer autumn fall winter morning evening night week weekend month year day since every "
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december"
    )
)

_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b(?!I\b)[A-Z][\w'-]*")

Vectors = Callable[[tuple[str, ...]], np.ndarray]


# The kinds asked for that are things with everyday words: not a time, a colour or a size, which are said
# by numbers and names that are near no kind ("What time do I get up?" with "I get up at 7").
_ASKED = {
    **dict.fromkeys(("food", "dish", "meal", "cuisine"), "food"),
    **dict.fromkeys(("drink", "drinks"), "drink"),
    **dict.fromkeys(("music", "genre", "band"), "music"),
    **dict.fromkeys(("sport", "sports"), "sport"),
    **dict.fromkeys(("instrument", "instruments"), "instrument"),
    # A team is a name, near no kind ("Liverpool" is nearest season): any name given is one (session 15,
    # "Which team does Jo support?" was "I don't know" with "Jo supports Liverpool").
    **dict.fromkeys(("team", "teams", "club"), "team"),
    # A show is a title, near no kind either: "I love watching Bake Off" for "What TV do I like?" (session 16,
    # "I don't know"). Films stay with the vectors: "film" is one of KINDS, and films are asked of as often.
    **dict.fromkeys(("tv", "show", "shows", "series", "programme", "programmes", "program", "programs"), "show"),
}
# The kinds whose things are names: a capitalised word of the remark is one of them, where the remark says
# it as one (a show is watched: "I love Paris" names no show); None where any name is (a team).
_NAMED: dict[str, re.Pattern[str] | None] = {
    "team": None,
    "show": re.compile(
        r"\b(?:watch(?:es|ed|ing)?|binge(?:d|ing)?|seen|series|season|episodes?|shows?|on (?:tv|telly)|netflix"
        r"|iplayer|prime|disney\+?|hbo)\b",
        re.IGNORECASE,
    ),
}
# How near the asked kind a word must be, beside the kind it is nearest, to be a thing of that kind: the
# bundled embedder ties saxophone between instrument and music (0.48 each) and puts piano 0.03 nearer
# music than instrument, opera 0.05 nearer activity than music (session 15).
NEAR = 0.05
# Words of doing, not things: "learning" is 0.10 behind sport (job 0.53), so "I've been learning the
# saxophone" was not of another kind than sport, and was told beside badminton for "What sport do I play?".
_DOING = frozenset(
    terms(
        "learn learning learnt learned practise practising practice practicing lesson lessons class classes "
        "start started starting take taking took taken doing try trying tried"
    )
)
# "What instrument do I play?": playing is said by learning or practising one ("I've been learning the
# saxophone"), when the remark gives a thing of the kind.
_PLAY = frozenset(terms("play"))
_ZH_LIKING = frozenset(terms("喜欢 爱吃"))
_TAKING_PART = re.compile(
    r"\b(learn|learns|learning|learnt|learned|practi[sc]es?|practi[sc]ing|lessons?|took up|taken up|taking up"
    r"|take up|started)\b",
    re.IGNORECASE,
)


# "What do I play?" asks no kind, but what is played is an instrument, a sport or a game (session 16: "I
# don't know" with "I've been learning the saxophone").
PLAYED = "played"
# Music too, since the embedder puts an instrument nearer music (piano by 0.03); the playing itself is held
# only when the remark says it or a learning (member_holds), so "I love jazz" is not played.
_PLAYED_KINDS = ("instrument", "sport", "game", "music")
# Nearer than NEAR, as four kinds are tried: within 0.05 of its nearest kind "test" (of "I'm practising for
# my driving test") and "pottery" (0.03 behind hobby) were things played.
PLAYED_NEAR = 0.02
_EN_PLAYED = re.compile(
    r"^\s*what\s+(?:do|does|did)\s+(?:i|we|(?:my|our)\s+[a-z]+|(?-i:[A-Z][a-z]+))\s+play"
    r"(?:\s+(?:now|these days|at the moment|nowadays))?\s*\??\s*$",
    re.IGNORECASE,
)


def kind_asked(question: str) -> str | None:
    """The kind of thing the question asks for, as one of KINDS ("food" for "What dish do I love?"), or
    None."""
    if _EN_PLAYED.match(question):
        return PLAYED
    word = _kind_word(question)
    return _ASKED.get(word) or _ZH_ASKED.get(word) if word else None


def kind_words(question: str) -> set[str]:
    """The terms of the word that asks the kind ({"food"} for "What food does Jo hate?"), or none."""
    word = _kind_word(question)
    if not word:
        return set()
    m = _EN_KIND_ASKED.match(question.replace("’", "'"))
    return terms(word) | (terms(m.group(1)) if m and m.group(1) else set())  # "TV shows": both words ask it


def _kind_word(question: str) -> str | None:
    """The word that asks for a kind _ASKED knows ("dish" of "What dish do I love?", 音乐 of "我喜欢什么
    音乐？"), lower-cased."""
    zh = _ZH_KIND_ASKED.search(question)
    if zh:
        return zh.group(1)
    m = _EN_KIND_ASKED.match(question.replace("’", "'"))
    word = m.group(2).lower() if m else None
    return word if word in _ASKED else None


# "我喜欢什么音乐？", "我打什么运动？": the kind after 什么, as _ASKED reads it in English.
_ZH_ASKED = {"音乐": "music", "运动": "sport", "乐器": "instrument", "球队": "team"}
_ZH_KIND_ASKED = re.compile(rf"什么(?:样的|类型的|种类的)?({'|'.join(_ZH_ASKED)})")
# A thing of the kind in Chinese, by how its word ends or is written: 爵士乐, 摇滚, 流行歌; 羽毛球, 游泳;
# 钢琴, 萨克斯. No word vectors: the bundled embedder reads Chinese words poorly (terms.py).
_ZH_MEMBER = {
    "music": re.compile(r"[乐歌曲]|摇滚|说唱|嘻哈"),
    "sport": re.compile(r"球|游泳|跑步|拳|瑜伽|滑雪|攀岩|骑行|击剑|柔道|跆拳道"),
    "instrument": re.compile(r"[琴笛鼓]|萨克斯|吉他|贝斯|尤克里里"),
}


def _zh_member(kind: str, question: str, text: str) -> bool:
    """A Chinese remark naming a thing of `kind` besides the question's own words (音乐 holds 乐)."""
    member = _ZH_MEMBER.get(kind)
    rest = text
    for word in _ZH_ASKED:
        rest = rest.replace(word, "")
    return bool(member and member.search(rest))


def names_none_in_chinese(question: str, text: str) -> bool:
    """A Chinese remark with no thing of the kind asked, as Chinese writes one (_ZH_MEMBER): 我女儿叫朵朵，
    今年六岁 has no instrument. Word vectors cannot tell it (kind_of gives 0 for Chinese)."""
    kind = kind_asked(question)
    return bool(kind in _ZH_MEMBER and CJK.search(text) and not _zh_member(kind or "", question, text))


def kind_of(kind: str, question: str, text: str, vectors: Vectors, near: float = NEAR) -> int:
    """-1 when every word of `text` the question does not hold is of another kind than `kind`, 1 when one
    of them is a thing of `kind` (within NEAR of the kind it is nearest; for a team, a name), else 0.
    `vectors` embeds words (word_vectors.py, which keeps them)."""
    asked = terms(question)
    skip = asked | PEOPLE | _WHEN | LIKING_WORDS | _DOING  # "can't stand" is nearest a place
    # A name is near no kind, and by chance near any ("Tom" is 0.03 behind weather for instrument).
    # Not "Wednesday", nor the one the question asks about ("Jo" of "My partner Jo plays the violin").
    names = {w.lower() for w in _CAPITALISED.findall(text) if not terms(w) & (_WHEN | asked)}
    # The user's own people by name are no thing of a kind: "Mei" of "My wife Mei teaches maths" is no team.
    people = {*relatives_named(text).values(), *pets_named(text).values()}
    things = {n for n in names if not terms(n) <= people}
    words = [w for t, w in term_words(text).items() if t not in skip and w not in names]
    if CJK.search(text) and _zh_member(kind, question, text):
        return 1
    if CJK.search(text) and kind in _ZH_MEMBER and any(_zh_member(k, question, text) for k in _ZH_MEMBER):
        return -1  # "我最近迷上了爵士乐" is music, not the new sport (told for "What sport do I play?")
    if not words and not names:  # "Jo hates Mondays" says no thing at all; Chinese is unread
        return 0 if CJK.search(text) else -1
    named_kind = kind in _NAMED and bool(things) and _says_named(kind, text)
    if not words:  # "I love Radiohead" may say one
        return 1 if named_kind else 0
    kinds = [kind, *(k for k in KINDS if k != kind)]
    # A name is read for the thing it is here, never for another kind: Radiohead is nearest music.
    named = [w for w in _CAPITALISED.findall(text) if w.lower() in things]
    scores = vectors(tuple(words + named)) @ vectors(tuple(kinds)).T  # words × kinds, the asked kind first
    behind = scores[:, 1:].max(axis=1) - scores[:, 0]
    # A name may be the thing ("I love Radiohead"): it is near no kind, so it says nothing.
    if (behind[: len(words)] >= FAR).all() and not names:
        return -1
    return 1 if (behind < near).any() or named_kind else 0


def _says_named(kind: str, text: str) -> bool:
    said = _NAMED.get(kind)
    return said is None or bool(said.search(text))


def kinds_found(kind: str | None, question: str, texts: Sequence[str], vectors: Vectors) -> list[int]:
    """kind_of for each text, all 0 when the question asks for no kind. `vectors` keeps what it embeds
    (word_vectors.py): every word kind_of may read, of every text, goes to it in one batch first."""
    if kind is None:
        return [0 for _ in texts]
    vectors((*KINDS, *(w for text in texts for w in (*term_words(text).values(), *_CAPITALISED.findall(text)))))
    if kind == PLAYED:  # a thing of one of the kinds played; of another kind only when of none of them
        said = [[kind_of(k, question, text, vectors, PLAYED_NEAR) for k in _PLAYED_KINDS] for text in texts]
        return [1 if 1 in each else -1 if all(k < 0 for k in each) else 0 for each in said]
    return [kind_of(kind, question, text, vectors) for text in texts]


def member_holds(question: str, text: str, stated: set[str]) -> set[str]:
    """The asked terms a remark giving a thing of the asked kind holds besides `stated` (the terms it
    states): the kind's own word, and "play" said by learning or practising, when nothing else of the
    question is missing. "I'm really into jazz" holds "music" of "What music do I like?", "I've been
    learning the saxophone" all of "What instrument do I play?"; "I watch tennis on TV" does not hold
    "What sport do I play?"."""
    asked = terms(question)
    kind = kind_words(question) & asked
    rest = asked - kind - stated - _ZH_LIKING  # the liking itself the caller has matched ("超爱" for 喜欢)
    if rest & _PLAY and _TAKING_PART.search(text):
        rest -= _PLAY
    played = kind_asked(question) == PLAYED  # "What do I play?": no kind's word to hold, only the playing
    return set() if rest or not (kind or played) else (kind | asked & (_PLAY | _ZH_LIKING)) - stated


# "I hate my commute", "can't stand our new neighbours", "I love my job": a liking of a thing of the user's
# own, called by its kind.
_LIKING_OF_MINE = re.compile(
    r"\b(?:hate[sd]?|dislike[sd]?|detest(?:s|ed)?|loathe[sd]?|can't stand|cannot stand|don't like|do not like"
    r"|love[sd]?|like[sd]?|enjoy(?:s|ed)?|adore[sd]?)\s+(?:my|our)\s+(?:(?:new|old|own|current)\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def liking_of_another_kind(question: str, text: str) -> bool:
    """A question about a liking of one kind ("What food do I hate?"), and a remark about a liking of a
    thing of the user's own of another ("I hate my commute", "I can't stand my new glasses"): no rule
    knows which things are food, but a thing called by its own word is that thing."""
    if not (liking(question) and _EN_KIND_ASKED.match(question.replace("’", "'"))):
        return False
    liked = {w for m in _LIKING_OF_MINE.finditer(text.replace("’", "'")) for w in terms(m.group(1))}
    return bool(liked) and not liked & terms(question)
