"""What the assistant knows: browse and search memories and the profile, forget (with confirmation),
import files in the background with a progress bar, export. Every call is the core's, as in the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .friendly_time import friendly
from .memory_rows import ASKED_KIND, MemoryRow
from .memory_words import kind_label, one_line, source_words

if TYPE_CHECKING:
    from assistant.memory.model import Memory

translate = QCoreApplication.translate  # a plain name lupdate recognises, with the context spelled out

KINDS = ["", "profile", "fact", "turn", "document", "summary", ASKED_KIND]


@dataclass(frozen=True)
class ShownMemory:
    """A row with its words: one line of text, the kind, the date and the origin."""

    row: MemoryRow
    columns: tuple[str, str, str, str]


def shown(row: MemoryRow) -> ShownMemory:
    """The row's words. The controller calls this on the core thread: wording 500 dates and origins held
    the UI thread 0.14 s after a book import (bench/ui.py); Qt's locale and translate are thread-safe."""
    m = row.memory
    text = one_line(m.text)
    if row.replaced:
        text = translate("MemoryPanel", "{0}  (replaced by a newer fact)").format(text)
    elif row.partly:
        text = translate("MemoryPanel", "{0}  (partly replaced)").format(text)
    return ShownMemory(row, (text, kind_label(m.kind), friendly(m.created), source_words(m.source, m.created)))


class MemoryPanel(QWidget):
    refresh_requested = Signal(str, str)  # query ("" for all), kind ("" for every kind)
    forget_requested = Signal(list)  # ids
    edit_requested = Signal(str, str)  # id, the corrected words
    import_requested = Signal(str)  # path
    export_requested = Signal(str)  # path

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search what I know about you"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.refresh)
        self.kind = QComboBox()
        for kind, label in zip(
            KINDS,
            [
                self.tr("Everything you told me"),
                self.tr("Profile"),
                self.tr("Facts"),
                self.tr("Notes and remarks"),
                self.tr("From files"),
                self.tr("Summaries"),
                self.tr("Questions and commands"),
            ],
            strict=True,
        ):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Memory"), self.tr("Kind"), self.tr("When"), self.tr("Where from")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)  # one line each: long memories are elided, whole in the tooltip
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the memory's words get the room
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.tree.itemSelectionChanged.connect(self._selection)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self._edit)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())
        self.forget_button = QPushButton(self.tr("Forget…"))
        self.forget_button.clicked.connect(self._forget)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.choose_export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: an import is one commit, so there is no partial count to show
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.kind)
        actions = QHBoxLayout()
        for b in (self.edit_button, self.forget_button, self.import_button, self.export_button):
            actions.addWidget(b)
        actions.addWidget(self.progress, 1)
        # An empty table said nothing to a new user: say how memories get here, or that a search found none.
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(actions)
        self._selection()

    def refresh(self) -> None:
        self.refresh_requested.emit(self.query.text().strip(), self.kind.currentData() or "")

    def show_memories(self, rows: Sequence[MemoryRow | ShownMemory]) -> None:
        self.tree.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        items = []
        for shown_row in rows:
            if isinstance(shown_row, MemoryRow):
                shown_row = shown(shown_row)
            row = shown_row.row
            m: Memory = row.memory
            item = QTreeWidgetItem(list(shown_row.columns))
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            item.setData(1, Qt.ItemDataRole.UserRole, m.text)
            item.setToolTip(0, m.text)
            if row.replaced:
                font = QFont(item.font(0))
                font.setStrikeOut(True)
                item.setFont(0, font)
                for column in range(4):
                    item.setForeground(column, muted)
            items.append(item)
        self.tree.addTopLevelItems(items)  # one insertion, not one per row
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)
        self.tree.setColumnWidth(3, min(220, self.tree.sizeHintForColumn(3)))
        if self.query.text().strip():
            self.empty_hint.setText(self.tr("Nothing found."))
        else:
            self.empty_hint.setText(
                self.tr("Nothing here yet. Say “remember that …” in the chat, or bring in notes with Import…")
            )
        self.empty_hint.setVisible(not items)
        self._selection()

    def _selected(self) -> list[tuple[str, str]]:
        return [
            (i.data(0, Qt.ItemDataRole.UserRole), i.data(1, Qt.ItemDataRole.UserRole))
            for i in self.tree.selectedItems()
        ]

    def _selection(self) -> None:
        self.forget_button.setEnabled(bool(self._selected()))
        self.edit_button.setEnabled(len(self._selected()) == 1)

    def _edit(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            return
        memory_id, text = chosen[0]
        corrected, ok = QInputDialog.getMultiLineText(self, self.tr("Edit memory"), self.tr("What is true:"), text)
        if ok and corrected.strip() and corrected.strip() != text:
            self.edit_requested.emit(memory_id, corrected.strip())

    def _forget(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        listed = "\n".join(f"• {text[:120]}" for _, text in chosen[:10]) + ("\n…" if len(chosen) > 10 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Forget"),
            self.tr("Forget these {0} memories for good? They are removed from every index.\n\n{1}").format(
                len(chosen), listed
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_requested.emit([memory_id for memory_id, _ in chosen])

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import into memory"), "", self.tr("Notes and books (*.jsonl *.txt *.md);;All files (*)")
        )
        if path:
            self.import_requested.emit(path)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export memories"), "memories.jsonl", self.tr("JSON Lines (*.jsonl)")
        )
        if path:
            self.export_requested.emit(path)

    def set_importing(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.import_button.setEnabled(not busy)
