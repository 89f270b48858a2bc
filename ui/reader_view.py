"""Reading a book: one chapter at a time, a cited passage highlighted, and the place the reader stopped
sent back (after scrolling settles) so "where was I?" survives a restart."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from assistant.books.model import Book
    from assistant.memory.model import Memory

SETTLE_MS = 800  # scrolling has stopped for this long: the passage at the top is where the reader is
HIGHLIGHT = QColor(255, 236, 150)


class ReaderView(QWidget):
    back_requested = Signal()
    discuss_requested = Signal(str, str)  # book id, title: discuss this book in the chat
    chapter_requested = Signal(str, int, str)  # book id, chapter, passage id to show ("" for its start)
    position_changed = Signal(str, str)  # book id, passage id now at the top of the page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.book: Book | None = None
        self.chapter = 0
        self.passages: list[Memory] = []
        self.starts: list[int] = []  # character offset of each passage in the page
        self.highlighted = ""
        self._reported = ""
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.chapters = QComboBox()
        self.chapters.activated.connect(self._chapter_chosen)
        self.back = QPushButton(self.tr("← Library"))
        self.back.clicked.connect(self.back_requested)
        self.discuss = QPushButton(self.tr("Discuss in chat"))
        self.discuss.clicked.connect(self._discuss)
        self.previous = QPushButton(self.tr("Previous chapter"))
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next = QPushButton(self.tr("Next chapter"))
        self.next.clicked.connect(lambda: self._step(1))
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._report_position)
        self.page.verticalScrollBar().valueChanged.connect(lambda _: self.settle.start())

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.discuss)
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.chapters, 1)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addWidget(self.page, 1)

    def show_chapter(self, book: Book, chapter: int, passages: list[Memory], highlight: str = "") -> None:
        """Lay out one chapter; scroll to `highlight` (a passage id) and mark it, else to the top."""
        self.book, self.chapter, self.passages, self.highlighted = book, chapter, passages, highlight
        by = f" — {book.author}" if book.author else ""
        self.title.setText(f"<b>{book.title}</b>{by}")
        self.chapters.clear()
        for c in book.chapter_list:
            self.chapters.addItem(c.title, c.n)
        self.chapters.setCurrentIndex(max(0, chapter - 1))
        self.previous.setEnabled(chapter > 1)
        self.next.setEnabled(chapter < len(book.chapter_list))
        self.page.clear()
        cursor = QTextCursor(self.page.document())
        self.starts = []
        plain = QTextCharFormat()
        marked = QTextCharFormat()
        marked.setBackground(HIGHLIGHT)
        target: int | None = None
        for i, passage in enumerate(passages):
            if i:
                cursor.insertBlock()
            self.starts.append(cursor.position())
            if passage.id == highlight:
                target = cursor.position()
            paragraphs = passage.text.split("\n\n")
            for k, paragraph in enumerate(paragraphs):
                if k:
                    cursor.insertBlock()
                cursor.insertText(paragraph, marked if passage.id == highlight else plain)
        self._reported = highlight
        if target is not None:
            self._scroll_to(target)
        else:
            self.page.verticalScrollBar().setValue(0)
            self.settle.start()  # a chapter opened to read: its start is where the reader now is

    def passage_at_top(self) -> Memory | None:
        if not self.passages:
            return None
        position = self.page.cursorForPosition(QPoint(4, 4)).position()
        index = max(0, bisect.bisect_right(self.starts, position) - 1)
        return self.passages[index]

    def _scroll_to(self, position: int) -> None:
        """The passage's start at the top of the page: to the end first, then back up to it, since
        scrolling to make a cursor visible moves only as far as it must."""
        cursor = QTextCursor(self.page.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()
        cursor.setPosition(position)
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()

    def _report_position(self) -> None:
        passage = self.passage_at_top()
        if self.book is not None and passage is not None and passage.id != self._reported:
            self._reported = passage.id
            self.position_changed.emit(self.book.id, passage.id)

    def _discuss(self) -> None:
        if self.book is not None:
            self.discuss_requested.emit(self.book.id, self.book.title)

    def _chapter_chosen(self, index: int) -> None:
        if self.book is not None:
            self.chapter_requested.emit(self.book.id, int(self.chapters.itemData(index)), "")

    def _step(self, delta: int) -> None:
        if self.book is not None:
            self.chapter_requested.emit(self.book.id, self.chapter + delta, "")
