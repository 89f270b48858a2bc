from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.memory import api
from assistant.memory.importer import CHUNK_CHARS, ImportRefused
from assistant.memory.places import file_place
from assistant.memory.store import MemoryStore


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_import_is_idempotent(tmp_path: Path, store: MemoryStore) -> None:
    f = write(
        tmp_path / "a.jsonl",
        [
            json.dumps({"id": "c1", "text": "I keep my passport in the blue folder.", "at": "2025-01-02T10:00:00"}),
            json.dumps({"text": "My dentist is Dr. Okafor on Mill Road."}),
            json.dumps({"text": "我的狗叫旺财。", "kind": "fact", "at": "2025-03-01T08:00:00+08:00"}),
        ],
    )
    first = api.import_file(f, store=store)
    count = store.count()
    second = api.import_file(f, store=store)
    assert (first.added, second.added, second.unchanged) == (3, 0, 3)
    assert store.count() == count
    assert store.get("c1").source == "file:a.jsonl:1"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"text": "fine"}\n{"text": broken\n', "line 2"),
        ('{"text": "fine"}\n\n["not", "an", "object"]\n', "line 3"),
        ('{"text": ""}\n', "line 1"),
        ('{"text": "ok", "at": "last tuesday"}\n', "line 1"),
        ('{"text": "ok", "kind": "gossip"}\n', "line 1"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_imported(
    tmp_path: Path, store: MemoryStore, content: str, words: str
) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused, match=words) as err:
        api.import_file(f, store=store)
    assert "nothing was imported" in str(err.value) and "\n" not in str(err.value)
    assert store.count() == 0


def test_binary_empty_and_missing_files_are_refused(tmp_path: Path, store: MemoryStore) -> None:
    (tmp_path / "x.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "empty.md").write_text("  \n")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    for name, why in [
        ("x.bin", "binary"),
        ("empty.md", "empty"),
        ("missing.txt", "does not exist"),
        ("latin1.txt", "not UTF-8"),
    ]:
        with pytest.raises(ImportRefused, match=why):
            api.import_file(tmp_path / name, store=store)


def test_a_document_is_chunked_with_positions_and_lines(tmp_path: Path, store: MemoryStore) -> None:
    paragraphs = [f"Chapter {i}. " + ("The lighthouse keeper counted the ships. " * 8) for i in range(30)]
    paragraphs[17] = "The treasure was buried under the old lighthouse by Captain Moreau."
    book = tmp_path / "book.md"
    book.write_text("\n\n".join(paragraphs), encoding="utf-8")
    report = api.import_file(book, store=store)
    chunks = store.list("document")
    assert report.format == "document" and len(chunks) == report.added > 1
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert all(len(c.text) <= CHUNK_CHARS + 2 for c in chunks)
    hit = api.search_memories("Where was the treasure buried?", 3, store=store)[0].memory
    assert "Captain Moreau" in hit.text
    place, lines = file_place(hit.source), book.read_text().splitlines()
    assert place is not None
    # Each of the chunk's paragraphs starts on the line its source names, and a quote is placed on its own.
    for start, paragraph in zip(place.lines, hit.text.split("\n\n"), strict=True):
        assert lines[start - 1].strip() == paragraph.splitlines()[0].strip()
    assert lines[place.line_at(hit.text, hit.text.index("The treasure")) - 1].startswith("The treasure")
    api.import_file(book, store=store)
    assert len(store.list("document")) == len(chunks)


def test_export_then_import_reproduces_the_memories(tmp_path: Path, store: MemoryStore, embedder) -> None:
    api.remember("I live in Hangzhou.", kind="turn", store=store)
    api.remember("I moved to Shanghai.", kind="turn", store=store)
    out = tmp_path / "out.jsonl"
    assert api.export_file(out, store=store) == 2
    other = MemoryStore(tmp_path / "other", embedder)
    api.import_file(out, store=other)
    assert sorted((m.id, m.text, m.superseded_by != "") for m in store.list()) == sorted(
        (m.id, m.text, m.superseded_by != "") for m in other.list()
    )


def test_a_markdown_heading_starts_a_chunk_placed_at_its_line(tmp_path: Path, store: MemoryStore) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(
        "# Garden\n## Tomatoes\nWater them every second day.\n\n## Shed\n\nThe spare key is under the blue pot.\n"
        "#hashtag is no heading.\n\n# Car ##\nThe MOT is due on 3 September.\n",
        encoding="utf-8",
    )
    api.import_file(notes, store=store)
    chunks = store.list("document")
    assert [c.text for c in chunks] == [
        "Garden\n\nTomatoes\n\nWater them every second day.",
        "Shed\n\nThe spare key is under the blue pot.\n#hashtag is no heading.",
        "Car\n\nThe MOT is due on 3 September.",
    ]
    # The line each paragraph starts on: the heading's, then its text's (a blank line between or not).
    assert [c.source for c in chunks] == ["file:notes.md:1,2,3", "file:notes.md:5,7", "file:notes.md:10,11"]
