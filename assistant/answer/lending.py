"""A thing lent or borrowed, and its coming back: "My brother returned the stove" ends "Lent my camping
stove to my brother"; "Gave Jake his ladder back" ends "Borrowed Jake's ladder".

A return names the thing or the person, rarely both, and often in fewer words than the lending ("the
stove" for "my camping stove"), so the half of the value's words that an ending must name
(newer.ends) is not there: the lending's verb is a value word of its own ("lent", "lend"). A return said
after a lending and naming the thing asked about, or someone the lending names, ends it.
"""

from __future__ import annotations

import re

from .terms import mentioned
from .terms import terms as text_terms

_LENT = re.compile(
    r"\b(?:lent|lend|lending|loaned|borrowed|borrowing|borrow|gave|given|handed)\b|\bgot (?:\w+ ){0,3}from\b", re.I
)
# A thing came back: "Tom gave the key back", "My brother returned the stove", "Amy paid me back", "Got the
# mower back from next door"; not the user coming back ("Returned to work", "returned from Spain"). One list
# for a lending's end here and for any ending (newer._EN_ENDING): until session 19 each had its own, in
# different words.
CAME_BACK = (
    r"(?:give|gave|given|giving|hand|handed|bring|brought|took|pay|paid|paying|got) (?:\w+ ){0,3}back"
    r"|returned\b(?! (?:from|to|home)\b)"
)
_RETURNED = re.compile(rf"\b(?:{CAME_BACK})\b", re.I)


def lent(text: str) -> bool:
    return bool(_LENT.search(text))


# Someone has the thing: "Mum borrowed my suitcase", "Lent the drill to Sam", "Dan's got my ladder".
_WITH = re.compile(
    r"\b(?:borrowed|borrowing|has|'s got|has got)\s+(?:my|our)\b|\b(?:lent|lend|loaned|gave)\s+(?:my|our|the)\s+"
    r"[\w' -]{1,30}?\s+to\b|\b(?:lent|loaned)\s+(?:\w+\s+){1,2}(?:my|our)\b",
    re.IGNORECASE,
)


def with_someone(text: str) -> bool:
    """The remark says who has one of the user's things: where it is."""
    return bool(_WITH.search(text))


def returned(question: str, lending: str, later: str) -> bool:
    """`later` says what `lending` lent or borrowed came back, naming the thing asked or someone named."""
    if not (lent(lending) and _RETURNED.search(later)):
        return False
    said = text_terms(later)
    return bool(mentioned(text_terms(question), later, said) or mentioned(text_terms(lending), later, said) - _VERBS)


_VERBS = {
    t for w in ("lent", "lend", "borrowed", "borrow", "gave", "give", "handed", "got", "back") for t in text_terms(w)
}
