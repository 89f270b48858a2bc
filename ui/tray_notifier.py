"""The tray as a notification backend for the in-process worker.

The worker fires on its own thread; a Qt signal carries each notification to the UI thread, where the
tray shows it (and where a fired reminder refreshes the Reminders panel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from assistant.notify.base import Notification


class TrayNotifier(QObject):
    name = "tray"
    intrusive = True
    delivered = Signal(object)  # Notification, on the UI thread

    def available(self) -> bool:
        return True

    def send(self, note: Notification) -> None:
        self.delivered.emit(note)  # queued to the UI thread; never blocks the worker
