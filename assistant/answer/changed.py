"""A later remark that names what an answer is about and says it changed, in words no slot reads:
"Switched my Oxfam shift to Fridays" after "Volunteer at the Oxfam shop on Wednesday afternoons",
"Choir's moved to Tuesday evenings" after "Choir is Thursday", "Sorry, Ellie's 10 now" after "Ellie's
9.", "Mark got a job with Siemens" after "My son Mark is an engineer at Rolls-Royce".

As a retired new user (session 19) each of these stated the old value alone: the later remark names
neither the old value (newer.ending_remark) nor the asked slot in a phrasing slots.py knows
(current.rival), and the question's own words ("What day do I do the charity shop?") are not in it.
What it shares with the answer is the thing the value belongs to (Oxfam, choir, Ellie, Mark), and it
says a change. The rules cannot tell whether the change is the answer, so the answer says both with
their days (newer.settle), never the later one alone.
"""

from __future__ import annotations

import re

from ..fiction import tells_fiction
from ..memory.model import Memory
from .answer_kind import answer_of_kind, asks_where
from .decision import Candidate
from .expects import expects
from .routing import terms
from .tense import former, hedged
from .terms import PEOPLE, names
from .terms import terms as text_terms
from .whose import about_another

# Words that say a thing now goes otherwise: moved, switched or put up; a new job.
_EN_CHANGE = re.compile(
    r"\b(?:switched|swapped|changed|moved|upped|put\s+(?:\w+\s+)?up|raised|lowered|increased|reduced|rescheduled"
    r"|postponed|brought\s+forward|pushed\s+back|got\s+a\s+(?:new\s+)?job|new\s+job|joined"
    r"|start(?:s|ed|ing)?\s+(?:at|with|a\s+new))\b",
    re.IGNORECASE,
)
_ZH_CHANGE = re.compile(r"改成|改到|改为|换成|换到|搬到|调到|升到|涨到|降到|跳槽")
# Words that say only that this is how it is now, or that the last remark was wrong: these change the
# answer only with a value of the kind asked ("Ellie's 10 now" for "How old is Ellie?").
_EN_NOW = re.compile(r"\b(?:now|actually|these\s+days|from\s+next\s+(?:week|month))\b|^\s*(?:sorry|oops)\b", re.I)
_ZH_NOW = re.compile(r"现在|如今|其实|不对")


def subject_of(question: str, answer: Memory) -> set[str]:
    """What the answer's value belongs to, as terms: the question's own terms (not the user's people, who
    are the subject of many remarks) and the names the answer gives."""
    return (terms(question) - PEOPLE) | set().union(*names(answer.text))


def changes(question: str, answer: Memory, later: Memory) -> bool:
    """`later` (pure: no store) names the thing `answer` gives the value of and says that it changed."""
    text = later.text
    if later.created <= answer.created or hedged(text) or former(text) or tells_fiction(text):
        return False
    if not text_terms(text) & text_terms(answer.text) & subject_of(question, answer):
        return False
    if about_another(question, Candidate(later, 0.0, 0.0)):
        return False  # "My sister moved to Leeds" changes nothing of "I live in Leeds"
    # A value of the kind asked, when the question says which kind: "Where …?" a place, "When …?" a day.
    of_kind = answer_of_kind(question, text) if expects(question) is not None or asks_where(question) else True
    if _EN_CHANGE.search(text) or _ZH_CHANGE.search(text):
        return of_kind
    return bool(_EN_NOW.search(text) or _ZH_NOW.search(text)) and of_kind and expects(question) is not None
