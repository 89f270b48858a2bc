"""The main window: conversations on the left; chat, reminders, tasks and memory in tabs on the right.

The window composes the panels' controllers and owns the core's lifetime: it starts the assistant and the
worker on the core thread (ui/ops.py), so it is on screen before the model has loaded, and it stops them
on quit. Every core call goes through that thread, so the window stays responsive while the model loads
or answers.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from assistant.logs import private

from .chat_controller import ChatController
from .conversations_controller import ConversationsController
from .core_session import CoreSession, open_assistant
from .error_words import error_line
from .lazy_tabs import LazyTabs
from .menus import Menus
from .ops import CoreRunner
from .theme import appearance
from .tray import Tray
from .tray_notifier import TrayNotifier
from .voice_input import VoiceInput

if TYPE_CHECKING:
    from assistant.assistant import Assistant
    from assistant.messages import Conversation
    from assistant.notify.base import Notification
    from assistant.worker import Worker

    from .library_controller import LibraryController
    from .memory_controller import MemoryController
    from .reminder_alerts import ReminderAlerts
    from .reminders_controller import RemindersController
    from .settings_controller import SettingsController
    from .tasks_controller import TasksController

log = logging.getLogger(__name__)

ICON = Path(__file__).parent / "resources" / "assistant.svg"
REMINDERS_TAB, TASKS_TAB, MEMORY_TAB, LIBRARY_TAB = 1, 2, 3, 4  # the chat is tab 0
LATER_MODULES = (  # what the panels built on first use import
    "reminders_controller",
    "tasks_controller",
    "memory_controller",
    "library_controller",
    "settings_controller",
    "reminder_alerts",
)


class MainWindow(QMainWindow):
    model_ready = Signal()
    first_frame = Signal()  # the window has been drawn on screen once
    data_deleted = Signal()

    def __init__(self, model_path: str | None = None, run_worker: bool = True):
        super().__init__()
        appearance()  # Fusion and the system's light or dark palette, before anything is drawn
        self.setWindowTitle(self.tr("Assistant"))
        self.setWindowIcon(QIcon(str(ICON)))
        self.resize(980, 700)
        self.runner = CoreRunner(self)
        self.session = CoreSession(self.runner, self.set_status, self._failed)
        self.quitting = False
        self.closing = False
        self.run_worker = run_worker
        self.notifier = TrayNotifier(self)
        self.notifier.delivered.connect(self._notified)
        self.voice = VoiceInput(self)
        self.chat = ChatController(self.session, self.voice, self)
        self.conversations = ConversationsController(self.session, self.chat, self)
        self.chat.panel.sources.memory_requested.connect(self._open_cited)
        self.chat.panel.book_chip.open_requested.connect(self._open_book)
        # Reminders, Tasks, Memory, Library, Settings and the reminder banner are built when first
        # needed (the properties below), so the window shows with only the chat built.
        self._build()
        self.tray = Tray(QIcon(str(ICON)), self)
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.new_chat_requested.connect(self._new_chat_from_tray)
        self.tray.quit_requested.connect(self.quit)
        self.set_status(self.tr("Loading model…"))
        # The core starts once the window's first frame is drawn: started before, its imports (LanceDB,
        # llama.cpp) held the interpreter while the window was being shown. A window not shown (tests,
        # scripts) starts it on the event loop's first turn; one never drawn (started minimised) after 1 s.
        self.model_path = model_path
        self._first_frame = self._core_requested = False
        QTimer.singleShot(0, lambda: None if self.isVisible() else self._request_core())
        QTimer.singleShot(1000, self._request_core)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_frame:  # the window is on screen: what could wait for it comes now
            self._first_frame = True
            self.first_frame.emit()
            QTimer.singleShot(0, self.conversations.panel.finish_building)
            QTimer.singleShot(0, self._request_core)

    def _request_core(self) -> None:
        if not self._core_requested:
            self._core_requested = True
            self.runner.run(lambda: self._start_core(self.model_path), self._core_started, self._failed)

    @property
    def assistant(self) -> Assistant | None:
        return self.session.assistant

    # The panels built on first use: each import and build costs the launch nothing ------------------

    @cached_property
    def reminders(self) -> RemindersController:
        from .reminders_controller import RemindersController

        reminders = RemindersController(self.session, self)
        reminders.panel.book_requested.connect(self._open_book)
        self.tabs.fill(REMINDERS_TAB, reminders.panel)
        return reminders

    @cached_property
    def tasks(self) -> TasksController:
        from .tasks_controller import TasksController

        tasks = TasksController(self.session, self)
        self.tabs.fill(TASKS_TAB, tasks.panel)
        return tasks

    @cached_property
    def memory(self) -> MemoryController:
        from .memory_controller import MemoryController

        memory = MemoryController(self.session, self)
        self.tabs.fill(MEMORY_TAB, memory.panel)
        return memory

    @cached_property
    def library(self) -> LibraryController:
        from .library_controller import LibraryController

        library = LibraryController(self.session, self)
        library.panel.discuss_requested.connect(self._discuss_book)
        library.panel.remove_requested.connect(self.chat.forget_book)
        self.tabs.fill(LIBRARY_TAB, library.panel)
        return library

    @cached_property
    def settings(self) -> SettingsController:
        from .settings_controller import SettingsController

        settings = SettingsController(self.session, self.voice, self)
        settings.delete_all_requested.connect(self.delete_all_data)
        settings.applied.connect(self._settings_applied)
        return settings

    @cached_property
    def alerts(self) -> ReminderAlerts:
        from .reminder_alerts import ReminderAlerts

        alerts = ReminderAlerts(self.session, self)
        alerts.took_over.connect(self._took_over)
        alerts.changed.connect(lambda: self._refresh_if_built("reminders"))
        alerts.missed_listed.connect(self._missed_listed)
        self.column.insertWidget(0, alerts.banner)  # fired reminders, seen even with no tray or notifier
        return alerts

    def _built(self, name: str) -> bool:
        return name in self.__dict__  # where cached_property keeps what it built

    def _refresh_if_built(self, *names: str) -> None:
        """A panel not built yet shows what is current when it is first opened; one built is refreshed."""
        for name in names:
            if self._built(name):
                getattr(self, name).refresh()

    def _build(self) -> None:
        self.tabs = LazyTabs()
        self.tabs.addTab(self.chat.panel, self.tr("Chat"))
        self.tabs.add_lazy(self.tr("Reminders"), lambda: self.reminders)
        self.tabs.add_lazy(self.tr("Tasks"), lambda: self.tasks)
        self.tabs.add_lazy(self.tr("Memory"), lambda: self.memory)
        self.tabs.add_lazy(self.tr("Library"), lambda: self.library)
        self.tabs.page_shown.connect(self._tab_changed)

        splitter = QSplitter()
        splitter.addWidget(self.conversations.panel)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 730])
        central = QWidget()
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.menus = Menus(self)
        self.chat.panel.input.setFocus()  # first run: what is typed goes into the message box, not search
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.chat.stop)
        QShortcut(QKeySequence("Ctrl+K"), self).activated.connect(self.conversations.panel.focus_search)

    def _new_chat_from_tray(self) -> None:
        self.bring_forward()
        self.chat.new_chat()

    def set_status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _failed(self, error: BaseException) -> None:
        log.info("shown to the user: %s", private(error))
        self.set_status(error_line(error))
        self.chat.set_busy(False)

    def _data_replaced(self, number: int) -> None:
        """Another process restored a backup or deleted everything: show the data as it is now."""
        self.chat.new_chat()
        self.conversations.refresh()
        self._refresh_if_built("reminders", "tasks")
        if self._built("memory"):
            self.memory.panel.refresh()
        self.set_status(self.tr("Your data was replaced (a restore or delete-all-data); showing it as it is now."))

    def _tab_changed(self, index: int) -> None:
        if index == MEMORY_TAB:
            self.memory.panel.refresh()
        if index == REMINDERS_TAB:
            self.reminders.refresh()
        if index == LIBRARY_TAB:
            self.library.refresh()
        if self._built("tasks"):
            self.tasks.follow_progress(index == TASKS_TAB)

    def _discuss_book(self, book_id: str, title: str) -> None:
        self.tabs.setCurrentWidget(self.chat.panel)
        self.chat.discuss(book_id, title)

    def _open_book(self, book_id: str) -> None:
        self.tabs.setCurrentWidget(self.library.panel)
        self.library.open_book(book_id)

    def _open_cited(self, memory_id: str) -> None:
        """A citation clicked in a reply: a book passage opens in the reader, anything else on its own."""
        if memory_id.startswith("book-"):  # chunking.passage_id
            self.tabs.setCurrentWidget(self.library.panel)
            self.library.open_passage(memory_id)
        else:
            self.memory.open_memory(memory_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.chat.panel.talk_button.key_pressed(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.chat.panel.talk_button.key_released(event):
            super().keyReleaseEvent(event)

    # The core (each call runs on the core thread, its result comes back here) --------------------------

    def _start_core(self, model_path: str | None) -> tuple[list[Conversation], str]:
        # markdown-it and Pygments load here, while the window says "Loading model…", rather than on the
        # UI thread when the first reply is painted (bench/ui.py: a 359 ms stall in the first reply).
        from . import markdown_html

        markdown_html.warm_up()
        # The other tabs' modules (and their Qt types) load here too, off the UI thread, so a tab's first
        # opening costs only building it.
        for later in LATER_MODULES:
            importlib.import_module(f".{later}", __package__)
        assistant = open_assistant(model_path)
        self.session.assistant = assistant  # from here on, a message typed while the model loads queues behind it
        return self._conversations_and_model(assistant)

    @staticmethod
    def _conversations_and_model(assistant: Assistant) -> tuple[list[Conversation], str]:
        # Memory is opened here, while the window says "Loading model…": opening it imports LanceDB and
        # loads the embedder, which holds the interpreter long enough to stall the window mid-reply
        # (measured: 108–136 ms during the first streamed reply when left to the first question).
        assistant.memories.warm_up()
        name = assistant.engine().name
        # What start-up loaded (modules, the model, the embedder) lives as long as the app: out of the
        # garbage collector's sight, a full collection on a core thread no longer holds the interpreter for
        # 94-200 ms while the window waits (bench/ui.py, importing a book).
        gc.freeze()
        return assistant.conversations.list(), name

    def _core_started(self, started: tuple[list[Conversation], str]) -> None:
        conversations, model_name = started
        if self.assistant is not None:
            self.voice.model = self.assistant.settings.current.whisper_model
            self.voice.language = self.assistant.settings.current.voice_language
            self.voice.check(self.assistant)
            self.menus.show_saved_view(self.assistant.settings.current)
        self.conversations.show_conversations(conversations)
        self.menus.show_model(model_name)
        from .generation_watch import GenerationWatch  # reads the core's files: once the core is up

        self.generation = GenerationWatch(self)
        self.generation.replaced.connect(self._data_replaced)
        self.set_status(self.tr("Ready — {0}").format(model_name))
        self.model_ready.emit()
        if self.run_worker:
            self.runner.run(self._start_worker, self._worker_started, self._failed)

    # The worker: reminders and offline tasks, in this process while the window runs ------------------

    def _start_worker(self) -> str:
        if self.closing:
            return "not started: closing"
        # Not here when `assistant worker` (systemd, autostart) already serves this data folder: its desktop
        # notifications reach the user, so the window does not compete with it.
        assistant = self.assistant
        return "here" if assistant is not None and assistant.start_worker([self.notifier]) else "elsewhere"

    def _worker_started(self, where: str) -> None:
        log.info("worker running %s", where)
        self._refresh_if_built("reminders")
        self.alerts.show_missed()
        if where == "elsewhere" and not self.closing:
            # Show what that worker fires, and take over within seconds when it stops.
            self.alerts.watch_elsewhere(self._worker_here)

    def _worker_here(self) -> Worker | None:
        """On the watch's thread, once the worker elsewhere has stopped: run it in this process instead."""
        assistant = self.assistant
        if assistant is None or self.closing or not assistant.start_worker([self.notifier]):
            return None
        return assistant.worker

    def _took_over(self, worker: Worker) -> None:
        if self.closing and self.assistant is not None:
            self.assistant.stop_worker()
            return
        self.set_status(self.tr("Reminders now run in this window."))
        self._refresh_if_built("reminders")

    def _missed_listed(self, title: str, text: str) -> None:
        self.tray.notify(title, text)

    def _notified(self, note: Notification) -> None:
        self.alerts.notified(note)
        self.tray.notify(note.title, note.body)
        self._refresh_if_built("reminders", "tasks")

    def _settings_applied(self, settings: object) -> None:
        if not isinstance(settings, BaseException):
            self.menus.show_saved_view(settings)
            assistant = self.assistant
            if assistant is not None:
                self.runner.run(lambda: assistant.engine().name, self.menus.show_model)

    def delete_all_data(self) -> None:
        """Everything goes, then the app starts afresh on an empty data folder."""
        self.replace_data(
            lambda assistant: assistant.delete_all_data(),
            self.tr("Deleting all your data…"),
            self.tr("All your data was deleted."),
        )

    def replace_data(self, change: Callable[[Assistant], object], working: str, finished: str) -> None:
        """Close the assistant (and its worker), `change` the data folder (wipe it, restore a backup), then
        start afresh on it; a failed change reopens what is there."""
        assistant = self.assistant
        if assistant is None:  # what asks for this opens only once the core is open
            return
        self.set_status(working)
        # No takeover of a worker elsewhere while the data is being replaced: it would start on the
        # assistant being closed. Watching starts again below if that worker still runs.
        if self._built("alerts"):
            self.alerts.stop()

        def swap() -> tuple[tuple[list[Conversation], str], str]:
            where = "not started"
            try:
                assistant.close()
                change(assistant)
            finally:
                self.session.assistant = reopened = open_assistant(None)
                if self.run_worker:
                    where = "here" if reopened.start_worker([self.notifier]) else "elsewhere"
            return self._conversations_and_model(reopened), where

        def done(result: tuple[tuple[list[Conversation], str], str]) -> None:
            started, where = result
            if where != "not started":
                self._worker_started(where)
            self.voice.assistant = self.assistant
            self.chat.new_chat()
            self.conversations.panel.show_conversations(started[0], None)
            self.set_status(finished)
            self.data_deleted.emit()

        self.runner.run(swap, done, self._failed)

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
        if self._built("alerts"):
            self.alerts.stop()  # no takeover while closing; a worker it started is the assistant's, stopped below
        self.chat.stop()
        if self._built("tasks"):
            self.tasks.follow_progress(False)
        self.voice.release()
        self.voice.wait(15000)
        self.runner.wait(15000)  # lets a queued worker start finish, so it cannot outlive the window
        if self.assistant is not None:
            self.assistant.stop_worker()  # quitting: the scheduler's threads must end before the interpreter does
        super().closeEvent(event)
