"""The book chosen for discussion, shown by the message box as a small "Discussing: <title> ×" chip.

While it shows, every question in the chat is answered from that book (the core's books/scope.py); it
stays until × clears it, through new chats and conversations alike, as a reader keeps a book open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class BookChip(QWidget):
    changed = Signal(str)  # the chosen book's id, "" when cleared
    open_requested = Signal(str)  # book id: the title was clicked, open the book

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.book_id = ""
        self.title = ""
        self.label = QLabel()
        self.label.setTextFormat(self.label.textFormat().RichText)
        self.label.linkActivated.connect(lambda _: self.open_requested.emit(self.book_id))
        self.clear_button = QToolButton()
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.clear_button.setAccessibleName(self.tr("Stop discussing this book"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Stop discussing this book: answer from everything again"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.label)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.setVisible(False)

    def choose(self, book_id: str, title: str) -> None:
        self.book_id, self.title = book_id, title
        escaped = title.replace("&", "&amp;").replace("<", "&lt;")
        self.label.setText(self.tr("Discussing: {0}").format(f'<a href="book">{escaped}</a>'))
        self.label.setToolTip(self.tr("Questions are answered from “{0}”; click to open it").format(title))
        self.setVisible(True)
        self.changed.emit(book_id)

    def clear(self) -> None:
        if not self.book_id:
            return
        self.book_id, self.title = "", ""
        self.setVisible(False)
        self.changed.emit("")
