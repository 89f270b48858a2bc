"""The chat as a Qt list model: one row per message; streaming grows the last row in place."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from assistant.citation import Citation

RoleRole = Qt.ItemDataRole.UserRole + 1
InterruptedRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3  # the whole ChatRow, for the delegate

Index = QModelIndex | QPersistentModelIndex


@dataclass
class ChatRow:
    role: str  # "user" or "assistant"
    text: str
    interrupted: bool = False
    citations: list[Citation] = field(default_factory=list)  # the memories cited as [1], [2] …
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat())  # ISO, as the core stores it
    grounded: bool | None = None  # drawn from the user's own notes (True), not (False), or not said (None)

    @property
    def mark(self) -> bool | None:
        """What the reply's stripe and badge say: "from your notes" only when it cites some. A reminder set or
        a question asked back is grounded (not the model's knowledge) but drawn from no note, and was shown
        "✓ From your notes"; it is shown unmarked."""
        return None if self.grounded and not self.citations else self.grounded


class ChatModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ChatRow] = []
        self.resets = 0  # how many times the rows were replaced: work queued for the old rows checks it

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == RoleRole:
            return row.role
        if role == InterruptedRole:
            return row.interrupted
        if role == RowRole:
            return row
        return None

    def set_rows(self, rows: list[ChatRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.resets += 1
        self.endResetModel()

    def prepend(self, rows: list[ChatRow]) -> None:
        """Older messages above those shown."""
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows[:0] = rows
            self.endInsertRows()

    def append(self, row: ChatRow) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def extend_last(self, piece: str) -> None:
        """A streamed piece of the reply being written."""
        self.rows[-1].text += piece
        last = self.index(len(self.rows) - 1)
        self.dataChanged.emit(last, last, [Qt.ItemDataRole.DisplayRole])

    def finish_last(
        self, text: str, interrupted: bool, citations: list[Citation] | None = None, grounded: bool | None = None
    ) -> None:
        self.rows[-1].text, self.rows[-1].interrupted = text, interrupted
        self.rows[-1].citations = citations or []
        self.rows[-1].grounded = grounded
        last = self.index(len(self.rows) - 1)
        self.dataChanged.emit(last, last)
