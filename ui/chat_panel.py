"""The chat tab: the welcome screen or the messages (a list view over ChatModel), the memories the shown
reply cited, and the message box with its buttons. Widgets only; ChatController says what they do."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .book_chip import BookChip
from .chat_model import ChatModel, ChatRow
from .message_delegate import NEXT_TURN
from .sources_bar import SourcesBar
from .transcript_view import TranscriptView
from .voice_input import TalkButton, VoiceInput
from .welcome import Welcome

SHOWN_FIRST = 30  # messages of a stored conversation shown on the turn it opens; the older follow


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


class ScrollsDown(QScrollArea):
    """A page that scrolls up and down only: as wide as what it holds needs, and see-through, so it looks
    like the page it replaced."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        width = self.page.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())


class ChatPanel(QWidget):
    copied = Signal(str)  # what was put on the clipboard, as a status line

    def __init__(self, voice: VoiceInput, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ChatModel()
        self.view = TranscriptView(self.model)
        self.delegate = self.view.delegate
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._message_menu)
        self.delegate.copy_requested.connect(self.copy_message)
        self.delegate.code_copy_requested.connect(self.copy_code)
        self.delegate.link_activated.connect(self._open_link)

        self.welcome = Welcome()
        self.welcome.prompt_chosen.connect(self.use_prompt)
        # Scrolled when the window is short: squeezed below its height, the example buttons were drawn
        # over each other (a 733 x 480 window; word-wrapped labels do not make a window keep its height).
        self.welcome_page = ScrollsDown(self.welcome)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome_page)
        self.stack.addWidget(self.view)

        self.input = ChatInput()
        self.input.setPlaceholderText(self.tr("Message the assistant"))
        self.input.setFixedHeight(84)
        self.send_button = QPushButton(self.tr("Send"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.talk_button = TalkButton(voice)
        buttons = QVBoxLayout()
        for button in (self.send_button, self.stop_button, self.talk_button):
            buttons.addWidget(button)
        buttons.addWidget(self.talk_button.meter)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input)
        input_row.addLayout(buttons)

        self.sources = SourcesBar()
        self.view.clicked.connect(lambda index: self.show_sources(index.row()))
        self.book_chip = BookChip()  # the book under discussion, by the message box

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.sources)
        layout.addWidget(self.book_chip)
        layout.addLayout(input_row)
        self.setFocusProxy(self.input)  # the first thing typed goes into the message box
        self.update_empty_hint()

    def show_conversation(self, rows: list[ChatRow]) -> None:
        """A stored conversation: its newest messages at once, the older ones on the event loop's next turn,
        so neither turn lays out and measures the whole of a long one (bench/ui.py: 200 messages held
        the UI thread 46-50 ms in one turn)."""
        newest = rows[-SHOWN_FIRST:]
        # The list is shown before it is filled: shown after, it was laid out a second time.
        self.stack.setCurrentWidget(self.view if rows else self.welcome_page)
        self.model.set_rows(newest)
        older, shown = rows[: len(rows) - len(newest)], self.model.resets
        if older:
            QTimer.singleShot(NEXT_TURN, lambda: self._show_older(older, shown))

    def _show_older(self, older: list[ChatRow], shown: int) -> None:
        if self.model.resets == shown:  # not when another chat has been shown meanwhile
            self.model.prepend(older)

    def update_empty_hint(self) -> None:
        """The welcome screen while the chat is empty, the messages once there are any."""
        self.stack.setCurrentWidget(self.welcome_page if self.model.rowCount() == 0 else self.view)

    def use_prompt(self, prompt: str) -> None:
        self.input.setPlainText(prompt)
        self.input.setFocus()
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)

    def last_is_reply(self) -> bool:
        """Whether the chat ends with a reply (which can then be regenerated)."""
        return bool(self.model.rows) and self.model.rows[-1].role == "assistant"

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.delegate.set_busy(busy)

    def show_sources(self, row: int) -> None:
        """Chips for the memories message `row` cited."""
        rows = self.model.rows
        self.sources.show_citations(rows[row].citations if 0 <= row < len(rows) else [])

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
        self.copied.emit(self.tr("Message copied"))

    def copy_code(self, code: str) -> None:
        QGuiApplication.clipboard().setText(code)
        self.copied.emit(self.tr("Code copied"))

    def _open_link(self, href: str) -> None:
        url = QUrl(href)
        if url.scheme() in ("http", "https", "mailto"):  # a reply's link never runs a local file
            QDesktopServices.openUrl(url)
