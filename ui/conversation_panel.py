"""The left side: search, a new-chat button, and the conversations (rename and delete on right-click)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .friendly_time import friendly

if TYPE_CHECKING:
    from assistant.messages import Conversation


class ConversationPanel(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all conversations (Ctrl+K)"))
        # The clear button comes with the window's first frame (finish_building): looking up its icon in
        # the icon theme cost 23 ms before the window was shown.
        self.search.textChanged.connect(self.search_changed)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.clicked.connect(self.new_requested)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list)

    def finish_building(self) -> None:
        self.search.setClearButtonEnabled(True)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_conversations(self, conversations: list[Conversation], current: str | None) -> None:
        self.list.clear()
        for conv in conversations:
            item = QListWidgetItem(conv.title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
            item.setToolTip(self.tr("{0} · {1} messages").format(friendly(conv.updated), conv.messages))
            self.list.addItem(item)
            if conv.id == current:
                self.list.setCurrentItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        conversation_id = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename…"))
        delete = menu.addAction(self.tr("Delete…"))
        chosen = menu.exec(self.list.viewport().mapToGlobal(pos))
        if chosen is rename:
            title, ok = QInputDialog.getText(self, self.tr("Rename conversation"), self.tr("Title:"), text=item.text())
            if ok and title.strip():
                self.rename_requested.emit(conversation_id, title.strip())
        elif chosen is delete:
            answer = QMessageBox.question(
                self, self.tr("Delete conversation"), self.tr("Delete “{0}” and all its messages?").format(item.text())
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.delete_requested.emit(conversation_id)
