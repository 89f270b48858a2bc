"""The Library panel's glue: list, add (on a thread of its own, so a 500-page PDF neither freezes the
window nor holds up the chat), remove, read where the user stopped, open a cited passage, and set the
reminder to return a book. Every call is the core's `a.books`, as in the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .core_session import CoreSession
from .library_panel import LibraryPanel
from .ops import CoreRunner

if TYPE_CHECKING:
    from assistant.assistant import Assistant
    from assistant.books.importer import AddResult
    from assistant.books.manager import Books


def _open_at(books: Books, book_id: str, chapter: int | None, passage_id: str) -> tuple[Any, int, list[Any], str]:
    """(book, chapter, its passages, passage to highlight) for the reader: at `passage_id` when given,
    else at `chapter`'s start, else where the reader stopped, else at the beginning."""
    from assistant.memory.places import passage_place

    book = books.get(book_id)
    highlight = ""
    if passage_id:
        place = passage_place(books.passage(passage_id).source)
        chapter, highlight = (place.chapter if place else 1), passage_id
    elif chapter is None:
        stopped = books.where_was_i(book.id)
        place = passage_place(stopped.source) if stopped is not None else None
        chapter, highlight = (place.chapter, stopped.id) if place and stopped else (1, "")
    chapter = min(max(1, chapter), max(1, book.chapters))
    return book, chapter, books.chapter_passages(book.id, chapter), highlight


class LibraryController(QObject):
    changed = Signal()  # the library's contents changed
    import_finished = Signal(object)  # AddResult, or the exception that refused the file
    opened = Signal(str, str)  # book id, highlighted passage id ("" for none): the reader is showing it

    def __init__(self, session: CoreSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        # Imports get a core thread of their own: reading and indexing a long book takes a while, and the
        # chat, memory and reminders must keep answering meanwhile.
        self.importer = CoreRunner(self)
        self.importing = False
        self.panel = LibraryPanel()
        self.panel.add_requested.connect(self.add)
        self.panel.remove_requested.connect(self.remove)
        self.panel.open_requested.connect(lambda book_id: self.open_book(book_id))
        self.panel.remind_requested.connect(self.remind)
        self.panel.reader.chapter_requested.connect(self.open_book)
        self.panel.reader.position_changed.connect(self.save_position)

    def refresh(self) -> None:
        self.session.call(lambda a: a.books.list(), self.panel.show_books)

    def add(self, path: str) -> None:
        assistant = self.session.assistant
        if assistant is None or self.importing:
            return
        name = Path(path).name
        self.importing = True
        self.panel.set_importing(name)

        def work(report: Any) -> AddResult:
            books = assistant.books.on_own_connection()
            try:
                return books.add(Path(path), lambda stage, fraction: report((stage, fraction)))
            finally:
                if books is not assistant.books:
                    books.db.conn.close()

        def progress(update: Any) -> None:
            stage, fraction = update
            self.panel.set_importing(name, stage, fraction)

        def done(result: AddResult) -> None:
            self.importing = False
            self.panel.set_importing(None)
            book = result.book
            self.session.status(
                self.tr("Added “{0}”: {1} chapters, {2} passages").format(book.title, book.chapters, book.passages)
                if result.added
                else self.tr("“{0}” is already in the library: nothing added").format(book.title)
            )
            self.refresh()
            self.changed.emit()
            self.import_finished.emit(result)

        def failed(error: BaseException) -> None:
            self.importing = False
            self.panel.set_importing(None)
            self.session.failed(error)
            self.import_finished.emit(error)

        self.importer.run(work, done, failed, progress)

    def remove(self, book_id: str) -> None:
        def done(book: Any) -> None:
            self.session.status(self.tr("Removed “{0}” from the library").format(book.title))
            self.refresh()
            self.changed.emit()

        self.session.call(lambda a: a.books.remove(book_id), done)

    def open_book(self, book_id: str, chapter: int | None = None, passage_id: str = "") -> None:
        """Show the reader: at a passage (highlighted), at a chapter, or where the reader stopped."""

        def show(opened: tuple[Any, int, list[Any], str]) -> None:
            book, number, passages, highlight = opened
            self.panel.reader.show_chapter(book, number, passages, highlight)
            self.panel.show_reader()
            self.opened.emit(book.id, highlight)

        self.session.call(lambda a: _open_at(a.books, book_id, chapter, passage_id), show)

    def open_passage(self, memory_id: str) -> None:
        """A cited passage (from a reply): the reader opens at it, highlighted."""

        def book_of(a: Assistant) -> str:
            from assistant.memory.places import passage_place

            place = passage_place(a.books.passage(memory_id).source)
            return place.book_id if place else ""

        def show(book_id: str) -> None:
            if book_id:
                self.open_book(book_id, None, memory_id)

        self.session.call(book_of, show)

    def save_position(self, book_id: str, passage_id: str) -> None:
        self.session.call(lambda a: a.books.set_position(book_id, passage_id), lambda _: None)

    def remind(self, book_id: str, when: str) -> None:
        def done(made: tuple[int, str]) -> None:
            self.session.status(self.tr("Reminder set: {0}").format(made[1]))
            self.changed.emit()

        self.session.call(lambda a: a.books.remind(book_id, when), done)
