""" "Who is Beale?" about a book: the passages where the book first mentions him.

A story introduces a character where he first appears ("A most competent man of the name of Beale and
his wife are in charge at present", "a gigantic boatman, by name Harry Hawk"). Later passages name him
as often, and retrieval ranks them as high for a question that is only his name: on *Love Among the
Chickens*, the first mentions of Beale, Derrick and Hawk were not among the five passages found for
"Who is …?", and the one cited was any scene with him in it ("“And Mrs. Beale’s the same, I
suppose?” “Yes, sir.”"). So for a question that asks only who someone is, the book that mentions the
name most is read from its start, and its first mentions come first.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

import numpy as np

from ..memory.model import Hit
from ..memory.places import in_numbered_chapter
from ..memory.retrieval import hit_of, rows_naming
from ..memory.schema import from_row
from ..memory.store import MemoryStore

# "Who is Beale?", "Who was Professor Derrick?", "Who's Harry Hawk?", "Tell me about Beale", "Describe
# Phyllis", "Beale是谁？": the question is the name and nothing else (capitalised words, or a Latin name
# before 是谁).
_WHO_IS = re.compile(
    r"^\s*(?:[Ww]ho(?:\s+(?:is|was)|'s|’s)|(?:[Pp]lease\s+)?(?:[Tt]ell\s+me\s+(?:more\s+)?about|[Dd]escribe))"
    r"\s+(?P<en>(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*)\s*[?.!]?\s*$"
    r"|^\s*(?P<zh>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*)*)\s*(?:是谁|是什么人)\s*[？?]?\s*$"
)
FIRST_MENTIONS = 2  # the one that introduces and the next: "Who is Edwin?" is answered one passage on


def who_is(question: str) -> str | None:
    """The name a question asks about when it asks only who that is."""
    m = _WHO_IS.match(question)
    return (m["en"] or m["zh"]) if m else None


def first_mentions(store: MemoryStore, name: str, vector: np.ndarray, where: str | None = None) -> list[Hit]:
    """The first passages naming `name` in the document that names it most, in reading order, with their
    cosine to the question (`vector`); scored 0, since no search ranked them."""
    # By the last word: "Professor Derrick" is introduced as "an elderly Irishman … by name, Derrick".
    rows = rows_naming(store, [name.split()[-1]], ("document",), current_only=False, where=where)
    if not rows:
        return []
    book = Counter(str(r["import_id"]) for r in rows).most_common(1)[0][0]
    first = sorted((r for r in rows if r["import_id"] == book), key=lambda r: int(str(r["position"])))
    # The story's first mentions, not the dedication's ("the stuff you gave me about Ukridge"), when the
    # book numbers its chapters.
    story = list(islice((r for r in first if in_numbered_chapter(from_row(r))), FIRST_MENTIONS))
    return [hit_of(row, vector) for row in story or first[:FIRST_MENTIONS]]
