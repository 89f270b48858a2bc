"""What `memory search` shows: passages in the order an answer ranks them, memories where the plain search
puts them. Real LanceDB in tmp_path and the real embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer import user_search
from assistant.answer.evidence import gather
from assistant.memory import import_file
from assistant.memory.api import remember
from assistant.memory.retrieval import search
from assistant.memory.store import MemoryStore

# Every passage names the farm and Ukridge; only one says, in one sentence, who was in charge of it.
PASSAGES = (
    "Ukridge talked about the farm all evening. The farm, Ukridge said, would make us rich, and the hens "
    "would lay as no hens had laid before. He was in charge of everything, he said, and of nothing.",
    "Before Ukridge arrived, Beale was in charge of the farm.",
    "The farm stood on the hill above the village. Ukridge liked the farm; Ukridge liked the view.",
    "Ukridge bought a farm cart and a horse for the farm, and the horse was in charge of the cart.",
)


def imported(store: MemoryStore, tmp_path: Path) -> None:
    for n, text in enumerate(PASSAGES, 1):
        path = tmp_path / f"part-{n}.md"
        path.write_text(text, "utf-8")
        import_file(path, store=store)


def test_passages_come_in_the_order_the_answer_ranks_them(store: MemoryStore, tmp_path: Path) -> None:
    imported(store, tmp_path)
    question = "Who was in charge of the farm before Ukridge arrived?"
    shown = [h.memory.id for h in user_search.search(store, question, 4)]
    assert shown == [c.memory.id for c in gather(store, question).passages][:4]
    assert "Beale" in store.get(shown[0]).text


def test_a_shorter_list_is_the_start_of_a_longer_one(store: MemoryStore, tmp_path: Path) -> None:
    imported(store, tmp_path)
    remember("I was in charge of the school farm when I was twelve.", store=store)
    for question in ("Who was in charge of the farm?", "What did Ukridge buy?", "hens"):
        longer = [h.memory.id for h in user_search.search(store, question, 5)]
        assert [h.memory.id for h in user_search.search(store, question, 2)] == longer[:2]


def test_memories_keep_the_places_the_plain_search_gives_them(store: MemoryStore, tmp_path: Path) -> None:
    imported(store, tmp_path)
    remember("I was in charge of the school farm when I was twelve.", store=store)
    question = "Who was in charge of the farm?"
    kinds = [h.memory.kind for h in user_search.search(store, question, 5)]
    assert kinds == [h.memory.kind for h in search(store, question, 5)]
    assert "document" in kinds and len(kinds) == len(set(h.memory.id for h in user_search.search(store, question, 5)))
    # Asked for remarks alone, no passage is searched for.
    assert all(h.memory.kind != "document" for h in user_search.search(store, question, 5, ["fact"]))
