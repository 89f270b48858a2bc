"""The Tasks panel's glue: start, cancel and open offline tasks through the door, and follow their progress
while the panel is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from .core_session import CoreSession
from .error_words import error_line
from .tasks_panel import TasksPanel
from .text_viewer import TextViewer


class TasksController(QObject):
    def __init__(self, session: CoreSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.panel = TasksPanel()
        self.panel.add_requested.connect(self._add)
        self.panel.open_requested.connect(self._open)
        self.panel.cancel_requested.connect(self._cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)  # progress of a running job, while the panel is shown
        self.timer.timeout.connect(self.refresh)
        self.viewer: TextViewer | None = None  # the result opened last

    def follow_progress(self, shown: bool) -> None:
        """Poll only while the panel is on screen."""
        if shown:
            self.refresh()
            self.timer.start()
        else:
            self.timer.stop()

    def refresh(self) -> None:
        self.session.call(lambda a: a.tasks.list(), self.panel.show_tasks)

    def _add(self, prompt: str) -> None:
        self.session.call(lambda a: a.tasks.add(prompt), lambda _t: self.refresh())

    def _cancel(self, task_id: int) -> None:
        self.session.call(lambda a: a.tasks.cancel(task_id), lambda _t: self.refresh())

    def _open(self, task_id: int) -> None:
        def show(text: str) -> None:
            prompt = self.panel.tasks[task_id].title if task_id in self.panel.tasks else ""
            self.viewer = TextViewer(self.tr("Task result"), prompt, text, self.panel.window())
            self.viewer.save_requested.connect(self._save)
            self.viewer.open()

        self.session.call(lambda a: a.tasks.result_text(task_id), show)

    def _save(self, path: str, text: str) -> None:
        self.session.runner.run(
            lambda: Path(path).write_text(text, encoding="utf-8"),
            lambda _n: self.session.status(self.tr("Saved to {0}").format(path)),
            lambda e: self.session.status(self.tr("Not saved: {0}").format(error_line(e))),
        )
