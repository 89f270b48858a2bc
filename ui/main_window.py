"""The main window: conversations on the left, the chat on the right, replies streamed as they come.

Every call into the core goes through CoreRunner, so the window stays responsive while the model loads
or answers; the window is shown before the model has loaded.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.config import Settings

from .chat_model import ChatModel, ChatRow
from .conversation_panel import ConversationPanel
from .core_session import CoreSession, core
from .memory_controller import MemoryController
from .message_delegate import MessageDelegate
from .ops import CoreRunner
from .reminders_controller import RemindersController
from .settings_dialog import SettingsDialog
from .tasks_controller import TasksController
from .tray import Tray
from .tray_notifier import TrayNotifier
from .voice_input import TalkButton, VoiceInput

if TYPE_CHECKING:
    from assistant.assistant import Assistant, TurnResult
    from assistant.conversations import Conversation, Message
    from assistant.notify.base import Notification
    from assistant.worker import Worker


log = logging.getLogger(__name__)

ICON = Path(__file__).parent / "resources" / "assistant.svg"


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
    settings_applied = Signal(object)  # Settings, or the exception that refused them
    data_deleted = Signal()

    def __init__(self, model_path: str | None = None, run_worker: bool = True):
        super().__init__()
        self.setWindowTitle(self.tr("Assistant"))
        self.setWindowIcon(QIcon(str(ICON)))
        self.resize(980, 700)
        self.runner = CoreRunner(self)
        self.session = CoreSession(self.runner, self.set_status, self._failed)
        self.conversation_id: str | None = None
        self.busy = False
        self.quitting = False
        self.closing = False
        self.speaking = False  # the reply being streamed is also being spoken
        self.spoken = False
        self.run_worker = run_worker
        self.worker: Worker | None = None
        self.notifier = TrayNotifier(self)
        self.notifier.delivered.connect(self._notified)
        self._build()
        self.tray = Tray(QIcon(str(ICON)), self)
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.new_chat_requested.connect(lambda: (self.bring_forward(), self.new_chat()))
        self.tray.quit_requested.connect(self.quit)
        self.token.connect(self.chat_model.extend_last)
        self.token.connect(self._speak_piece)
        self.speaker: Any = None  # assistant.voice.speaker.Speaker, made when replies are to be spoken
        self.set_status(self.tr("Loading model…"))
        self.runner.run(lambda: self._start_core(model_path), self._core_started, self._failed)

    @property
    def assistant(self) -> Assistant | None:
        return self.session.assistant

    # Layout -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.conversations = ConversationPanel()
        self.conversations.open_requested.connect(self.open_conversation)
        self.conversations.new_requested.connect(self.new_chat)
        self.conversations.rename_requested.connect(self._rename)
        self.conversations.delete_requested.connect(self._delete)
        self.conversations.search_changed.connect(self._search)

        self.chat_model = ChatModel()
        self.chat_view = QListView()
        self.chat_view.setModel(self.chat_model)
        self.chat_view.setItemDelegate(MessageDelegate(self.chat_view))
        self.chat_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.chat_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.chat_view.setWordWrap(True)
        self.chat_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chat_view.customContextMenuRequested.connect(self._message_menu)
        self.chat_model.rowsInserted.connect(lambda *_: self.chat_view.scrollToBottom())
        self.chat_model.dataChanged.connect(self._relayout_last)

        self.empty_hint = QLabel(self.tr(
            "Ask anything, or tell me about yourself. Everything stays on this computer.\n\n"
            "Enter sends · Shift+Enter new line · Ctrl+N new chat · Ctrl+K search · Esc stops a reply"))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)

        self.input = ChatInput()
        self.input.setPlaceholderText(self.tr("Message the assistant"))
        self.input.setFixedHeight(84)
        self.input.submitted.connect(self.send)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.clicked.connect(self.regenerate)
        self.regenerate_button.setEnabled(False)
        self.voice = VoiceInput(self)
        self.talk_button = TalkButton(self.voice)
        self.voice.heard.connect(self._heard)
        self.voice.failed.connect(self.set_status)
        buttons = QVBoxLayout()
        for button in (self.send_button, self.stop_button, self.regenerate_button, self.talk_button):
            buttons.addWidget(button)
        buttons.addWidget(self.talk_button.meter)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input)
        input_row.addLayout(buttons)

        # The memories the shown reply cited, as chips: click one to see it, where it came from, and to forget it.
        self.sources = QWidget()
        self.sources_layout = QHBoxLayout(self.sources)
        self.sources_layout.setContentsMargins(0, 0, 0, 0)
        self.sources.hide()
        self.chat_view.clicked.connect(lambda index: self.show_sources(index.row()))

        chat = QWidget()
        chat_layout = QVBoxLayout(chat)
        chat_layout.addWidget(self.empty_hint)
        chat_layout.addWidget(self.chat_view, 1)
        chat_layout.addWidget(self.sources)
        chat_layout.addLayout(input_row)

        self.reminders = RemindersController(self.session, self)
        self.tasks = TasksController(self.session, self)

        self.tabs = QTabWidget()
        self.tabs.addTab(chat, self.tr("Chat"))
        self.tabs.addTab(self.reminders.panel, self.tr("Reminders"))
        self.tabs.addTab(self.tasks.panel, self.tr("Tasks"))
        self.memory = MemoryController(self.session, self)
        self.tabs.addTab(self.memory.panel, self.tr("Memory"))
        self.tabs.currentChanged.connect(self._tab_changed)

        splitter = QSplitter()
        splitter.addWidget(self.conversations)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 730])
        self.setCentralWidget(splitter)
        self._update_empty_hint()

        menu = self.menuBar().addMenu(self.tr("&Assistant"))
        menu.addAction(self.tr("New chat"), QKeySequence.StandardKey.New, self.new_chat)
        menu.addAction(self.tr("Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.quit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.stop)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self._focus_search)
        self.voice.check()

    def set_status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def _update_empty_hint(self) -> None:
        self.empty_hint.setVisible(self.chat_model.rowCount() == 0)

    def _relayout_last(self, *_: object) -> None:
        # Row heights depend on the text; ask the view to measure the growing reply again.
        self.chat_view.doItemsLayout()
        self.chat_view.scrollToBottom()

    def _focus_search(self) -> None:
        self.conversations.search.setFocus()
        self.conversations.search.selectAll()

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # Core calls (each runs on the core thread, its result comes back here) -----------------------------

    def _start_core(self, model_path: str | None) -> tuple[list[Conversation], str]:
        assistant = core().open_assistant(model_path)
        self.session.assistant = assistant  # from here on, a message typed while the model loads queues behind it
        return core().conversations_and_model(assistant)

    def _core_started(self, started: tuple[list[Conversation], str]) -> None:
        conversations, model_name = started
        if self.assistant is not None:
            self.voice.model = self.assistant.settings.whisper_model
            self.voice.language = self.assistant.settings.voice_language
        self.conversations.show_conversations(conversations, self.conversation_id)
        self.set_status(self.tr("Ready — {0}").format(model_name))
        self.model_ready.emit()
        if self.run_worker:
            self.runner.run(self._start_worker, self._worker_started, self._failed)

    # The worker: reminders and offline tasks, in this process while the window runs ------------------

    def _start_worker(self) -> str:
        if self.closing:
            return "not started: closing"
        # None when `assistant worker` (systemd, autostart) already serves this data folder: its desktop
        # notifications reach the user, so the window does not compete with it.
        self.worker = core().start_worker([self.notifier])
        return "here" if self.worker else "elsewhere"

    def _worker_started(self, where: str) -> None:
        log.info("worker running %s", where)
        self.reminders.refresh()

    def _notified(self, note: Notification) -> None:
        self.tray.notify(note.title, note.body)
        self.reminders.refresh()
        self.tasks.refresh()

    def _failed(self, error: BaseException) -> None:
        log.info("shown to the user: %s", error)
        self.set_status(str(error) if str(error) else type(error).__name__)
        self._set_busy(False)

    def refresh_conversations(self) -> None:
        assistant = self.assistant
        if assistant is None:
            return
        query = self.conversations.search.text().strip()
        fetch = (lambda: assistant.conversations.search(query)) if query else assistant.conversations.list
        self.runner.run(fetch, lambda rows: self.conversations.show_conversations(rows, self.conversation_id),
                        self._failed)

    def _search(self, _text: str) -> None:
        self.refresh_conversations()

    def open_conversation(self, conversation_id: str) -> None:
        if self.busy or self.assistant is None:
            return
        assistant = self.assistant
        self.runner.run(lambda: assistant.conversations.messages(conversation_id),
                        lambda messages: self._show_messages(conversation_id, messages), self._failed)

    def _show_messages(self, conversation_id: str, messages: list[Message]) -> None:
        self.conversation_id = conversation_id
        self.chat_model.set_rows([ChatRow(m.role, m.content, m.interrupted, m.citations) for m in messages])
        self.show_sources(len(messages) - 1)
        self.regenerate_button.setEnabled(bool(messages) and messages[-1].role == "assistant")
        self._update_empty_hint()
        self.chat_view.scrollToBottom()

    def _rename(self, conversation_id: str, title: str) -> None:
        assistant = self.assistant
        if assistant is not None:
            self.runner.run(lambda: assistant.conversations.rename(conversation_id, title),
                            lambda _: self.refresh_conversations(), self._failed)

    def _delete(self, conversation_id: str) -> None:
        assistant = self.assistant
        if assistant is None or self.busy:
            return
        if conversation_id == self.conversation_id:
            self.new_chat()
        self.runner.run(lambda: assistant.conversations.delete(conversation_id),
                        lambda _: self.refresh_conversations(), self._failed)

    def new_chat(self) -> None:
        if self.busy:
            return
        self.conversation_id = None
        self.chat_model.set_rows([])
        self.conversations.list.clearSelection()
        self.regenerate_button.setEnabled(False)
        self._update_empty_hint()
        self.input.setFocus()

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.busy:
            return
        if self.assistant is None:
            self.set_status(self.tr("Still starting up; your message is kept here."))
            return
        self.input.clear()
        self.chat_model.append(ChatRow("user", text))
        self._start_reply()
        assistant, conversation_id = self.assistant, self.conversation_id
        self.runner.run(lambda: assistant.handle(text, conversation_id, on_token=self.token.emit),
                        self._reply_done, self._reply_failed)

    def regenerate(self) -> None:
        if self.busy or self.assistant is None or self.conversation_id is None:
            return
        rows = self.chat_model.rows
        if not rows or rows[-1].role != "assistant":
            return
        self.chat_model.set_rows(rows[:-1])
        self._start_reply()
        assistant, conversation_id = self.assistant, self.conversation_id
        self.runner.run(lambda: assistant.regenerate(conversation_id, on_token=self.token.emit),
                        self._reply_done, self._failed)

    def _start_reply(self) -> None:
        self._prepare_speaker()
        self.chat_model.append(ChatRow("assistant", ""))
        self._update_empty_hint()
        self._set_busy(True)
        self.set_status(self.tr("Thinking…"))

    def stop(self) -> None:
        if self.speaker is not None:
            self.speaker.stop()  # silence is instant, even after the reply has finished streaming
        if self.busy and self.assistant is not None:
            self.assistant.stop()  # only sets a flag: safe from the UI thread

    def _reply_done(self, result: TurnResult) -> None:
        self.conversation_id = result.conversation
        self.chat_model.finish_last(result.reply, result.interrupted, result.citations)
        if self.speaking:
            if not self.spoken:  # a checked answer arrives whole, after generation: speak it now
                self.speaker.feed(result.reply)
            self.speaker.finish()
        self.speaking = False
        self.show_sources(len(self.chat_model.rows) - 1)
        self._set_busy(False)
        self.set_status(self.tr("Stopped") if result.interrupted else self.tr("Ready"))
        self.reply_finished.emit(result)
        self.refresh_conversations()

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
        self.regenerate_button.setEnabled(not busy and bool(self.chat_model.rows)
                                          and self.chat_model.rows[-1].role == "assistant")
        self.conversations.new_button.setEnabled(not busy)

    def _message_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.chat_view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        if menu.exec(self.chat_view.viewport().mapToGlobal(pos)) is copy:
            self.copy_message(index.row())

    def copy_message(self, row: int) -> None:
        QGuiApplication.clipboard().setText(self.chat_model.rows[row].text)

    # Panels ------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.memory.panel:
            self.memory.panel.refresh()
        if self.tabs.widget(index) is self.reminders.panel:
            self.reminders.refresh()
        self.tasks.follow_progress(self.tabs.widget(index) is self.tasks.panel)

    def _prepare_speaker(self) -> None:
        """Replies are spoken sentence by sentence as they stream, when the setting says so."""
        self.speaking, self.spoken = False, False
        if self.assistant is None or not self.assistant.settings.speak_replies:
            return
        if self.speaker is None:
            try:
                from assistant.voice.speaker import Speaker

                self.speaker = Speaker(on_error=lambda e: self.voice.failed.emit(str(e)))
            except Exception as e:  # no sound output: say so once, keep replying in text
                self.set_status(self.tr("Replies are not spoken: {0}").format(e))
                return
        self.speaking = True

    def _speak_piece(self, piece: str) -> None:
        if self.speaking:
            self.spoken = True
            self.speaker.feed(piece)

    # Voice ----------------------------------------------------------------------------------------

    def _heard(self, transcript: str) -> None:
        # Shown before it is sent: speech recognition mishears, and the user should see what it heard.
        self.input.setPlainText(transcript)
        self.input.setFocus()
        self.set_status(self.tr("Heard you — check the words, then press Enter to send."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.talk_button.key_pressed(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.talk_button.key_released(event):
            super().keyReleaseEvent(event)

    # Memory ---------------------------------------------------------------------------------------

    def show_sources(self, row: int) -> None:
        """Chips for the memories message `row` cited, numbered as in its text."""
        while self.sources_layout.count():
            item = self.sources_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rows = self.chat_model.rows
        cited = rows[row].citations if 0 <= row < len(rows) else []
        for n, memory in enumerate(cited, 1):
            chip = QPushButton(f"[{n}] {memory['text'][:40]}{'…' if len(memory['text']) > 40 else ''}")
            chip.setToolTip(self.tr("{0} · {1}").format(memory["at"][:10], memory["kind"]))
            chip.setFlat(True)
            chip.clicked.connect(lambda _=False, m=memory: self.memory.open_memory(m["id"]))
            self.sources_layout.addWidget(chip)
        self.sources_layout.addStretch(1)
        self.sources.setVisible(bool(cited))

    # Settings -------------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog | None:
        if self.assistant is None:
            self.set_status(self.tr("Still starting up; settings open once the data folder is ready."))
            return None
        dialog = SettingsDialog(self.assistant.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen()))
        dialog.delete_all_requested.connect(self.delete_all_data)
        dialog.open()
        return dialog

    def apply_settings(self, new: Settings) -> None:
        assistant = self.assistant
        if assistant is None:
            return
        self.set_status(self.tr("Applying settings…"))

        def done(_: object) -> None:
            self.set_status(self.tr("Settings saved — {0}").format(assistant.engine().name))
            self.settings_applied.emit(new)

        def refused(error: BaseException) -> None:
            self.set_status(self.tr("Settings not changed: {0}").format(error))
            self.settings_applied.emit(error)

        def apply() -> None:
            core().check_settings(new)
            assistant.apply_settings(new)
            self.voice.model, self.voice.language = new.whisper_model, new.voice_language

        self.runner.run(apply, done, refused)

    def delete_all_data(self) -> None:
        """Everything goes, then the app starts afresh on an empty data folder."""
        assistant, worker = self.assistant, self.worker
        self.worker = None
        self.set_status(self.tr("Deleting all your data…"))

        def wipe() -> tuple[list[Conversation], str]:
            if worker is not None:
                worker.stop()
            if assistant is not None:
                assistant.close()
            core().delete_all_data()
            self.session.assistant = reopened = core().open_assistant(None)
            self.worker = core().start_worker([self.notifier]) if self.run_worker else None
            return core().conversations_and_model(reopened)

        def done(started: tuple[list[Conversation], str]) -> None:
            self.new_chat()
            self.conversations.show_conversations(started[0], None)
            self.set_status(self.tr("All your data was deleted."))
            self.data_deleted.emit()

        self.runner.run(wipe, done, self._failed)

    # Closing --------------------------------------------------------------------------------------

    def quit(self) -> None:
        self.quitting = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray.available and not self.quitting:
            # Close to the tray, so reminders keep coming; Quit in the menu really quits.
            event.ignore()
            self.hide()
            self.tray.notify(self.tr("Assistant"), self.tr("Still running here; reminders will keep coming."))
            return
        self.closing = True
        self.stop()
        self.tasks.follow_progress(False)
        self.voice.release()
        self.voice.wait(15000)
        self.runner.wait(15000)  # lets a queued worker start finish, so it cannot outlive the window
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop()  # quitting: the scheduler's threads must end before the interpreter does
        super().closeEvent(event)
