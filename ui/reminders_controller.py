"""The Reminders panel's glue: each of its requests becomes a core call, and the list follows the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from .core_session import CoreSession, core
from .reminders_panel import RemindersPanel


class RemindersController(QObject):
    def __init__(self, session: CoreSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.panel = RemindersPanel()
        self.panel.preview_requested.connect(self._preview)
        self.panel.add_requested.connect(self._add)
        self.panel.snooze_requested.connect(lambda i, m: self._change(lambda db: core().snooze_reminder(db, i, m)))
        self.panel.done_requested.connect(lambda i: self._change(lambda db: core().done_reminder(db, i)))
        self.panel.cancel_requested.connect(lambda i: self._change(lambda db: core().cancel_reminder(db, i)))

    def refresh(self) -> None:
        self.session.call(lambda a: core().reminder_rows(a.db), self.panel.show_reminders)

    def _preview(self, sentence: str) -> None:
        self.session.call(lambda _a: core().preview_reminder(sentence), lambda r: self.panel.show_preview(*r))

    def _add(self, sentence: str) -> None:
        self.session.call(lambda a: core().add_reminder_from(a.db, sentence),
                          lambda text: (self.panel.added(), self.session.status(text), self.refresh()))

    def _change(self, fn: Callable[[Any], Any]) -> None:
        """Run fn(db), then show the list as it now is."""
        self.session.call(lambda a: fn(a.db), lambda _r: self.refresh())
