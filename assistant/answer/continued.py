"""A novel's passage that speaks of someone as "he" or "she" continues the passage before it: "I roamed
the place in search of the varlet … found him at length leaning over the seawall" answers "Where did the
narrator find Hawk?", and only the passage before it says "The dastard and varlet, Hawk." The passage gate
(decide.passage_lacks) counts a name the question gives as held by such a passage when it is the last
name the passage before gives, the one "he" most likely points back to.

Measured on the three development book sets (docs/benchmarks.md, session 12, third set): any name of the
passage before was too loose ("What colour are Phyllis's eyes?" then cited a passage whose "he" is the
professor, named after Phyllis); the question's other words held anywhere in the passage before gained
one question only because "narrative" there stems to "narrator"; and the names carried over in the choice
among passages that pass (decide.best_passage) gained one question and lost another. None is kept.
"""

from __future__ import annotations

import re

from ..sentences import split_sentences
from .terms import names

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
