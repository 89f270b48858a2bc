"""A novel's passage that speaks of someone as "he" or "she" continues the passage before it: "I roamed
the place in search of the varlet … found him at length leaning over the seawall" answers "Where did the
narrator find Hawk?", and only the passage before it says "The dastard and varlet, Hawk." The passage gate
(decide.passage_lacks) counts what the question asks that the passage holds through the one before:

- a name, when it is the last one the passage before gives (the one "he" most likely points back to).
  Any name it gives was too loose: "What colour are Phyllis's eyes?" then cited a passage whose "he" is
  the professor, named after Phyllis in the passage before;
- the question's other words, anywhere in the passage before: "The consequence was that he announced
  his intention of giving me a handsome allowance from the day that I married" is the narrator's uncle's
  only in the passage before.

Only the gate: in the choice among passages that pass (decide.best_passage) the names carried over
gained one book question and lost another (docs/benchmarks.md, session 12, third set).
"""

from __future__ import annotations

import re

from ..sentences import split_sentences
from .terms import mentioned, names

_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)


def speaks_of_someone(text: str) -> bool:
    """The text speaks of someone by a pronoun, so someone named before it may be who it is about."""
    return bool(_THIRD_PERSON.search(text))


def last_named(before: str) -> frozenset[str]:
    """The terms of the last name the text gives: the last of its sentences that names someone, and the
    last name there ("… with Phyllis Derrick—were you ever at Bristol?" gives Bristol)."""
    for sentence in reversed(split_sentences(before)):
        found = names(sentence)
        if found:
            return found[-1]
    return frozenset()


def carried(asked: set[str], before: str) -> set[str]:
    """The asked terms the passage before holds."""
    return mentioned(asked, before) if before else set()
