"""What the user's own search shows (`memory search`, the Memory panel): the same passages, in the same
order, that an answer would rest on.

A plain hybrid search ranks a passage as a whole. The answer pipeline ranks the passages it found again
by the sentence that holds the question (focus.py), and that order is the better one: on the
development book questions a passage holding the answer was among the first five for 44 of 62 in the
pipeline's order, 35 in the plain search's and 36 in plain BM25's; on the CMRC development half 508
(evidence.passage_order), 492 and 503 of 512. A search box that ranked below BM25 while the answers
found more would show the user less than the assistant knows. So the plain search decides which rows
are shown and how many of them are passages, and the passages among them come in the pipeline's order.
"""

from __future__ import annotations

from ..bounded import MAX_QUERY_CHARS
from ..memory.model import Hit
from ..memory.retrieval import DEFAULT, DOCUMENTS, Wanted, search_together
from ..memory.store import MemoryStore
from .evidence import PASSAGE_POOL, closeness_to, passage_order, passage_pool
from .in_english import english_query


def search(store: MemoryStore, query: str, limit: int = 5, kinds: list[str] | None = None) -> list[Hit]:
    """The memories that best answer `query`, best first, with passages ranked as an answer ranks them."""
    wanted = [Wanted(limit, tuple(kinds) if kinds else None, True, None, DEFAULT)]
    documents = kinds is None or "document" in kinds
    if documents:
        # A pool of a fixed size: focus.py weighs a term by how rare it is among the passages found, so
        # a pool that grew with `limit` would reorder the first few (`--limit 3` must be a prefix of 10).
        wanted.append(Wanted(PASSAGE_POOL, ("document",), True, None, DOCUMENTS, english_query(query)))
    vector = store.embedder.embed_query(query.strip()[:MAX_QUERY_CHARS])
    lists = search_together(store, query, wanted, vector=vector)
    shown = lists[0]
    if not documents or not any(h.memory.kind == "document" for h in shown):
        return shown
    focused = passage_order(query, passage_pool(query, lists[1]), closeness_to(store.embedder, vector))
    # Past the pool (a long Memory panel list), the plain search's own passages follow.
    passages: dict[str, Hit] = {}  # by id, in the order shown: the pipeline's, then the plain search's
    for h in [*(Hit(c.memory, c.score, c.similarity, c.vector) for c in focused), *shown]:
        if h.memory.kind == "document":
            passages.setdefault(h.memory.id, h)
    order = iter(passages.values())
    return [next(order) if h.memory.kind == "document" else h for h in shown]
