"""A remark about one of the user's people by name: "Nina hates coriander", "Jo's favourite team is
Chelsea", which say nothing of the user, though nothing in them is someone else's by the rules of
terms.py ("my friend's", "the neighbour's").

Cited for "What food do I hate?" as a new user (session 14). A remark's first word is capitalised
whatever it is ("Breakfast is always porridge"), so only a name the user gives someone elsewhere counts:
inside a sentence ("I play tennis with Nina") or as one of their people ("Nina is my flatmate"); those
remarks need not be among the ones the question found, so the store is asked for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .terms import in_first_person, names, pets_named, relatives_named, terms

_OPENING = re.compile(r"\s*([A-Z][a-z]+)(?:'s)?\s+[a-z]")


def opening_name(text: str) -> str | None:
    """The capitalised word a remark not in the first person opens with, before a lower-case word:
    "Nina" of "Nina hates coriander" and of "Nina's boyfriend plays cricket"."""
    m = _OPENING.match(text)
    # A word of no content is no name: "Been playing five-a-side football" (its terms are none, and every
    # remark's names hold none; session 15).
    return m.group(1) if m and terms(m.group(1)) and not in_first_person(text) else None


# Someone's liking, team or game, by name, with no word of the speaker's: "Jo supports Liverpool", "Nina
# loves jazz", "Sam is a massive Arsenal fan", "Tom plays the violin beautifully". No one calls a thing,
# rather than a person, a fan or a player, so the name needs no other remark (session 15: each was cited
# for the user's own team, music or instrument).
_LIKER = re.compile(
    r"\s*([A-Z][a-z]+)\s+(?:really\s+|also\s+|still\s+|absolutely\s+)?"
    r"(?:loves|likes|adores|enjoys|prefers|hates|dislikes|detests|loathes|supports|follows|plays|can't stand"
    r"|is\s+(?:really\s+|so\s+|totally\s+)?"
    r"(?:into|crazy about|mad about|obsessed with|hooked on|a\s+(?:\w+\s+){0,3}fan))\b"
)


def opening_liker(text: str) -> str | None:
    """The name a remark not in the first person opens with, when what follows is that person's liking or
    team: "Jo" of "Jo supports Liverpool"."""
    m = _LIKER.match(text.replace("’", "'"))
    return m.group(1) if m and not in_first_person(text) else None


def gives_as_theirs(name: str, said: Iterable[str]) -> bool:
    """Whether a remark of `said` names `name` inside a sentence or as one of the user's people or pets."""
    name_terms = terms(name)
    for text in said:
        if any(name_terms <= n for n in names(text)):
            return True
        if name_terms & {*relatives_named(text).values(), *pets_named(text).values()}:
            return True
    return False


_ZH_OPENING = re.compile(r"\s*([\u4e00-\u9fff]{2,3})")


def zh_opening_person(text: str, said: Callable[[str], Iterable[str]]) -> str | None:
    """The Chinese name of one of the user's people a remark opens with, by what else the user said
    (`said` gives the remarks holding a name): "阿杰" of "阿杰现在在一家酒店当主厨" when "我老公叫阿杰" was
    said. Chinese names have no capitals, so opening_name cannot see them (session 16: the husband's new
    job was told as the user's)."""
    m = _ZH_OPENING.match(text)
    if not m or m.group(1).startswith("我"):
        return None
    for name in (m.group(1)[:2], m.group(1)):
        if any(name in relatives_named(t).values() or name in pets_named(t).values() for t in said(name)):
            return name
    return None
