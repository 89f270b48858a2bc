"""The chat's glue: send, regenerate and stop replies on the core thread, stream them into the chat, and
show a stored conversation. One reply at a time: while one is being written the chat is busy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .chat_model import ChatRow
from .chat_panel import ChatPanel
from .core_session import CoreSession
from .reply_speaker import ReplySpeaker
from .voice_input import VoiceInput

if TYPE_CHECKING:
    from assistant.messages import Message
    from assistant.turn import TurnResult


class ChatController(QObject):
    token = Signal(str)  # emitted from the core thread, delivered on the UI thread
    reply_finished = Signal(object)  # TurnResult
    busy_changed = Signal(bool)
    cleared = Signal()  # a new, empty chat is shown

    def __init__(self, session: CoreSession, voice: VoiceInput, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.conversation_id: str | None = None
        self.busy = False
        self.panel = ChatPanel(voice)
        self.panel.input.submitted.connect(self.send)
        self.panel.send_button.clicked.connect(self.send)
        self.panel.stop_button.clicked.connect(self.stop)
        self.panel.delegate.regenerate_requested.connect(lambda _row: self.regenerate())
        self.panel.delegate.speak_requested.connect(self.speak)
        self.panel.copied.connect(session.status)
        voice.heard.connect(self._heard)
        voice.failed.connect(session.status)
        self.reply_speaker = ReplySpeaker(voice.failed.emit, session.status, self)
        self.token.connect(self.panel.model.extend_last)
        self.token.connect(self.reply_speaker.feed)

    def new_chat(self) -> None:
        if self.busy:
            return
        self.conversation_id = None
        self.panel.model.set_rows([])
        self.cleared.emit()
        self.panel.update_empty_hint()
        self.panel.input.setFocus()

    def open_conversation(self, conversation_id: str) -> None:
        if self.busy:
            return
        self.session.call(
            lambda a: a.conversations.messages(conversation_id),
            lambda messages: self._show_messages(conversation_id, messages),
        )

    def _show_messages(self, conversation_id: str, messages: list[Message]) -> None:
        self.conversation_id = conversation_id
        self.panel.show_conversation(
            [
                ChatRow(m.role, m.content, m.interrupted, m.citations, m.created, getattr(m, "grounded", None))
                for m in messages
            ]
        )
        self.panel.show_sources(self.panel.model.rowCount() - 1)
        self.panel.view.scrollToBottom()

    def send(self) -> None:
        text = self.panel.input.toPlainText().strip()
        if not text or self.busy:
            return
        if self.session.assistant is None:
            self.session.status(self.tr("Still starting up; your message is kept here."))
            return
        self.panel.input.clear()
        self.panel.model.append(ChatRow("user", text))
        self._start_reply()
        conversation_id, book = self.conversation_id, self.panel.book_chip.book_id or None
        self.session.call(
            lambda a: a.handle(text, conversation_id, on_token=self.token.emit, book=book),
            self._reply_done,
            self._reply_failed,
        )

    def regenerate(self) -> None:
        if self.busy or self.session.assistant is None or self.conversation_id is None:
            return
        if not self.panel.last_is_reply():
            return
        self.panel.model.set_rows(self.panel.model.rows[:-1])
        self._start_reply()
        conversation_id, book = self.conversation_id, self.panel.book_chip.book_id or None
        self.session.call(
            lambda a: a.regenerate(conversation_id, on_token=self.token.emit, book=book), self._reply_done
        )

    def _start_reply(self) -> None:
        self.reply_speaker.prepare(self.session.assistant)
        self.panel.model.append(ChatRow("assistant", ""))
        self.panel.update_empty_hint()
        self.set_busy(True)
        self.session.status(self.tr("Thinking…"))

    def discuss(self, book_id: str, title: str) -> None:
        """Answer from this book until the chip by the message box is cleared."""
        self.panel.book_chip.choose(book_id, title)
        self.panel.input.setFocus()

    def forget_book(self, book_id: str) -> None:
        """The book was removed from the library: it can no longer be discussed."""
        if self.panel.book_chip.book_id == book_id:
            self.panel.book_chip.clear()

    def stop(self) -> None:
        self.reply_speaker.stop()
        if self.busy and self.session.assistant is not None:
            self.session.assistant.stop()  # only sets a flag: safe from the UI thread

    def speak(self, row: int) -> None:
        """Read one message aloud (its action under the bubble); Esc or Stop silences it."""
        self.reply_speaker.say(self.session.assistant, self.panel.model.rows[row].text)

    def _reply_done(self, result: TurnResult) -> None:
        self.conversation_id = result.conversation
        self.panel.model.finish_last(
            result.reply, result.interrupted, result.citations, getattr(result, "grounded", None)
        )
        self.reply_speaker.finish(result.reply)
        self.panel.show_sources(len(self.panel.model.rows) - 1)
        self.set_busy(False)
        self.session.status(self.tr("Stopped") if result.interrupted else self.tr("Ready"))
        self.reply_finished.emit(result)

    def _reply_failed(self, error: BaseException) -> None:
        # The question was not answered: put it back so nothing typed is lost.
        rows = self.panel.model.rows
        if len(rows) >= 2 and rows[-1].role == "assistant" and not rows[-1].text:
            question = rows[-2].text
            self.panel.model.set_rows(rows[:-2])
            self.panel.input.setPlainText(question)
        self.session.failed(error)
        self.panel.update_empty_hint()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.panel.set_busy(busy)
        self.busy_changed.emit(busy)

    def _heard(self, transcript: str) -> None:
        # Shown before it is sent: speech recognition mishears, and the user should see what it heard.
        self.panel.input.setPlainText(transcript)
        self.panel.input.setFocus()
        self.session.status(self.tr("Heard you — check the words, then press Enter to send."))
