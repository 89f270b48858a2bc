"""The Tasks panel's glue: start, cancel and open offline tasks through the door, and follow their progress
while the panel is shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from .core_session import CoreSession
from .tasks_panel import TasksPanel


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
            box = QMessageBox(self.panel.window())
            box.setWindowTitle(self.tr("Task result"))
            box.setText(self.panel.tasks[task_id].prompt if task_id in self.panel.tasks else "")
            box.setDetailedText(text)
            box.setInformativeText(text[:600] + ("…" if len(text) > 600 else ""))
            box.open()

        self.session.call(lambda a: a.tasks.result_text(task_id), show)
