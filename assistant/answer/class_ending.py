"""A stop said of a whole class of things ends the user's habit of one of them: "I've given up caffeine
completely" ends "I drink about three coffees a day", "Cut out booze for January" ends "I have a pint
most evenings". The ending names no word of the habit, so the full-text search for an ending
(newer.ending_remark) does not find it, and no rule could list every class and its members.

The stopped thing is read from the remark's own phrase of stopping, and held against the habit's things
by word vectors (the bundled embedder): a class is near its members (caffeine/coffee 0.77, dairy/milk
0.78, alcohol/wine 0.64, meat/chicken 0.61, sugar/chocolate 0.57), an unrelated thing is not
(caffeine/guitar 0.15, alcohol/coffee 0.45, fizzy drinks/coffee 0.35, meat/pasta 0.48). The habit's own
verb is left out: "drink" is near alcohol (0.69) whatever is drunk. Siblings can come close (sugar/salt
0.51), which is why this only makes the answer the hedge with both remarks, never replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ..memory.model import Memory
from .terms import PEOPLE, PETS, term_words
from .terms import terms as text_terms

NEAR = 0.55  # measured above: the classes and members at 0.57-0.82, unrelated things at 0.51 and below

# The user's phrase of stopping and the thing stopped (one or two words): "I've given up caffeine",
# "Quit sugar in March", "Haven't touched fizzy drinks since August", "cut out dairy".
_STOPPED = re.compile(
    r"\b(?:gave up|given up|giving up|quit|quitting|stopped|cut out|cutting out|kicked|no more|"
    r"(?:I'm|I am|been|going) off|"
    r"(?:haven't|have not|hasn't|not) (?:touched|had)|(?:don't|do not|no longer) (?:drink|eat|take|have))"
    r"\s+(?:all\s+|any\s+|my\s+|the\s+|on\s+)?([a-z][\w-]*(?:\s+(?:drinks?|food|meat|products))?)",
    re.IGNORECASE,
)
_NOT_A_THING = {"to", "work", "the", "a", "it", "that", "this", "for", "at", "on", "with", "and", "now", "today"}
# The habit's verb: what the user does with the thing ("I drink …", "We eat …"), not the thing itself.
_VERB = re.compile(r"\b(?:I|we)(?:'d|'ve)?\s+(?:\w+ly\s+|usually\s+|still\s+|always\s+|often\s+)?(\w+)", re.I)


# Who stops: the user ("I've", "We", or no subject: "Quit sugar in March"), with adverbs between.
_USER_BEFORE = re.compile(
    r"(?:^|[.;!?]\s*|\b(?:I|we)(?:'ve|'m|'d| have| am| had| do| are)?\s+)"
    r"(?:(?:just|finally|completely|totally|now|also|since|been|officially|basically|really)\s+)*$",
    re.IGNORECASE,
)


def stopped_things(text: str) -> list[str]:
    """What the speaker says they stopped: "caffeine" of "I've given up caffeine", "fizzy drinks" of
    "Haven't touched fizzy drinks since August"; not what another stopped ("My husband gave up smoking")."""
    return [
        m.group(1).lower()
        for m in _STOPPED.finditer(text)
        if m.group(1).lower() not in _NOT_A_THING
        and not text_terms(m.group(1)) & _KEPT
        and _USER_BEFORE.search(text[: m.start()])
    ]


# Pets and people are ended one by one, by name (newer._EN_ENDING): "Gave Oscar to my aunt; no more pets for
# me" ends the cat, not "My dog is called Bella" (--updates: that dog was hedged).
_KEPT = PEOPLE | PETS | text_terms("pet pets animals")


def habit_things(text: str) -> list[str]:
    """The words of a habit that may name the thing: its content words but the verb of doing."""
    verbs = {m.group(1).lower() for m in _VERB.finditer(text)}
    return [w for w in term_words(text).values() if w.lower() not in verbs]


def ended_by_class(
    answer: Memory, later: Sequence[Memory], vectors: Callable[[tuple[str, ...]], np.ndarray]
) -> Memory | None:
    """The newest of `later` (remarks after `answer`) that stops a class of things one of the answer's
    things is a member of, or None."""
    things = tuple(dict.fromkeys(habit_things(answer.text)))
    if not things:
        return None
    found = [(m, stopped) for m in later if m.created > answer.created and (stopped := stopped_things(m.text))]
    if not found:
        return None
    own = vectors(things)
    said = [m for m, stopped in found if float((vectors(tuple(stopped)) @ own.T).max()) >= NEAR]
    return max(said, key=lambda m: m.created, default=None)
