"""Reminders: add one by typing a sentence (the parsed time shown before saving), and snooze, done,
cancel; recurring ones show their next times. The parsing and storing are the core's, as in the CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .friendly_time import at
from .status_words import reminder_status
from .ui_language import chinese

if TYPE_CHECKING:
    from assistant.reminders.model import ReminderRow


class RemindersPanel(QWidget):
    preview_requested = Signal(str)  # a sentence to parse, not store
    add_requested = Signal(str)
    snooze_requested = Signal(int, int)  # id, minutes
    done_requested = Signal(int)
    cancel_requested = Signal(int)
    book_requested = Signal(str)  # book id: open the book a reminder was set from

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sentence = QLineEdit()
        self.sentence.setPlaceholderText(self.tr("e.g. remind me every Friday at 5pm to return the library book"))
        self.sentence.textChanged.connect(self._changed)
        self.sentence.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        self.add_button.setEnabled(False)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Reminder"), self.tr("Repeats"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.itemSelectionChanged.connect(self._selection)
        self.snooze_button = QPushButton(self.tr("Snooze 10 min"))
        self.done_button = QPushButton(self.tr("Done"))
        self.cancel_button = QPushButton(self.tr("Cancel reminder"))
        self.snooze_button.clicked.connect(lambda: self._act(lambda i: self.snooze_requested.emit(i, 10)))
        self.done_button.clicked.connect(lambda: self._act(self.done_requested.emit))
        self.cancel_button.clicked.connect(lambda: self._act(self.cancel_requested.emit))
        self.book_button = QPushButton(self.tr("Open the book"))
        self.book_button.clicked.connect(self._open_book)
        self.book_button.setVisible(False)  # shown for a reminder set about a book
        self.tree.itemSelectionChanged.connect(self._book_selection)
        self.tree.itemActivated.connect(lambda *_: self._open_book())
        row = QHBoxLayout()
        row.addWidget(self.sentence, 1)
        row.addWidget(self.add_button)
        actions = QHBoxLayout()
        for b in (self.snooze_button, self.done_button, self.cancel_button):
            actions.addWidget(b)
        actions.addWidget(self.book_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        self._selection()

    def _changed(self, text: str) -> None:
        self.add_button.setEnabled(False)
        if text.strip():
            self.preview_requested.emit(text.strip())
        else:
            self.preview.clear()

    def show_preview(self, sentence: str, text: str, ok: bool) -> None:
        """The parsed reading of `sentence` (ignored if the user has typed on since). The core says why a
        sentence cannot be read in English only, so a Chinese window gives its own hint instead."""
        if sentence != self.sentence.text().strip():
            return
        if not ok and chinese():
            text = self.tr("Say when and what, e.g. 'remind me on Friday at 9 to call Ana'.")
        self.preview.setText(text)
        self.add_button.setEnabled(ok)

    def _add(self) -> None:
        if self.add_button.isEnabled():
            self.add_requested.emit(self.sentence.text().strip())

    def added(self) -> None:
        self.sentence.clear()

    def show_reminders(self, rows: list[ReminderRow]) -> None:
        from assistant.reminders.display import describe_zh
        from assistant.reminders.recurrence import describe

        self.tree.clear()
        for row in rows:
            reminder = row.reminder
            repeats = ""
            if reminder.rrule:
                rule = describe_zh(reminder.rrule) if chinese() else describe(reminder.rrule)
                later = self.tr(", ").join(at(t) for t in row.next[1:])
                repeats = self.tr("{0}, then {1}").format(rule, later) if later else rule
            item = QTreeWidgetItem([at(reminder.due), reminder.task, repeats, reminder_status(reminder.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, reminder.id)
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self._selection()

    def mark_books(self, books: dict[int, str]) -> None:
        """Link each reminder set about a book (reminder id → book id) to it."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            book_id = books.get(item.data(0, Qt.ItemDataRole.UserRole), "")
            item.setData(1, Qt.ItemDataRole.UserRole, book_id)
            if book_id:
                item.setToolTip(1, self.tr("Set from the Library: double-click to open the book"))
        self._book_selection()

    def _selected_book(self) -> str:
        items = self.tree.selectedItems()
        return (items[0].data(1, Qt.ItemDataRole.UserRole) or "") if items else ""

    def _book_selection(self) -> None:
        book_id = self._selected_book()
        self.book_button.setVisible(bool(book_id))

    def _open_book(self) -> None:
        book_id = self._selected_book()
        if book_id:
            self.book_requested.emit(book_id)

    def _selected_id(self) -> int | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selection(self) -> None:
        chosen = self._selected_id() is not None
        for b in (self.snooze_button, self.done_button, self.cancel_button):
            b.setEnabled(chosen)

    def _act(self, action) -> None:  # type: ignore[no-untyped-def]
        reminder_id = self._selected_id()
        if reminder_id is not None:
            action(reminder_id)
