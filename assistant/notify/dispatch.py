"""Send one notification to every available backend, keeping intrusive ones quiet in quiet hours."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from .base import Notification, Notifier, NotifyError
from .console import ConsoleNotifier, LogNotifier
from .desktop import DesktopNotifier

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuietHours:
    """A span of the day, e.g. 22:00–07:00 (it may wrap past midnight). start == end means never quiet."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class Dispatcher:
    def __init__(
        self,
        notifiers: Sequence[Notifier],
        quiet: QuietHours | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.notifiers = list(notifiers)
        self.quiet = quiet
        self.clock = clock

    def send(self, note: Notification) -> list[str]:
        """Deliver to each backend; returns the names that took it. One failing backend spoils nothing."""
        hush = self.quiet is not None and self.quiet.contains(self.clock().time()) and note.urgency != "critical"
        delivered = []
        for notifier in self.notifiers:
            if hush and notifier.intrusive:
                continue
            try:
                notifier.send(note)
                delivered.append(notifier.name)
            except (NotifyError, OSError) as e:
                log.warning("%s backend failed: %s", notifier.name, e)
            except Exception:  # a buggy backend must not cost the user the other ones
                log.exception("%s backend crashed", notifier.name)
        return delivered


def default_notifiers(headless: bool) -> list[Notifier]:
    """The log always; the terminal for a headless worker; desktop pop-ups where a service listens.

    The window adds its tray backend (ui/) to these; a spoken backend is not built yet.
    """
    found: list[Notifier] = [LogNotifier()]
    if headless:
        found.append(ConsoleNotifier())
    desktop = DesktopNotifier()
    if desktop.available():
        found.append(desktop)
    return found
