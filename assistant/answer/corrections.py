"""A remark that corrects the one before it: "No wait, my favourite is ramen, not pho.", "Actually it's
pilates, not yoga.", "Oops, I meant 21 to 28 May for New York.".

Alone such a remark says little of what it is about (no "food", no "exercise", no "trip"), and the
remark it corrects still says the wrong value in full: as a new user, "What's my favourite food?" and
"What exercise do I do on Sundays?" were answered with the corrected remarks (session 14). So the two are
read as one statement, the correction's: it is searched and judged with the corrected remark's words
(Candidate.searched), at the better of the two cosines, and the corrected remark is no answer at all. It
was never so, unlike a fact that changed later.

The remark corrected is the newest earlier one found that shares a word with the correction besides the
words that correct ("pho", "yoga", "New York"): a correction names what it corrects, or the value it
replaces.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from ..memory.model import Memory
from .decision import Candidate
from .terms import names, terms

# Words that take back what was just said. Not "sorry" or "wait" alone ("Sorry, the meeting ran over",
# "Wait till you hear this"), nor "I mean" (a filler: "I mean, the food was fine").
_EN_CORRECTING = re.compile(
    r"^\s*(?:(?:oh|oops|sorry|no)[,!.]?\s+)*"
    r"(?:no,? wait|wait,? no|oops|correction|scratch that|make that|my mistake|my bad|i meant)\b"
    r"|^\s*(?:actually|no|sorry)[,]?\s+(?:it's|it is|that's|that is|i meant|make that)\b",
    re.IGNORECASE,
)
_ZH_CORRECTING = re.compile(r"^\s*(?:不对|说错了|更正|纠正|等等|哦不)")
# Taken back inside the sentence: "My son is 8 actually, he had his birthday last week", "My sister is called
# Ana, not Anna." (session 17: the son's old age was stated). "Actually" ends a clause there; an "actually"
# that stresses ("I actually love it") does not.
# "Not X" after a value stated: not "Not bad, not great".
_EN_CORRECTING_LATE = re.compile(
    r"\w\s+actually\s*(?:[,;.!]|$)|\b(?:is|are|am|'s|'m|called|named)\s+[^,.;!?]{1,30},\s*not\s+[^,.;!?]{1,30}[.!]?\s*$",
    re.IGNORECASE,
)
# A change of what was just said, told by "it": "Actually we changed it to Rhodes." after "Our holiday to
# Crete is booked for June." (session 15: the holiday was told as Crete). It names neither the thing nor
# the old value, so it is read with the remark said just before it (within CHANGED_WITHIN), whatever their
# words.
_EN_CHANGED_IT = re.compile(
    r"^\s*(?:(?:actually|oh|so|update|ok|okay|change of plan|change of plans)[,!.:]?\s+)*"
    r"(?:we|i)(?:'ve|\s+have)?\s+(?:changed|moved|switched|swapped|pushed|brought)\s+(?:it|that)\s+(?:to|for)\b",
    re.IGNORECASE,
)
_ZH_CHANGED_IT = re.compile(r"^\s*(?:其实|不过|对了)?[，,]?\s*(?:我们|我)?(?:改成|改到|换成)了?")
CHANGED_WITHIN = timedelta(days=3)
_CORRECTING_WORDS = frozenset(terms("no wait oops sorry correction scratch make mistake bad meant mean actually not"))


def corrects(text: str) -> bool:
    english = _EN_CORRECTING.search(text) or _EN_CORRECTING_LATE.search(text)
    return bool(english or _ZH_CORRECTING.search(text) or changes_it(text))


def changes_it(text: str) -> bool:
    return bool(_EN_CHANGED_IT.search(text.replace("’", "'")) or _ZH_CHANGED_IT.search(text))


def corrected(found: list[Candidate]) -> list[Candidate]:
    """The candidates with each correction read together with the remark it corrects, which is dropped."""
    dropped: set[str] = set()
    joined: dict[str, Candidate] = {}
    for c in found:
        if c.memory.kind == "document" or not corrects(c.memory.text):
            continue
        said = terms(c.memory.text) - _CORRECTING_WORDS
        it = changes_it(c.memory.text)
        before = [
            b
            for b in found
            if b.memory.kind != "document"
            and b.memory.created < c.memory.created
            and b.memory.id not in dropped
            and (said & terms(b.memory.text) or it and _antecedent(b.memory, c.memory))
        ]
        if not before:
            continue
        old = max(before, key=lambda b: b.memory.created)
        dropped.add(old.memory.id)
        joined[c.memory.id] = replace(
            c,
            searched=f"{old.text} {c.text}",
            similarity=max(c.similarity, old.similarity),
            score=max(c.score, old.score),
            known_as=c.known_as | old.known_as,
            translated=c.translated | old.translated,
        )
    if not joined:
        return found
    return [joined.get(c.memory.id, c) for c in found if c.memory.id not in dropped]


def _antecedent(earlier: Memory, change: Memory) -> bool:
    """`earlier` may be what "it" of `change` is: said just before, and with a value of the kind the change
    gives, a name for a name ("Crete" for "Rhodes"), a number for a number. "I got a new phone" is not what
    "we changed it to Rhodes" changes."""
    if datetime.fromisoformat(change.created) - datetime.fromisoformat(earlier.created) > CHANGED_WITHIN:
        return False
    if names(change.text) and not names(earlier.text):
        return False
    return not (_DIGIT.search(change.text) and not _DIGIT.search(earlier.text))


_DIGIT = re.compile(r"\d")
