"""Statements of the asked slot that the question's own search does not find.

"Where do I work?" retrieves what is worded like it ("I work as a nurse at St Mary's", a year of "Work
was great today"); the remark that changed it may share no word and little meaning with the question
("I started at the bakery on Elm Street last month": cosine 0.06, below 14 of the 31 chit-chat
templates). On the knowledge-update development set (bench/answers.py --updates) 34 of 92 later
statements were not among the 16 memories retrieved. So a question about how a slot is now also
searches the full-text index with the slot's own words (slots.py), and keeps what states the slot in
a phrasing the table knows; decide.current_of then lets the newest statement win, as for any other.
"""

from __future__ import annotations

import numpy as np

from ..memory.model import Hit
from ..memory.schema import from_row
from ..memory.store import MemoryStore
from .decide import asks_about_now, hedged
from .slots import asked_slots, stated_slots
from .terms import is_cjk_term

# Full-text rows read per index: statements of a slot are few, chit-chat with its words is many ("Work
# was great today" every week); 48 kept every later statement of the development set that the index
# holds, at one query's cost (a full-text query costs about the same for 512 rows as for 64).
LIMIT = 48
KINDS = "kind IN ('turn', 'fact') AND superseded_by = ''"


def slot_statements(store: MemoryStore, question: str, found: list[Hit]) -> list[Hit]:
    """Memories stating a slot the question asks about now that are not in `found` (their cosine to
    the question computed here; scored as the last of what the search found)."""
    slots = asked_slots(question)
    if not slots or not asks_about_now(question) or hedged(question):
        return []
    words = " ".join(s.search for s in slots).split()
    english = " ".join(w for w in words if not is_cjk_term(w))
    chinese = " ".join(w for w in words if is_cjk_term(w))
    rows: dict[str, dict[str, object]] = {}
    for text, column in ((english, "text"), (chinese, "cjk")):
        if text:
            for row in store.text_search(text, column, LIMIT, KINDS).to_pylist():
                rows.setdefault(str(row["id"]), row)
    have = {h.memory.id for h in found}
    fresh = [r for r in rows.values() if r["id"] not in have and stated_slots(question, str(r["text"]))]
    if not fresh:
        return []
    vector = store.embedder.embed_query(question)
    floor = min((h.score for h in found), default=0.0)
    out = []
    for row in fresh:
        v = np.asarray(row["embedding"], dtype=np.float32)
        out.append(Hit(from_row(row), floor, float(v @ vector), v))
    return out

