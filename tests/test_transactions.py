"""Writes of several statements are one transaction: sqlite-utils 4 commits each statement run outside an
open one, so `with db.conn:` (what this code used before) kept the first half of a failed write. Real
SQLite in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.books.library import Library
from assistant.books.model import Book, Chapter
from assistant.db import open_db
from assistant.errors import StorageError


def test_a_book_whose_chapters_cannot_be_written_is_not_half_recorded(tmp_path: Path) -> None:
    library = Library(open_db(tmp_path / "assistant.db"))
    book = Book(id="b1", title="Love Among the Chickens", format="epub")
    # Two chapters numbered 1: the chapters' primary key refuses the second, after the book row is written.
    with pytest.raises(StorageError):
        library.add(book, [Chapter(1, "One"), Chapter(1, "One again")])
    # The book row written first is gone with the chapters that failed: the library lists no half book.
    assert library.list() == []
    library.add(book, [Chapter(1, "One"), Chapter(2, "Two")])
    assert [b.title for b in library.list()] == ["Love Among the Chickens"]


def test_no_write_in_the_core_relies_on_the_connection_as_its_transaction() -> None:
    core = Path(__file__).resolve().parents[1] / "assistant"
    offenders = [
        f"{path.relative_to(core)}:{n}"
        for path in core.rglob("*.py")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if line.rstrip().endswith(".conn:") and line.lstrip().startswith("with ")
    ]
    assert offenders == [], "use db.atomic(): " + ", ".join(offenders)
