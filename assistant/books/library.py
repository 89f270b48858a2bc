"""The books store: one row per book and one per chapter in SQLite, beside the conversations.

The passages themselves are memories (kind "document") whose `source` names the book and chapter
(memory/places.py); this table holds what a library shows and what a reader keeps: title, author,
chapters, and where the user stopped.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import sqlite_utils

from .. import config
from ..clock import stamp
from ..db import open_db, storage_errors
from ..errors import NotFound
from .model import Book, Chapter

_BOOK_FIELDS = (
    "id",
    "title",
    "author",
    "language",
    "format",
    "file_name",
    "size",
    "file_hash",
    "chapters",
    "passages",
    "pages",
    "added",
    "position",
    "progress",
    "read_at",
)


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


def _book(row: dict[str, Any]) -> Book:
    values = {k: row[k] if row[k] is not None else Book.__dataclass_fields__[k].default for k in _BOOK_FIELDS}
    return Book(**cast(dict[str, Any], values))


class Library:
    """The books in one database. Callable from any thread (each call is one short transaction)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._path = db.conn.execute("PRAGMA database_list").fetchone()[2] or "the database"
        self._lock = threading.Lock()  # one sqlite3 connection shared between threads

    # ----- reading -----

    def list(self) -> list[Book]:
        with self._lock, storage_errors(self._path):
            return [_book(r) for r in _rows(self.db, "SELECT * FROM books ORDER BY added, id")]

    def get(self, book_id: str) -> Book:
        """The book with its chapters. `book_id` may be a unique prefix of the id, as git allows."""
        with self._lock, storage_errors(self._path):
            rows = _rows(self.db, "SELECT * FROM books WHERE id = ?", [book_id])
            if not rows and book_id:
                rows = _rows(
                    self.db,
                    "SELECT * FROM books WHERE id LIKE ? ESCAPE '\\'",
                    [book_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
                )
            if len(rows) != 1:
                raise NotFound(f"no book with id {book_id}: see `assistant books list`")
            book = _book(rows[0])
            book.chapter_list = [
                Chapter(
                    n=r["n"],
                    title=r["title"],
                    passages=r["passages"],
                    first_passage=r["first_passage"],
                    first_page=r["first_page"],
                )
                for r in _rows(self.db, "SELECT * FROM book_chapters WHERE book_id = ? ORDER BY n", [book.id])
            ]
            return book

    def by_hash(self, file_hash: str) -> Book | None:
        with self._lock, storage_errors(self._path):
            rows = _rows(self.db, "SELECT * FROM books WHERE file_hash = ?", [file_hash])
        return _book(rows[0]) if rows else None

    def find(self, words: str) -> builtins.list[Book]:
        """Books whose title (or author) contains these words, case-insensitively: "in Love Among the
        Chickens, …" names a book by its title."""
        needle = " ".join(words.lower().split())
        return [b for b in self.list() if needle and (needle in b.title.lower() or needle == b.author.lower())]

    def book_title(self, book_id: str) -> str | None:
        with self._lock, storage_errors(self._path):
            rows = _rows(self.db, "SELECT title FROM books WHERE id = ?", [book_id])
        return rows[0]["title"] if rows else None

    def chapter_title(self, book_id: str, chapter: int) -> str | None:
        with self._lock, storage_errors(self._path):
            rows = _rows(self.db, "SELECT title FROM book_chapters WHERE book_id = ? AND n = ?", [book_id, chapter])
        return rows[0]["title"] if rows else None

    # ----- writing -----

    def add(self, book: Book, chapters: Sequence[Chapter]) -> None:
        """Record a book whose passages are already stored. One transaction: both tables or neither."""
        book.added = book.added or stamp()
        row = {k: getattr(book, k) for k in _BOOK_FIELDS}
        with self._lock, storage_errors(self._path), self.db.atomic():
            self.db.table("books").insert(row, replace=True)
            self.db.execute("DELETE FROM book_chapters WHERE book_id = ?", [book.id])
            self.db.table("book_chapters").insert_all(
                {
                    "book_id": book.id,
                    "n": c.n,
                    "title": c.title,
                    "passages": c.passages,
                    "first_passage": c.first_passage,
                    "first_page": c.first_page,
                }
                for c in chapters
            )

    def remove(self, book_id: str) -> None:
        with self._lock, storage_errors(self._path), self.db.atomic():
            self.db.execute("DELETE FROM book_chapters WHERE book_id = ?", [book_id])
            self.db.execute("DELETE FROM books WHERE id = ?", [book_id])

    def link_reminder(self, reminder_id: int, book_id: str) -> None:
        """Record that a reminder is about a book, for the link back from the Reminders panel."""
        with self._lock, storage_errors(self._path), self.db.atomic():
            self.db.table("book_reminders").insert({"reminder_id": reminder_id, "book_id": book_id}, replace=True)

    def reminder_books(self) -> dict[int, str]:
        """Each reminder set about a book, with the book's id (books since removed are left out)."""
        with self._lock, storage_errors(self._path):
            rows = _rows(
                self.db,
                "SELECT r.reminder_id, r.book_id FROM book_reminders r JOIN books b ON b.id = r.book_id",
                [],
            )
        return {r["reminder_id"]: r["book_id"] for r in rows}

    def set_position(self, book_id: str, memory_id: str, progress: float) -> None:
        """Where the reader stopped: the passage, and how far through the book it is (0–1)."""
        progress = min(1.0, max(0.0, progress))
        with self._lock, storage_errors(self._path), self.db.atomic():
            cursor = self.db.execute(
                "UPDATE books SET position = ?, progress = ?, read_at = ? WHERE id = ?",
                [memory_id, progress, stamp(), book_id],
            )
            if cursor.rowcount == 0:
                raise NotFound(f"no book with id {book_id}: see `assistant books list`")


_libraries: dict[Path, tuple[tuple[int, int], Library]] = {}
_libraries_lock = threading.Lock()


def open_library(path: Path | None = None) -> Library:
    """The library of a database file (default: the data folder's), opened once per process and
    opened again when the file was replaced (restore, delete-all-data) since."""
    path = (path or config.db_path()).resolve()
    with _libraries_lock:
        known = _libraries.get(path)
        identity = _identity(path)
        if known is None or identity is None or known[0] != identity:
            library = Library(open_db(path))
            _libraries[path] = (_identity(path) or (0, 0), library)
            if known is not None:
                known[1].db.conn.close()
        return _libraries[path][1]


def default_names() -> Library:
    """What `place_of` asks for a book's and a chapter's title when its caller passed no library."""
    return open_library()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino
