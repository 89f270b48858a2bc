"""The chat tab: the messages (a list view over ChatModel), the memories the shown reply cited, and the
message box with its buttons. Widgets only; ChatController says what they do."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .chat_model import ChatModel
from .message_delegate import MessageDelegate
from .sources_bar import SourcesBar
from .voice_input import TalkButton, VoiceInput


class ChatInput(QPlainTextEdit):
    """Enter sends; Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ChatPanel(QWidget):
    def __init__(self, voice: VoiceInput, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ChatModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(MessageDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._message_menu)
        self.model.rowsInserted.connect(lambda *_: self.view.scrollToBottom())
        self.model.dataChanged.connect(self._relayout_last)

        self.empty_hint = QLabel(self.tr(
            "Ask anything, or tell me about yourself. Everything stays on this computer.\n\n"
            "Enter sends · Shift+Enter new line · Ctrl+N new chat · Ctrl+K search · Esc stops a reply"))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)

        self.input = ChatInput()
        self.input.setPlaceholderText(self.tr("Message the assistant"))
        self.input.setFixedHeight(84)
        self.send_button = QPushButton(self.tr("Send"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setEnabled(False)
        self.talk_button = TalkButton(voice)
        buttons = QVBoxLayout()
        for button in (self.send_button, self.stop_button, self.regenerate_button, self.talk_button):
            buttons.addWidget(button)
        buttons.addWidget(self.talk_button.meter)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input)
        input_row.addLayout(buttons)

        self.sources = SourcesBar()
        self.view.clicked.connect(lambda index: self.show_sources(index.row()))

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.sources)
        layout.addLayout(input_row)
        self.update_empty_hint()

    def update_empty_hint(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def last_is_reply(self) -> bool:
        """Whether the chat ends with a reply (which can then be regenerated)."""
        return bool(self.model.rows) and self.model.rows[-1].role == "assistant"

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.regenerate_button.setEnabled(not busy and self.last_is_reply())

    def show_sources(self, row: int) -> None:
        """Chips for the memories message `row` cited."""
        rows = self.model.rows
        self.sources.show_citations(rows[row].citations if 0 <= row < len(rows) else [])

    def _relayout_last(self, *_: object) -> None:
        # Row heights depend on the text; ask the view to measure the growing reply again.
        self.view.doItemsLayout()
        self.view.scrollToBottom()

    def _message_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        if menu.exec(self.view.viewport().mapToGlobal(pos)) is copy:
            self.copy_message(index.row())

    def copy_message(self, row: int) -> None:
        QGuiApplication.clipboard().setText(self.model.rows[row].text)
