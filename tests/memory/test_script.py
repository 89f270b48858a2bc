"""Latin letters and digits written among Chinese ("任天堂64DD") are found by full-text search, and a
folder written before they were indexed is upgraded on open without losing a row."""

from __future__ import annotations

import json
from pathlib import Path

import lancedb
import numpy as np

from assistant.memory.model import Memory
from assistant.memory.retrieval import DOCUMENTS, search
from assistant.memory.schema import SCHEMA_VERSION, to_table
from assistant.memory.script import cjk_runs
from assistant.memory.store import MARKER, MemoryStore


def test_latin_and_digits_among_chinese_are_kept_for_the_ngram_index() -> None:
    assert cjk_runs("任天堂64DD是一种磁碟机。") == "任天堂 64DD 是一种磁碟机"
    assert cjk_runs("我朋友Kenji住在北京。") == "我朋友 Kenji 住在北京"
    assert cjk_runs("I live in Leeds.") == ""  # English is the word index's
    assert cjk_runs("我朋友Kenji住在北京。", latin=False) == "我朋友 住在北京"  # a remark's column (schema.py)


def test_a_chinese_question_finds_the_latin_name_inside_chinese(store: MemoryStore) -> None:
    store.add(
        [
            Memory("dd", "任天堂64DD是任天堂64的一种磁碟机周边，只在日本发售。", kind="document"),
            Memory("n64", "任天堂64是任天堂发售的家用游戏机，在日本和北美都有发售。", kind="document"),
            Memory("gb", "Game Boy是任天堂在日本发售的掌上游戏机。", kind="document"),
        ]
    )
    hits = search(store, "64DD在哪里发售？", 3, kinds=["document"], tuning=DOCUMENTS)
    assert hits[0].memory.id == "dd"


def test_a_folder_from_schema_2_is_upgraded_with_every_row(tmp_path: Path, embedder) -> None:
    folder = tmp_path / "m"
    memories = [
        Memory("dd", "任天堂64DD是一种磁碟机周边。", kind="document", created="2024-01-01T00:00:00Z"),
        Memory("a", "I live in Leeds.", created="2024-01-02T00:00:00Z"),
    ]
    old = to_table(memories, embedder.embed([m.text for m in memories]))
    # Schema 2 kept only the CJK runs in the n-gram column.
    old = old.set_column(old.schema.get_field_index("cjk"), "cjk", [["任天堂 是一种磁碟机周边", ""]])
    name = f"memories_v2_{embedder.name.replace('-', '_')}"
    lancedb.connect(str(folder)).create_table(name, old)
    (folder / MARKER).write_text(json.dumps({"schema_version": 2, "embedder": embedder.name, "table": name}))

    store = MemoryStore(folder, embedder)
    assert json.loads((folder / MARKER).read_text())["schema_version"] == SCHEMA_VERSION == 3
    assert {m.id: m.text for m in store.list()} == {m.id: m.text for m in memories}
    cjk = store.table.search().where("id = 'dd'").select(["cjk"]).to_arrow().column("cjk").to_pylist()
    assert cjk == ["任天堂 64DD 是一种磁碟机周边"]
    kept = np.asarray(store.rows("id = 'a'").column("embedding").to_pylist()[0])
    assert np.allclose(kept, embedder.embed(["I live in Leeds."])[0], atol=1e-5)  # vectors kept, not lost
    assert name not in lancedb.connect(str(folder)).list_tables().tables
    assert search(store, "64DD是什么？", 1, kinds=["document"], tuning=DOCUMENTS)[0].memory.id == "dd"
