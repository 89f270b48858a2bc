"""Rows that score exactly alike (the same passage stored twice: passages have no recency to tell them
apart) come in one order, whatever order the lists returned them in and whatever the limit: the newer
first. Real LanceDB in tmp_path and the real embedder."""

from __future__ import annotations

from assistant.memory.model import Memory
from assistant.memory.retrieval import DOCUMENTS, search
from assistant.memory.store import MemoryStore

PASSAGE = "Ukridge kept the hens on a farm in Dorset, and the hens laid nothing at all."


def test_the_same_passage_stored_twice_is_shown_as_the_newer_copy_at_any_limit(store: MemoryStore) -> None:
    # The older copy is written first and has the higher id: neither the table's order nor the ids decide.
    store.add([Memory("z9", PASSAGE, kind="document", created="2025-03-01T10:00:00Z", position=0)])
    store.add([Memory("a1", PASSAGE, kind="document", created="2025-06-01T10:00:00Z", position=0)])
    store.add([Memory("m1", "The grocer paid in shillings.", kind="document", created="2025-04-01T10:00:00Z")])
    for query in ("hens", "Where did Ukridge keep the hens?", "鸡在哪里？"):
        for limit in (1, 5):
            hits = search(store, query, limit, kinds=["document"], tuning=DOCUMENTS)
            assert [h.memory.id for h in hits if h.memory.text == PASSAGE] == ["a1"], (query, limit)
