"""The glue between reminders that fire and the window: the banner, the missed-while-away list at start,
and the watch that follows a worker running elsewhere and takes over when it stops.

Everything that touches the core runs on the core thread (session.call) or on the watch's own thread;
the watch's news reaches the UI thread through queued signals, so the window never waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .core_session import CoreSession
from .reminder_banner import BannerItem, ReminderBanner

if TYPE_CHECKING:
    from assistant.assistant import Assistant
    from assistant.notify.base import Notification
    from assistant.reminders.model import Firing
    from assistant.worker.watch import WorkerWatch

SNOOZE_MINUTES = 10


class ReminderAlerts(QObject):
    fired_elsewhere = Signal(object)  # Firing, from the watch's thread
    took_over = Signal(object)  # Worker now running in this process
    changed = Signal()  # a reminder was snoozed or done from the banner
    missed_listed = Signal(str, str)  # title, text: the missed-while-away list, for the tray

    def __init__(self, session: CoreSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.banner = ReminderBanner()
        self.banner.snooze_requested.connect(self._snooze)
        self.banner.done_requested.connect(self._done)
        self.fired_elsewhere.connect(self._show_firing)
        self.watch: WorkerWatch | None = None

    # What fired ------------------------------------------------------------------------------------

    def notified(self, note: Notification) -> None:
        """A notification from this process's worker (on the UI thread)."""
        if note.reminder_id is None:
            return
        self._show(BannerItem(note.reminder_id, note.body, note.due, missed=note.late))

    def _show_firing(self, firing: Firing) -> None:
        self._show(BannerItem(firing.reminder_id, firing.task, firing.due, missed=firing.late or firing.missed))

    def _show(self, item: BannerItem) -> None:
        if self.banner.add(item) and item.missed and item.due is not None:
            due = item.due
            self.session.call(lambda a: a.reminders.acknowledge(item.reminder_id, due))  # listed here: once

    def show_missed(self) -> None:
        """At start: whatever was missed while away and not yet listed anywhere."""
        self.session.call(lambda a: a.reminders.missed(), self._missed_found)

    def _missed_found(self, found: list[Firing]) -> None:
        shown = [f for f in found if self.banner.add(BannerItem(f.reminder_id, f.task, f.due, missed=True))]
        if shown:
            self.missed_listed.emit(self.tr("Missed while away"), ", ".join(f.task for f in shown))

    def _snooze(self, reminder_id: int) -> None:
        self.session.call(lambda a: a.reminders.snooze(reminder_id, SNOOZE_MINUTES), lambda _r: self.changed.emit())

    def _done(self, reminder_id: int) -> None:
        def done(a: Assistant) -> None:
            if a.reminders.get(reminder_id).status not in ("done", "cancelled"):
                a.reminders.done(reminder_id)

        self.session.call(done, lambda _r: self.changed.emit())

    # A worker elsewhere -----------------------------------------------------------------------------

    def watch_elsewhere(self, start_worker: Any) -> None:
        """Follow the worker running in another process; `start_worker()` starts one here (or None)."""
        from assistant.worker.watch import WorkerWatch

        if self.watch is not None and self.watch.running:
            return
        self.watch = WorkerWatch(start_worker, self.fired_elsewhere.emit, self.took_over.emit)
        self.watch.start()

    def stop(self) -> None:
        """Stop watching (a worker the watch started here belongs to the assistant, which stops it)."""
        if self.watch is not None:
            self.watch.stop()
            self.watch = None
