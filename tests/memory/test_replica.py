"""One search over memories and passages, from the store's in-memory copy or from LanceDB: the same
lists either way, and a copy never answers for a table that has changed since it was made."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.memory import import_file
from assistant.memory.api import edit, forget
from assistant.memory.model import Hit, Memory
from assistant.memory.retrieval import DOCUMENTS, Wanted, rows_naming, search, search_together
from assistant.memory.store import MemoryStore

NOW = datetime(2026, 1, 1, tzinfo=UTC)
PERSONAL = ("turn", "fact", "profile", "summary")
QUESTIONS = ["Where do I live?", "What is my dog called?", "Who kept the hens?", "我住在哪里？", "鸡蛋卖给谁了？"]


@pytest.fixture
def filled(store: MemoryStore, tmp_path: Path) -> MemoryStore:
    said = [
        "I live in Leeds",
        "My dog is called Biscuit",
        "My friend Ana lives in Porto.",
        "Work was awful today.",
        "我住在北京。",
        "周末想去吃面条。",
        "I moved to York",  # supersedes the home town above
    ]
    store.add([Memory(f"m{i}", t, created=f"2025-0{i + 1}-01T10:00:00Z") for i, t in enumerate(said)])
    book = tmp_path / "hens.md"
    book.write_text(
        "# Chapter 1\n\nUkridge kept the hens on a farm in Dorset, and the hens laid nothing at all.\n\n"
        "# Chapter 2\n\nThe eggs were sold to a grocer in Lyme Regis, who paid in shillings.\n\n"
        "# 第三章\n\n鸡蛋卖给了镇上的杂货商，他用先令付钱。\n",
        encoding="utf-8",
    )
    import_file(book, store=store)
    return store


def lists(store: MemoryStore, question: str) -> list[list[Hit]]:
    return search_together(
        store,
        question,
        [Wanted(16, PERSONAL, include_superseded=False), Wanted(5, ("document",), tuning=DOCUMENTS)],
        now=NOW,
    )


def ids(hits: list[Hit]) -> list[str]:
    return [h.memory.id for h in hits]


def ready(store: MemoryStore) -> None:
    store.keep_replica()
    deadline = time.monotonic() + 30
    while store.replica() is None:
        assert time.monotonic() < deadline, "the in-memory copy was never made"
        time.sleep(0.02)


def test_one_search_gives_what_separate_searches_give(filled: MemoryStore) -> None:
    for question in QUESTIONS:
        memories, passages = lists(filled, question)
        alone = search(filled, question, 16, kinds=list(PERSONAL), include_superseded=False, now=NOW)
        assert ids(memories) == ids(alone)
        assert ids(passages) == ids(search(filled, question, 5, kinds=["document"], now=NOW, tuning=DOCUMENTS))
        assert all(h.memory.kind == "document" for h in passages)
        assert all(h.memory.kind != "document" and not h.memory.superseded_by for h in memories)


def test_the_in_memory_copy_ranks_as_lancedb_does(filled: MemoryStore) -> None:
    before = {q: lists(filled, q) for q in QUESTIONS}
    ready(filled)
    for question in QUESTIONS:
        after = lists(filled, question)
        assert [ids(x) for x in after] == [ids(x) for x in before[question]]
        scores = [[round(h.score, 5) for h in x] for x in after]
        assert scores == [[round(h.score, 5) for h in x] for x in before[question]]


def test_a_copy_never_answers_for_a_changed_table(filled: MemoryStore) -> None:
    ready(filled)
    filled.add([Memory("new", "My cat is called Pepper", created="2025-12-01T10:00:00Z")])
    # Straight after the write the copy is behind: the search goes to LanceDB and finds the new remark.
    assert ids(lists(filled, "What is my cat called?")[0])[0] == "new"
    ready(filled)  # and the copy catches up by itself
    assert "new" in filled.replica().position  # type: ignore[union-attr]
    assert ids(lists(filled, "What is my cat called?")[0])[0] == "new"


def test_forgotten_text_leaves_the_copy(filled: MemoryStore) -> None:
    ready(filled)
    filled.remove(["m1"])
    ready(filled)
    copy = filled.replica()
    assert copy is not None and "m1" not in copy.position
    assert all("Biscuit" not in str(row["text"]) for row in copy.rows)
    assert "m1" not in ids(lists(filled, "What is my dog called?")[0])


def test_a_one_off_question_makes_no_copy_and_a_second_one_does(filled: MemoryStore, embedder) -> None:
    fresh = MemoryStore(filled.folder, embedder)  # a new process opening the folder for one command
    lists(fresh, "Where do I live?")
    for question in QUESTIONS:  # plain searches (the memory panel, a command) are not questions
        search(fresh, question, 5)
    time.sleep(0.2)
    assert fresh._replica is None
    lists(fresh, "What is my dog called?")
    deadline = time.monotonic() + 30
    while fresh.replica() is None:
        assert time.monotonic() < deadline, "a process that asks again never kept a copy"
        time.sleep(0.02)


def test_a_store_told_not_to_never_keeps_a_copy(filled: MemoryStore, embedder) -> None:
    plain = MemoryStore(filled.folder, embedder, replica=False)
    for question in QUESTIONS:
        lists(plain, question)
    time.sleep(0.2)
    assert plain._replica is None


def test_names_are_found_in_the_copy_as_lancedb_finds_them(filled: MemoryStore) -> None:
    filled.add([Memory("n1", "Ana gave me a scarf", created="2025-09-01T10:00:00Z"), Memory("n2", "ana said hi")])
    asked = [["Ana"], ["Ana", "Porto"], ["Biscuit"], ["Nobody"]]
    from_lancedb = [rows_naming(filled, words, ("turn", "fact"), current_only=True) for words in asked]
    ready(filled)
    from_copy = [rows_naming(filled, words, ("turn", "fact"), current_only=True) for words in asked]
    assert [[r["id"] for r in rows] for rows in from_copy] == [[r["id"] for r in rows] for rows in from_lancedb]
    # As written: "ana said hi" does not name Ana.
    assert [[r["text"] for r in rows] for rows in from_copy][:2] == [
        ["My friend Ana lives in Porto.", "Ana gave me a scarf"],
        ["My friend Ana lives in Porto."],
    ]
    assert all(r["embedding"].shape == (filled.embedder.dimensions,) for rows in from_copy for r in rows)


def test_passages_are_read_by_place_from_the_copy_as_from_lancedb(filled: MemoryStore) -> None:
    book = filled.list("document")
    places = {(m.import_id, m.position) for m in book} | {(book[0].import_id, 99), ("no-such-import", 0)}
    from_lancedb = filled.passage_texts(places)
    ready(filled)
    assert filled.passage_texts(places) == from_lancedb
    assert sorted(from_lancedb.values()) == sorted(m.text for m in book)  # the places no passage has are left out
    assert filled.passage_texts(set()) == {}


def test_a_name_looked_up_again_is_read_from_the_table_as_it_is_now(filled: MemoryStore) -> None:
    # The copy keeps the texts it searches for a name, kind by kind (Replica.containing): a remark added,
    # corrected or forgotten since must change what the next lookup of the same name finds.
    def naming(word: str) -> list[str]:
        ready(filled)
        return [str(r["text"]) for r in rows_naming(filled, [word], ("turn", "fact"), current_only=True)]

    assert naming("Ana") == ["My friend Ana lives in Porto."]
    filled.add([Memory("n1", "Ana gave me a scarf", created="2025-09-01T10:00:00Z")])
    assert naming("Ana") == ["My friend Ana lives in Porto.", "Ana gave me a scarf"]
    edit("n1", "Ana gave me a hat", store=filled)
    assert sorted(naming("Ana")) == ["Ana gave me a hat", "My friend Ana lives in Porto."]
    assert naming("scarf") == []
    forget(["n1"], store=filled)
    assert naming("Ana") == ["My friend Ana lives in Porto."]
    assert naming("hat") == []
