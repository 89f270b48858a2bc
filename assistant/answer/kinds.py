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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ..language import CJK
from .liking import LIKING_WORDS
from .terms import PEOPLE, term_words, terms

# Everyday kinds a question asks for, and kinds of the things that are not them.
KINDS = (
    "food drink music sport film book weather animal place activity person job colour season instrument game "
    "language illness medicine clothes noise vehicle hobby"
).split()
FAR = 0.15
# "What food do I hate?", "Which sport does Felix play?", "What kind of music do I like?".
_EN_KIND_ASKED = re.compile(
    r"^\s*(?:what|which)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?([a-z]+)\s+"
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
}


def kind_asked(question: str) -> str | None:
    """The kind of thing the question asks for, as one of KINDS ("food" for "What dish do I love?"), or
    None."""
    word = _kind_word(question)
    return _ASKED[word] if word else None


def kind_words(question: str) -> set[str]:
    """The terms of the word that asks the kind ({"food"} for "What food does Jo hate?"), or none."""
    word = _kind_word(question)
    return terms(word) if word else set()


def _kind_word(question: str) -> str | None:
    """The word that asks for a kind _ASKED knows ("dish" of "What dish do I love?"), lower-cased."""
    m = _EN_KIND_ASKED.match(question.replace("’", "'"))
    word = m.group(1).lower() if m else None
    return word if word in _ASKED else None


def kind_of(kind: str, question: str, text: str, vectors: Vectors) -> int:
    """-1 when every word of `text` the question does not hold is of another kind than `kind`, else 0.
    `vectors` embeds words (evidence._vectors, which keeps them)."""
    asked = terms(question)
    skip = asked | PEOPLE | _WHEN | LIKING_WORDS  # "can't stand" is nearest a place
    # A name is near no kind, and by chance near any ("Tom" is 0.03 behind weather for instrument).
    # Not "Wednesday", nor the one the question asks about ("Jo" of "My partner Jo plays the violin").
    names = {w.lower() for w in _CAPITALISED.findall(text) if not terms(w) & (_WHEN | asked)}
    words = [w for t, w in term_words(text).items() if t not in skip and w not in names]
    if not words:  # "Jo hates Mondays" says no thing at all; "I love Radiohead" may, and Chinese is unread
        return 0 if names or CJK.search(text) else -1
    kinds = [kind, *(k for k in KINDS if k != kind)]
    scores = vectors(tuple(words)) @ vectors(tuple(kinds)).T  # words × kinds, the asked kind first
    behind = scores[:, 1:].max(axis=1) - scores[:, 0]
    # A name may be the thing ("I love Radiohead"): it is near no kind, so it says nothing.
    return -1 if (behind >= FAR).all() and not names else 0


def kinds_found(kind: str | None, question: str, texts: Sequence[str], vectors: Vectors) -> list[int]:
    """kind_of for each text, all 0 when the question asks for no kind."""
    if kind is None:
        return [0 for _ in texts]
    return [kind_of(kind, question, text, vectors) for text in texts]
