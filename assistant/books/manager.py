"""`Books`: the library as one object on the door (`a.books`), in the same style as the other managers.
Every method is what the CLI or a window slot calls in one line; all may run off the UI thread."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import sqlite_utils

from ..errors import AssistantError, NotFound
from ..memory.api import ImportReport
from ..memory.model import Hit, Memory
from ..memory.places import passage_place, place_of
from ..memory.store import MemoryStore
from . import discussion
from .importer import AddResult, Progress, add_book, import_report, remove_book
from .library import Library
from .model import Book


class Books:
    def __init__(self, db: sqlite_utils.Database, store: MemoryStore) -> None:
        self.db = db
        self.store = store
        self.library = Library(db)

    # ----- the library -----

    def add(self, path: Path, progress: Progress | None = None) -> AddResult:
        return add_book(Path(path), self.store, self.library, progress)

    def import_file(self, path: Path | str) -> ImportReport | None:
        """`memory import` of a book file: added like `add`, reported as an import; None for anything
        that is not a book format (JSON Lines, text and Markdown stay memory imports)."""
        return import_report(Path(path), self.store, self.library)

    def list(self) -> list[Book]:
        return self.library.list()

    def get(self, book_id: str) -> Book:
        return self.library.get(book_id)

    def remove(self, book_id: str) -> Book:
        return remove_book(book_id, self.store, self.library)

    def find(self, words: str) -> builtins.list[Book]:
        return self.library.find(words)

    # ----- reading -----

    def passages(self, book_id: str) -> builtins.list[Memory]:
        return discussion.book_passages(self.store, self.library.get(book_id).id)

    def chapter_passages(self, book_id: str, chapter: int) -> builtins.list[Memory]:
        return discussion.chapter_passages(self.store, self.library.get(book_id).id, chapter)

    def passage(self, memory_id: str) -> Memory:
        memory = self.store.get(memory_id)
        if passage_place(memory.source) is None:
            raise NotFound(f"{memory_id} is not a passage of a book")
        return memory

    def set_position(self, book_id: str, memory_id: str) -> Book:
        """The reader stopped at this passage: remember it (and how far through the book it is)."""
        book = self.library.get(book_id)
        memory = self.passage(memory_id)
        place = passage_place(memory.source)
        if place is None or place.book_id != book.id:
            raise NotFound(f"{memory_id} is not a passage of “{book.title}”")
        progress = (memory.position + 1) / book.passages if book.passages else 0.0
        self.library.set_position(book.id, memory.id, progress)
        return self.library.get(book.id)

    def where_was_i(self, book_id: str) -> Memory | None:
        """The passage the reader stopped at, or None before the first reading."""
        book = self.library.get(book_id)
        if not book.position:
            return None
        try:
            return self.store.get(book.position)
        except NotFound:
            return None

    def place_of(self, memory: Memory) -> str | None:
        return place_of(memory, self.library)

    # ----- discussion -----

    def search(self, query: str, book_id: str, chapter: int | None = None, limit: int = 5) -> builtins.list[Hit]:
        return discussion.search_book(self.store, query, self.library.get(book_id).id, chapter=chapter, limit=limit)

    def key_sentences(self, book_id: str, chapter: int, limit: int = 5) -> builtins.list[discussion.KeySentence]:
        return discussion.key_sentences(self.store, self.library.get(book_id).id, chapter, limit)

    def resolve_chapter(self, book_id: str, words: str) -> int | None:
        return discussion.resolve_chapter(self.library.get(book_id), words)

    # ----- the book's reminders -----

    def remind(self, book_id: str, when: str, now: datetime | None = None) -> tuple[int, str]:
        """ "Remind me to return this book on …": a reminder that names the book and links back to it.
        `when` is the time as the user typed it ("on Friday at 10", "every Friday"). Returns the
        reminder's id and its task."""
        from ..reminders.manager import Reminders

        book = self.library.get(book_id)
        made = Reminders(self.db).from_sentence(f"remind me to return “{book.title}” {when.strip()}", now)
        reminder_id = made.reminder.id
        if reminder_id is None:  # from_sentence stores unless asked not to: never the case here
            raise AssistantError("the reminder was not stored")
        self.library.link_reminder(reminder_id, book.id)
        return reminder_id, made.reminder.task

    def book_of_reminder(self, reminder_id: int) -> Book | None:
        """The book a reminder was set from, for the link back from the reminder to the Library."""
        rows = list(self.db.query("SELECT book_id FROM book_reminders WHERE reminder_id = ?", [reminder_id]))
        if not rows:
            return None
        try:
            return self.library.get(rows[0]["book_id"])
        except NotFound:
            return None

    def reminders_of(self, book_id: str) -> Sequence[int]:
        return [
            r["reminder_id"]
            for r in self.db.query(
                "SELECT reminder_id FROM book_reminders WHERE book_id = ? ORDER BY reminder_id", [book_id]
            )
        ]

    def on_own_connection(self) -> Books:
        """The same library over a connection of its own to the same database file, for a long import on
        another thread: the shared connection (and whoever else uses it) is not held for its length."""
        from ..db import open_db

        path = self.db.conn.execute("PRAGMA database_list").fetchone()[2]
        return Books(open_db(Path(path)), self.store) if path else self
