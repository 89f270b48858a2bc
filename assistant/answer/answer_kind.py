"""Whether a remark holds an answer of the kind a question asks for: a place for "Where …?", a number for
"What is my policy number?", a date for "When …?" (expects.py for the rest). A remark on the subject that
holds none ("Our holiday is booked for June" for "Where am I going on holiday?") does not answer it."""

from __future__ import annotations

import re

from .expects import Expects, expects, has_answer_kind
from .terms import names, terms

# Capitalised words that name no one: "Our wedding anniversary is on 9 June" gives no name.
CALENDAR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# "Where …?" asks for a place, said by a name the question does not give ("Crete"). Not in expects.py,
# which chooses among a book's passages, where a place is as often said by "the garden".
_EN_WHERE = re.compile(r"^\s*where\b", re.IGNORECASE)


# A question for someone's number ("What is my insurance policy number?", "我的护照号码是多少？" asks by
# 多少 already): a remark with no number in it does not give it.
_ASKS_NUMBER = re.compile(r"\bnumbers?\b(?!\s+of\b)|号码|编号", re.IGNORECASE)


# A place said in lower case, after a word of place: "on the fridge", "in a blue notebook", "near York";
# not a time said the same way ("in June", "at 6am", "on Friday", "in the morning").
_EN_AT_PLACE = re.compile(
    r"\b(?:in|at|on|to|near|under|behind|inside|by|from|into|beside|next to|outside)\s+(?!(?:the\s+|a\s+)?"
    r"(?:morning|afternoon|evening|night|weekend|moment|end|week|month|year|day|minute|hour|time|future|past"
    r"|spring|summer|autumn|winter|\d|(?-i:[A-Z]))\b)(?:the\s+|a\s+|an\s+|my\s+|our\s+)?[a-z]",
    re.IGNORECASE,
)


def says_where(text: str) -> bool:
    """Whether a remark says a place at all: a name that is not a month or a day, or a word of place
    before a lower-case word that is not a time."""
    return bool(names(CALENDAR.sub("", text)) or _EN_AT_PLACE.search(text))


def asks_where(question: str) -> bool:
    return bool(_EN_WHERE.match(question))


def gives_no_number(question: str, text: str) -> bool:
    """A question for someone's number and a remark with none: "Car insurance renewal is due in May" for
    the policy number (cosine 0.46; cited as a new user, session 15). "My phone number is on the fridge"
    says where it is, and counts."""
    return bool(_ASKS_NUMBER.search(question)) and not (
        has_answer_kind(Expects.NUMBER, text, question) or _ASKS_NUMBER.search(text)
    )


def answer_of_kind(question: str, text: str) -> bool:
    """The remark has an answer of the kind the question asks for: a date for "When …?", a name for
    "Where …?" (expects.py for the rest)."""
    if _EN_WHERE.match(question):  # not a month: "Our holiday is booked for June" says not where
        return has_answer_kind(Expects.PERSON, CALENDAR.sub("", text), question)
    kind = expects(question)
    return kind is not None and has_answer_kind(kind, text, question)


# "What phone do I have?", "Which car do we drive?", "我用什么手机？", "我开的是什么车？": which one of a
# kind of thing the user has.
_EN_WHICH_THING = re.compile(
    r"^\s*(?:what|which)\s+(?:(?:kind|sort|type|make|brand|model)\s+of\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:do|did|does|have)\s+(?:I|we)\s+(?:have|own|use|drive|ride|got|get|run|wear|carry)\b",
    re.IGNORECASE,
)
_ZH_WHICH_THING = re.compile(r"我们?(?:家)?(?:的)?(?:用|开|骑|有|戴|买)(?:的是|了|的)?(?:什么|哪个|哪款|哪种)")
# Words that tell of getting a thing, not which: "I got a new phone", "Finally bought a new laptop today".
_GETTING = frozenset(
    terms(
        "get got getting buy bought new brand finally just today yesterday myself ourselves replace replaced "
        "upgrade upgraded order ordered treat treated pick picked another shiny latest"
    )
)
_ZH_GETTING = set("我们的了换新买是一部台辆个只刚终于今天昨家也还又")


def gives_no_thing(question: str, text: str) -> bool:
    """A question for which one of a kind of thing the user has, and a remark that names none: "I got a
    new phone" for "What phone do I have?" says they have one, not which (cited as the answer, and later
    than "My phone is an iPhone 12" as the newer one, session 16)."""
    if _ZH_WHICH_THING.search(question):
        asked = set("".join(terms(question)))
        return not any(ch.isalnum() and ch not in asked and ch not in _ZH_GETTING for ch in text)
    if _EN_WHICH_THING.match(question):
        return not terms(text) - terms(question) - _GETTING
    return False


# A doing said only as the time of another: "I was a school secretary for 30 years before I retired" holds
# "retire" but not when (cited for "When did I retire?" as a new user, session 19).
_EN_TIME_CLAUSE = re.compile(
    r"\b(?:before|after|until|till|since|once|when|by the time)\s+(?:i|we)(?:'d|'ve)?\s+(?:[\w']+\s+){0,3}?[\w']+"
    r"(?=\s*(?:[,.;!?]|$))",
    re.IGNORECASE,
)


def when_only_as_time(question: str, text: str) -> bool:
    """A question for when, and a remark that holds the asked doing only inside a clause that times
    something else by it."""
    if expects(question) is not Expects.DATE:
        return False
    held = terms(question) & terms(text)
    rest = _EN_TIME_CLAUSE.sub(" ", text)
    return bool(held) and rest != text and not held & terms(rest)
