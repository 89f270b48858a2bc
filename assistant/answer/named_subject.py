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
from collections.abc import Iterable

from .terms import in_first_person, names, pets_named, relatives_named, terms

_OPENING = re.compile(r"\s*([A-Z][a-z]+)(?:'s)?\s+[a-z]")


def opening_name(text: str) -> str | None:
    """The capitalised word a remark not in the first person opens with, before a lower-case word:
    "Nina" of "Nina hates coriander" and of "Nina's boyfriend plays cricket"."""
    m = _OPENING.match(text)
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
