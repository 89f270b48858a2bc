"""A question asking who someone else is, beside the one it is about: "Who is my brother marrying?",
"Who does Sam work for?", "Who am I seeing?".

The one the question is about is the subject of its verb; the answer is another person (or a company,
for "work for"). "My brother Sam is getting married next June" names the brother and the wedding, all
of the question, and was cited for "Who is my brother marrying?" (session 13): it names no one but the
brother, so it does not say whom he marries. "Who is my brother?" has no verb after the one it asks
about, and is answered by his own name.
"""

from __future__ import annotations

import re

from ..language import CJK
from .terms import PEOPLE, kin, relatives_named, terms

# The one asked about: "I", "my (best) friend", "our son", or a name.
_SUBJECT = (
    r"i|(?:my|our)\s+(?:(?:best|little|big|older|younger|elder|eldest|oldest|youngest|new|old)\s+)?[a-z]+"
    r"|(?-i:[A-Z][a-z]+)"
)
# "Who is/was … <verb>ing", "Who does/did/will … <verb>": the subject, then its verb.
_EN_WHO_ELSE = re.compile(
    rf"^\s*who\s+(?:(?:am|is|are|was|were)\s+(?P<being>{_SUBJECT})\s+[a-z]+ing"
    rf"|(?:do|does|did|will|would)\s+(?P<doing>{_SUBJECT})\s+[a-z]+)\b(?!')",
    re.IGNORECASE,
)
# Capitalised words that name no one: months and days ("next June").
_CALENDAR = frozenset(
    terms(
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
    )
)
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+")
_IN_PLACE = re.compile(r"\bin\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*")


def asked_besides(question: str) -> set[str] | None:
    """The terms of the one the question is about when it asks for someone else ({"brother"} for "Who
    is my brother marrying?", set() for "Who am I seeing?"), or None when it asks no such thing."""
    m = _EN_WHO_ELSE.match(question.replace("’", "'"))
    if not m:
        return None
    subject = m.group("being") or m.group("doing")
    return set() if subject.lower() == "i" else terms(subject) - terms("my our")


def names_no_one_else(question: str, text: str) -> bool:
    """The question asks who someone else is, and `text` names no person (or company) but the one it
    is about: by their relation, in kin words, or by the name it gives that relation."""
    about = asked_besides(question)
    if about is None or CJK.search(text):  # a Chinese name has no capitals to be seen by
        return False
    held = terms(text)
    called = {name for relation, name in relatives_named(text).items() if relation in about or kin({relation}, about)}
    # Not a place: "My cousin is getting married in Rome in June" names no one he marries.
    capitalised = {t for w in _CAPITALISED.findall(_IN_PLACE.sub(" ", text)) if w != "I" for t in terms(w)}
    people = (capitalised - _CALENDAR) | (held & PEOPLE)
    return not (people - about - kin(people, about) - called)
