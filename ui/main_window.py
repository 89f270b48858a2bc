"""The main window: conversations on the left, the chat on the right, replies streamed as they come.

Every call into the core goes through CoreRunner, so the window stays responsive while the model loads
or answers; the window is shown before the model has loaded.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.assistant import Assistant, TurnResult
from assistant.conversations import Conversation, Message

from .chat_model import ChatModel, ChatRow
from .message_delegate import MessageDelegate
from .ops import CoreRunner

log = logging.getLogger(__name__)


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


class MainWindow(QMainWindow):
    token = Signal(str)  # emitted from the core thread, delivered on the UI thread
    model_ready = Signal()
    reply_finished = Signal(object)  # TurnResult

    def __init__(self, model_path: str | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("Assistant"))
        self.resize(960, 680)
        self.runner = CoreRunner(self)
        self.assistant: Assistant | None = None
        self.conversation_id: str | None = None
        self.busy = False
        self._build()
        self.token.connect(self.chat_model.extend_last)
        self.set_status(self.tr("Loading model…"))
        self.runner.run(lambda: self._start_core(model_path), self._core_started, self._failed)

    # Layout -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.clicked.connect(self.new_chat)
        self.conversation_list = QListWidget()
        self.conversation_list.itemClicked.connect(self._conversation_clicked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.conversation_list)

        self.chat_model = ChatModel()
        self.chat_view = QListView()
        self.chat_view.setModel(self.chat_model)
        self.chat_view.setItemDelegate(MessageDelegate(self.chat_view))
        self.chat_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.chat_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.chat_view.setWordWrap(True)
        self.chat_model.rowsInserted.connect(lambda *_: self.chat_view.scrollToBottom())
        self.chat_model.dataChanged.connect(self._relayout_last)

        self.empty_hint = QLabel(self.tr(
            "Ask anything, or tell me about yourself. Everything stays on this computer."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)

        self.input = ChatInput()
        self.input.setPlaceholderText(self.tr("Message the assistant (Enter sends, Shift+Enter new line)"))
        self.input.setFixedHeight(80)
        self.input.submitted.connect(self.send)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input)
        input_row.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(self.chat_view, 1)
        right_layout.addLayout(input_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 720])
        self.setCentralWidget(splitter)
        self._update_empty_hint()

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_chat)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.stop)

    def set_status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def _update_empty_hint(self) -> None:
        self.empty_hint.setVisible(self.chat_model.rowCount() == 0)

    def _relayout_last(self, *_: object) -> None:
        # Row heights depend on the text; ask the view to measure the growing reply again.
        self.chat_view.doItemsLayout()
        self.chat_view.scrollToBottom()

    # Core calls (each runs on the core thread, its result comes back here) -----------------------------

    def _start_core(self, model_path: str | None) -> tuple[list[Conversation], str]:
        assistant = Assistant.open(model_path=model_path)
        self.assistant = assistant  # from here on, a message typed while the model loads queues behind it
        conversations = assistant.conversations.list()
        return conversations, assistant.engine().name

    def _core_started(self, started: tuple[list[Conversation], str]) -> None:
        conversations, model_name = started
        self._show_conversations(conversations)
        self.set_status(self.tr("Ready — {0}").format(model_name))
        self.model_ready.emit()

    def _failed(self, error: BaseException) -> None:
        log.info("shown to the user: %s", error)
        self.set_status(str(error))
        self._set_busy(False)

    def _show_conversations(self, conversations: list[Conversation]) -> None:
        self.conversation_list.clear()
        for conv in conversations:
            item = QListWidgetItem(conv.title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
            item.setToolTip(conv.updated[:16].replace("T", " "))
            self.conversation_list.addItem(item)
            if conv.id == self.conversation_id:
                item.setSelected(True)

    def _conversation_clicked(self, item: QListWidgetItem) -> None:
        if self.busy or self.assistant is None:
            return
        conversation_id = item.data(Qt.ItemDataRole.UserRole)
        assistant = self.assistant
        self.runner.run(lambda: assistant.conversations.messages(conversation_id),
                        lambda messages: self._show_messages(conversation_id, messages), self._failed)

    def _show_messages(self, conversation_id: str, messages: list[Message]) -> None:
        self.conversation_id = conversation_id
        self.chat_model.set_rows([ChatRow(m.role, m.content, m.interrupted) for m in messages])
        self._update_empty_hint()
        self.chat_view.scrollToBottom()

    def new_chat(self) -> None:
        if self.busy:
            return
        self.conversation_id = None
        self.chat_model.set_rows([])
        self.conversation_list.clearSelection()
        self._update_empty_hint()
        self.input.setFocus()

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.busy:
            return
        if self.assistant is None:
            self.set_status(self.tr("Still loading the model; your message is kept here."))
            return
        self.input.clear()
        self.chat_model.append(ChatRow("user", text))
        self.chat_model.append(ChatRow("assistant", ""))
        self._update_empty_hint()
        self._set_busy(True)
        self.set_status(self.tr("Thinking…"))
        assistant, conversation_id = self.assistant, self.conversation_id
        self.runner.run(lambda: assistant.handle(text, conversation_id, on_token=self.token.emit),
                        self._reply_done, self._reply_failed)

    def stop(self) -> None:
        if self.busy and self.assistant is not None:
            self.assistant.stop()  # only sets a flag: safe from the UI thread

    def _reply_done(self, result: TurnResult) -> None:
        self.conversation_id = result.conversation
        self.chat_model.finish_last(result.reply, result.interrupted)
        self._set_busy(False)
        self.set_status(self.tr("Stopped") if result.interrupted else self.tr("Ready"))
        self.reply_finished.emit(result)
        assistant = self.assistant
        assert assistant is not None
        self.runner.run(assistant.conversations.list, self._show_conversations, self._failed)

    def _reply_failed(self, error: BaseException) -> None:
        # The question was not answered: put it back so nothing typed is lost.
        rows = self.chat_model.rows
        if len(rows) >= 2 and rows[-1].role == "assistant" and not rows[-1].text:
            question = rows[-2].text
            self.chat_model.set_rows(rows[:-2])
            self.input.setPlainText(question)
        self._failed(error)
        self._update_empty_hint()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.new_button.setEnabled(not busy)

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        self.stop()
        self.runner.wait(10000)
        super().closeEvent(event)  # type: ignore[arg-type]
