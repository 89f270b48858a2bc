"""The store: survives restarts, imports once, supersedes, forgets for good, migrates, never half-writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import lancedb
import numpy as np
import pyarrow as pa
import pytest

from assistant.errors import NotFound, StorageError
from assistant.memory import api
from assistant.memory.store import MARKER, MemoryStore

ROOT = Path(__file__).resolve().parents[2]


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)


def test_memories_survive_a_restart(tmp_path: Path, embedder) -> None:
    first = MemoryStore(tmp_path / "m", embedder)
    stored = api.remember("My bicycle is a blue Brompton.", store=first)
    again = MemoryStore(tmp_path / "m", embedder)
    assert again.get(stored[0].id).text == "My bicycle is a blue Brompton."
    assert again.count() == 2  # the remark and the profile fact drawn from it


def test_a_newer_statement_supersedes_the_older_across_languages(store: MemoryStore) -> None:
    old = api.remember("I live in Hangzhou.", kind="turn", at=at(2025, 5, 1), store=store)[0]
    new = api.remember("我搬到了上海。", kind="turn", at=at(2026, 3, 2), store=store)[0]
    assert store.get(old.id).superseded_by == new.id
    assert store.get(new.id).superseded_by == ""
    assert [m.text for m in api.profile(store)] == ["我住在上海"]
    hits = api.search_memories("Where do I live?", 5, store=store)
    places = ["上海" if "上海" in h.memory.text else "Hangzhou" for h in hits]
    assert places[0] == "上海" and "上海" not in places[places.index("Hangzhou") :] if "Hangzhou" in places else True


def test_an_older_statement_imported_late_does_not_win(store: MemoryStore) -> None:
    new = api.remember("I live in Shanghai.", kind="turn", at=at(2026, 3, 2), store=store)[0]
    old = api.remember("I live in Hangzhou.", kind="turn", at=at(2025, 5, 1), store=store)[0]
    assert store.get(old.id).superseded_by == new.id
    assert store.get(new.id).superseded_by == ""


def test_forget_removes_from_disk_and_revives_what_it_replaced(store: MemoryStore) -> None:
    old = api.remember("I live in Hangzhou.", kind="turn", at=at(2025, 5, 1), store=store)[0]
    api.remember("I moved to Zanzibar-Qwertyville.", kind="turn", at=at(2026, 3, 2), store=store)
    doomed = api.find_to_forget("Zanzibar-Qwertyville", store=store)
    assert {m.kind for m in doomed} == {"turn", "profile"}  # the remark and the fact drawn from it
    api.forget([m.id for m in doomed], store=store)
    assert store.get(old.id).superseded_by == ""
    assert all("Zanzibar" not in h.memory.text for h in api.search_memories("Zanzibar-Qwertyville", 10, store=store))
    for path in store.folder.rglob("*"):
        if path.is_file():
            assert b"Zanzibar" not in path.read_bytes(), f"forgotten text still in {path}"


def test_get_unknown_id_is_not_found(store: MemoryStore) -> None:
    with pytest.raises(NotFound):
        store.get("nope")


def test_a_folder_from_before_the_schema_marker_is_migrated(tmp_path: Path, embedder) -> None:
    """A layout no release wrote (release 1 already had the marker; tests/test_upgrade.py opens its real
    folder): a "memories" table with fewer columns, no vectors and no marker. It covers what the real one
    cannot: finding the table without a marker, filling missing columns and embedding rows that had no vector."""
    folder = tmp_path / "m"
    db = lancedb.connect(str(folder))
    db.create_table(
        "memories",
        pa.table(
            {
                "id": ["a", "b"],
                "text": ["I live in Leeds.", "My cat is called Tom."],
                "kind": ["turn", "turn"],
                "created": ["2024-01-01T00:00:00Z"] * 2,
            }
        ),
    )
    store = MemoryStore(folder, embedder)
    assert json.loads((folder / MARKER).read_text())["schema_version"] >= 1
    assert {m.id for m in store.list()} == {"a", "b"}
    assert store.list()[0].superseded_by == ""
    assert api.search_memories("what is my cat called", 1, store=store)[0].memory.id == "b"
    assert "memories" not in db.list_tables().tables  # the old table is gone only after the copy


def test_a_folder_that_lost_its_marker_keeps_its_memories(tmp_path: Path, embedder) -> None:
    """The current table with no schema.json (deleted, not copied, or a crash between creating the table and
    writing the marker) is adopted as it is: it used to be taken for a half-made migration and dropped."""
    folder = tmp_path / "m"
    store = MemoryStore(folder, embedder)
    api.remember("I live in Leeds.", store=store)
    (folder / MARKER).unlink()
    again = MemoryStore(folder, embedder)
    assert [m.text for m in again.list(kind="fact")] == ["I live in Leeds."]
    assert json.loads((folder / MARKER).read_text())["table"] == again.table_name


def test_a_folder_from_a_newer_version_is_refused(tmp_path: Path, embedder) -> None:
    folder = tmp_path / "m"
    MemoryStore(folder, embedder)
    marker = json.loads((folder / MARKER).read_text())
    (folder / MARKER).write_text(json.dumps({**marker, "schema_version": 999}))
    with pytest.raises(StorageError, match="newer version"):
        MemoryStore(folder, embedder)


def test_search_works_from_a_background_thread(store: MemoryStore) -> None:
    from concurrent.futures import ThreadPoolExecutor

    api.remember("My gym is FitLife on Mill Road.", store=store)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda q: api.search_memories(q, 1, store=store), ["which gym", "我在哪个健身房"] * 3))
    assert all(r and "FitLife" in r[0].memory.text for r in results)


def test_a_killed_import_leaves_nothing_half_written(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"k{i}", "text": f"Remark number {i} about walking the dog in the park."})
        for i in range(6000)
    ]
    source = tmp_path / "big.jsonl"
    source.write_text("\n".join(lines) + "\n")
    env = dict(os.environ, ASSISTANT_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    code = "import sys; from pathlib import Path; from assistant.memory import api; api.import_file(Path(sys.argv[1]))"
    child = subprocess.Popen([sys.executable, "-c", code, str(source)], env=env)
    time.sleep(3.0)  # past loading the model, inside the import (the whole import takes ~6 s here)
    assert child.poll() is None, "the import finished before it could be killed: make the file bigger"
    child.send_signal(signal.SIGKILL)
    child.wait()
    store = MemoryStore(tmp_path / "home" / "memory")
    assert store.count() in (0, 6000)  # all or nothing (these remarks state no profile facts)
    # and a second import completes the job
    api.import_file(source, store=store)
    assert store.count() == 6000


def test_vectors_are_normalised_and_batched(embedder) -> None:
    vectors = embedder.embed([f"sentence {i}" for i in range(600)])
    assert vectors.shape == (600, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


_WRITER = """
import sys
from pathlib import Path
from assistant.memory import api
from assistant.memory.store import MemoryStore
store = MemoryStore(Path(sys.argv[1]))
with open(sys.argv[2], "a", encoding="utf-8") as acknowledged:
    for i in range(int(sys.argv[3])):
        m = api.remember(f"Note {i} from the other process: buy {i} apples.", kind="turn", store=store)[0]
        acknowledged.write(m.id + "\\n")  # written only once the store has said it is stored
        acknowledged.flush()
"""


def test_forget_in_one_process_loses_no_write_from_another(tmp_path: Path, embedder) -> None:
    """A forget rewrites the table from what it read; a write landing from another process between
    that read and the rewrite would vanish without the folder's write lock."""
    folder = tmp_path / "m"
    store = MemoryStore(folder, embedder)
    acknowledged = tmp_path / "acknowledged"
    acknowledged.touch()
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(folder), str(acknowledged), "30"], cwd=ROOT)
    forgotten = []
    try:
        while writer.poll() is None:  # forgets interleaved with the other process's writes, until it is done
            doomed = api.remember(f"Old note {len(forgotten)}: the shed key is under a pot.", kind="turn", store=store)[
                0
            ]
            store.remove([doomed.id])
            forgotten.append(doomed.id)
    finally:
        assert writer.wait(timeout=300) == 0
    written = acknowledged.read_text().split()
    assert len(written) == 30 and forgotten
    stored = {m.id for m in MemoryStore(folder, embedder).list()}
    assert set(written) <= stored, f"{len(set(written) - stored)} of {len(written)} acknowledged writes lost"
    assert not stored & set(forgotten)


def test_a_store_open_elsewhere_follows_a_restored_folder(tmp_path: Path, embedder) -> None:
    """Restore swaps in a new folder under the same name; a store another process holds open reads
    the new one instead of failing on files that were moved away."""
    folder = tmp_path / "m"
    elsewhere = MemoryStore(folder, embedder)
    api.remember("Before: the spare key is with Tom.", kind="turn", store=elsewhere)
    staged = MemoryStore(tmp_path / "staged", embedder)
    api.remember("After: the spare key is with Ana.", kind="turn", store=staged)
    folder.rename(tmp_path / "aside")
    (tmp_path / "staged").rename(folder)
    assert [m.text for m in elsewhere.list()] == ["After: the spare key is with Ana."]
    api.remember("Later: the car is at the garage.", kind="turn", store=elsewhere)
    assert len(MemoryStore(folder, embedder).list()) == 2
