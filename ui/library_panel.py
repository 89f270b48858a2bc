"""The Library: each book with its title, author, language, size, chapters and how far it has been read;
add (in the background, with a progress bar), remove, read, and "remind me to return this book"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .reader_view import ReaderView

if TYPE_CHECKING:
    from assistant.books.model import Book

BOOK_FILES = "Books (*.epub *.pdf *.docx *.html *.htm *.md *.markdown *.txt);;All files (*)"


class LibraryPanel(QWidget):
    add_requested = Signal(str)  # path
    remove_requested = Signal(str)  # book id
    open_requested = Signal(str)  # book id: open the reader where the user stopped
    remind_requested = Signal(str, str)  # book id, when ("on Friday at 10")
    discuss_requested = Signal(str, str)  # book id, title: answer from it in the chat

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.books: list[Book] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Author"),
                self.tr("Language"),
                self.tr("Size"),
                self.tr("Chapters"),
                self.tr("Read"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(
            lambda item, _: self.open_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.tree.itemSelectionChanged.connect(self._selection)
        self.empty_hint = QLabel(
            self.tr(
                "No books yet. Add an EPUB, PDF, Word file, saved web page, Markdown or "
                "text file to read it with me and ask about it."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add book…"))
        self.add_button.clicked.connect(self._choose_file)
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.clicked.connect(lambda: self._with_selected(self.open_requested.emit))
        self.discuss_button = QPushButton(self.tr("Discuss in chat"))
        self.discuss_button.setToolTip(self.tr("Ask about this book in the chat: answers come from it"))
        self.discuss_button.clicked.connect(lambda: self._with_selected(self._discuss))
        self.remind_button = QPushButton(self.tr("Remind me to return it…"))
        self.remind_button.clicked.connect(lambda: self._with_selected(self._ask_when))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self._with_selected(self._confirm_remove))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setVisible(False)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.read_button, self.discuss_button, self.remind_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        shelf = QWidget()
        shelf_layout = QVBoxLayout(shelf)
        shelf_layout.setContentsMargins(0, 0, 0, 0)
        shelf_layout.addLayout(buttons)
        shelf_layout.addWidget(self.progress_label)
        shelf_layout.addWidget(self.progress)
        shelf_layout.addWidget(self.empty_hint)
        shelf_layout.addWidget(self.tree, 1)

        self.reader = ReaderView()
        self.reader.back_requested.connect(self.show_shelf)
        self.reader.discuss_requested.connect(self.discuss_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(shelf)
        self.stack.addWidget(self.reader)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._selection()

    # ----- the shelf -----

    def _size(self, n: int) -> str:
        if n >= 1_048_576:
            return self.tr("{0} MB").format(QLocale().toString(n / 1_048_576, "f", 1))
        return self.tr("{0} KB").format(QLocale().toString(max(1, n // 1024)))

    def _language(self, code: str | None) -> str:
        """The book's language in the window's language ("英语", not "en"); the language's own name for
        the few the translations do not cover."""
        if not code:
            return "—"
        names = {"en": self.tr("English"), "zh": self.tr("Chinese")}
        base = code.split("-")[0].lower()
        return names.get(base) or QLocale(code).nativeLanguageName() or code

    def show_books(self, books: list[Book]) -> None:
        selected = self.selected_id()
        self.books = books
        self.tree.clear()
        for book in books:
            item = QTreeWidgetItem(
                [
                    book.title,
                    book.author,
                    self._language(book.language),
                    self._size(book.size),
                    str(book.chapters),
                    f"{round(book.progress * 100)}%",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, book.id)
            item.setToolTip(
                0,
                f"{book.title}\n{book.file_name} · {book.format.upper()} · "
                + self.tr("{0} passages").format(book.passages)
                + (" · " + self.tr("{0} pages").format(book.pages) if book.pages else ""),
            )
            self.tree.addTopLevelItem(item)
            if book.id == selected:
                item.setSelected(True)
        self.empty_hint.setVisible(not books)
        self.tree.setVisible(bool(books))
        self._selection()

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def set_importing(self, name: str | None, stage: str = "", fraction: float = 0.0) -> None:
        """Show (or hide, with None) the import under way: which file, reading or indexing, how far."""
        busy = name is not None
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.add_button.setEnabled(not busy)
        if busy:
            words = {"reading": self.tr("Reading {0}…"), "indexing": self.tr("Indexing {0}…")}
            self.progress_label.setText(words.get(stage, self.tr("Adding {0}…")).format(name))
            self.progress.setValue(round(fraction * 100))

    def show_shelf(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_reader(self) -> None:
        self.stack.setCurrentIndex(1)

    def _selection(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.read_button, self.discuss_button, self.remind_button, self.remove_button):
            button.setEnabled(chosen)

    def _with_selected(self, action: object) -> None:
        book_id = self.selected_id()
        if book_id is not None and callable(action):
            action(book_id)

    def _title(self, book_id: str) -> str:
        return next((b.title for b in self.books if b.id == book_id), book_id)

    def _discuss(self, book_id: str) -> None:
        self.discuss_requested.emit(book_id, self._title(book_id))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a book"), "", self.tr(BOOK_FILES))
        if path:
            self.add_requested.emit(path)

    def _confirm_remove(self, book_id: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove book"),
            self.tr("Remove “{0}” and everything read from it? The file itself stays where it is.").format(
                self._title(book_id)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_requested.emit(book_id)

    def _ask_when(self, book_id: str) -> None:
        when, ok = QInputDialog.getText(
            self,
            self.tr("Remind me to return it"),
            self.tr("When should I remind you to return “{0}”?\n(e.g. “on Friday at 10am”, “every Friday”)").format(
                self._title(book_id)
            ),
        )
        if ok and when.strip():
            self.remind_requested.emit(book_id, when.strip())
