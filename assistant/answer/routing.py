"""What a question asks about, from its words alone: its terms, whether it is about the user, their books or
neither, and whether the names it gives are of their books or their people."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ..language import is_chinese
from .decision import Asked, Candidate
from .slots import normalised
from .terms import PEOPLE, own_called, pets_named, relatives_named
from .terms import terms as _terms

_EN_USER = re.compile(
    r"\b(my|mine|myself|me|i|i'm|i've|i'd|i'll|our|ours|ourselves)\b"
    # The user's household: "When are we getting a puppy?" (session 16, answered as general knowledge);
    # not "How do we know …?", "Why do we dream?" (_EN_REQUEST_ME).
    r"|\b(?:are|were|do|did|have|had|will|shall|should|can)\s+we\b|\bwe(?:'re|'ve|'ll|'d)\b",
    re.IGNORECASE,
)
# "me" as the one a request is addressed to ("Tell me about penguins", "Give me a recipe"), and "I" in a
# request for instructions ("How do I boil an egg?"), do not make a question about the user.
_EN_REQUEST_ME = re.compile(
    r"^\s*(please\s+)?(tell|give|show|help|let|teach|find|explain to|write)\s+me\b"
    r"|^\s*how (do|can|should|would|could) (i|we)\b|^\s*why (do|did|are|can|can't|don't) we\b",
    re.IGNORECASE,
)
# A book naming an occasion or a place is not one read: "When is book club?", "the book fair" (session 18:
# "I don't know" for "Book club moved to Thursday").
_EN_DOCUMENT = re.compile(
    r"\b(books?(?!\s+(?:club|clubs|group|groups|fair|fairs|shop|shops|token|tokens|swap|sale|sales|stall)\b)|novels?|stor(?:y|ies)|chapters?|passages?|documents?|articles?|authors?|characters?|notes|"
    # A plot of land is none: "What's my allotment plot number?" (session 19, answered from no book).
    r"files?|pages?|paragraphs?|text|narrator"
    r"|(?<!allotment )(?<!garden )(?<!vegetable )plot(?!\s+(?:number|of land)\b))\b",
    re.IGNORECASE,
)
_ZH_DOCUMENT = re.compile(
    r"这本书|那本书|本书|书里|书中|第[一二三四五六七八九十百\d]+章|章节|这一章|"
    r"文中|文章|小说|故事|作者|段落|文档|笔记(?!本)|原文|主人公|叙述者|讲述者|叙事者|情节"
)


# A request's own verb is how it asks, not what about ("Give me a synonym for happy").
_EN_REQUEST = re.compile(r"^\s*(please\s+)?(tell|give|show|list|name|describe|explain|find)(\s+me)?\b", re.IGNORECASE)


# When a question asks about ("these days", "at the moment") is not what it asks about: "day" is no term.
# Nor is "my last" or "my latest" ("What was my last HbA1c?": "My HbA1c came back at 58" holds no "last";
# session 19, "I don't know"), unlike "the last four digits".
_EN_TIME = re.compile(
    r"\b(these days|nowadays|at the moment|right now|at present)\b|(?<=\bmy )(?:last|latest|most recent)\b",
    re.IGNORECASE,
)


def terms(question: str) -> set[str]:
    """The terms of a question, without the verb of a request or the time it asks about."""
    return _terms(normalised(_EN_TIME.sub(" ", _EN_REQUEST.sub("", question))))


# The words that ask for a kind of answer say how a question asks, as "how many" does ("many" is a stop
# word): "How long did the professor's gardener wait …?" asks no "long", and a passage's "Ere long, swallowing
# water …" held it and was cited over "He waited for half-an-hour"; "What happened when the narrator wished the
# professor good morning …?" left only "happen" beside its scene (scene.py), held by a passage that never
# tells it. Both cited on the fourth development book set (13 → 15 of 30), nothing else moved on any book set
# (docs/benchmarks.md, session 13, book17). Only for passages: a remark of the user's is matched by them
# ("How old am I?" asks nothing else; --everyday lost two answers with them dropped everywhere).
_EN_ASKS_KIND = re.compile(
    r"^\s*(?:how\s+(?:long|far|often|old|tall|high|big|wide|deep)|what\s+(?:happened|happens))\b", re.IGNORECASE
)


def passage_terms(question: str) -> set[str]:
    """The terms a passage must hold to answer a question: its terms, less the words that ask for a kind of
    answer."""
    return terms(_EN_ASKS_KIND.sub("", _EN_REQUEST.sub("", question)))


# Advice asked by a measure: "How long should I boil pasta?", "How many eggs should I use?". About the user
# (their notes may say: "How often should I water the tomatoes?" for "Tomatoes: water every other day"),
# but when nothing they gave says, the answer is general knowledge, not "you haven't told me" (a dev
# general question got that); "… water my cactus" names the user's own thing.
_EN_ADVICE = re.compile(
    r"^\s*how\s+(?:long|much|many|often|far|soon|hot|early|late)\s+(?:\w+\s+){0,2}?should\s+(?:i|we)\b(?!.*\b(?:my|our)\b)",
    re.IGNORECASE,
)


def asks_advice(question: str) -> bool:
    return bool(_EN_ADVICE.search(question))


def about_user(question: str) -> bool:
    if is_chinese(question):
        return "我" in question
    return bool(_EN_USER.search(_EN_REQUEST_ME.sub("", question)))


def asked_about(question: str) -> Asked:
    if (_ZH_DOCUMENT if is_chinese(question) else _EN_DOCUMENT).search(question):
        return Asked.DOCUMENT
    return Asked.USER if about_user(question) else Asked.OPEN


# A name that a quarter of the passages (or memories) found mention, and at least three, is someone or
# somewhere of the user's books (or life), not of the world: "What colour are Phyllis's eyes?" with a
# novel about Phyllis imported. On the development sets, the names of 19 of 30 book questions are in 12
# to 40 of the 40 passages found, and no general question's are (the Moon is in 5, London in 18 but
# Edinburgh in none). The three keep a small library, where every passage is found, from making one
# mention of the moon a character.
NAME_SHARE = 0.25
NAME_FOUND = 3


def names_often(asked: list[frozenset[str]], found: list[Candidate]) -> bool:
    """Every name asked about (terms.names) is in a candidate found, and one of them is in many of them."""
    if not asked or not found:
        return False
    held = [_terms(_as_named(c)) for c in found]
    counts = [sum(1 for text in held if name <= text) for name in asked]
    return min(counts) > 0 and max(counts) >= max(NAME_FOUND, NAME_SHARE * len(found))


# A word written with a capital: how a book names someone or somewhere.
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _as_named(c: Candidate) -> str:
    """What of a candidate can mention a name: a passage's capitalised words, since a book writes its names
    so and its common words not ("The sun was setting" does not make "Which planet is closest to the Sun?"
    about the book: "sun" is in many of the passages found, and the question was answered "I don't know");
    the user's whole remark, since a user may type a friend's name in lower case."""
    if c.memory.kind != "document":
        return c.memory.text
    return " ".join(_CAPITALISED.findall(c.memory.text))


def names_their_people(asked: list[frozenset[str]], found: list[Candidate], world: AbstractSet[frozenset[str]]) -> bool:
    """Every name asked about is one of the user's people (or pets) in a memory found, however rarely
    mentioned: called so ("My brother is called Ben" for "What is Ben's job?", though the world knows a
    Ben; "My cat Miso"; "We adopted a greyhound called Biscuit", terms.own_called), or, when the world
    knows no one by it, named beside one of their people's words ("I have two kids, Ingrid and Leo").
    The model knows nothing of them: whatever it said would be invention."""
    said = [c.memory.text for c in found if c.memory.kind != "document"]
    called = {
        name
        for text in said
        for name in (*relatives_named(text).values(), *pets_named(text).values(), *own_called(text))
    }
    beside = [held for held in map(_terms, said) if held & PEOPLE]

    def theirs(name: frozenset[str]) -> bool:
        return bool(name & called) or (name not in world and any(name <= held for held in beside))

    return bool(asked) and all(theirs(name) for name in asked)


def has_name(name: frozenset[str], text_terms: AbstractSet[str]) -> bool:
    return 2 * len(name & text_terms) >= len(name)
