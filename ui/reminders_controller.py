"""The Reminders panel's glue: each of its requests becomes a call on the door, and the list follows the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .core_session import CoreSession
from .reminders_panel import RemindersPanel
from .ui_language import chinese

if TYPE_CHECKING:
    from assistant.assistant import Assistant


def _reminder_books(a: Assistant) -> dict[int, str]:
    from assistant.books.library import Library

    return Library(a.db).reminder_books()


class RemindersController(QObject):
    def __init__(self, session: CoreSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.panel = RemindersPanel()
        self.panel.preview_requested.connect(self._preview)
        self.panel.add_requested.connect(self._add)
        self.panel.snooze_requested.connect(lambda i, m: self._change(lambda a: a.reminders.snooze(i, m)))
        self.panel.done_requested.connect(lambda i: self._change(lambda a: a.reminders.done(i)))
        self.panel.cancel_requested.connect(lambda i: self._change(lambda a: a.reminders.cancel(i)))

    def refresh(self) -> None:
        self.session.call(lambda a: a.reminders.rows(), self.panel.show_reminders)
        self.session.call(_reminder_books, self.panel.mark_books)  # "return this book" links back to it

    def _preview(self, sentence: str) -> None:
        zh = chinese()
        self.session.call(
            lambda a: a.reminders.preview(sentence, zh), lambda p: self.panel.show_preview(p.sentence, p.text, p.ok)
        )

    def _add(self, sentence: str) -> None:
        zh = chinese()

        def added(confirmation: str) -> None:
            self.panel.added()
            self.session.status(confirmation)
            self.refresh()

        self.session.call(lambda a: a.reminders.from_sentence(sentence).confirmation(zh), added)

    def _change(self, fn: Callable[[Assistant], object]) -> None:
        """Run fn on the door, then show the list as it now is."""
        self.session.call(fn, lambda _r: self.refresh())
