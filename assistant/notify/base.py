"""One small interface for every way of telling the user something: a Notification and a Notifier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Notification:
    title: str
    body: str
    urgency: str = "normal"  # low | normal | critical, as freedesktop notifications grade them
    late: bool = False  # fired at start-up for a time that passed while nothing was running
    due: datetime | None = None
    reminder_id: int | None = None


class Notifier(Protocol):
    """A backend. `intrusive` backends (pop-ups, speech) stay quiet in quiet hours; records do not."""

    name: str
    intrusive: bool

    def available(self) -> bool: ...

    def send(self, note: Notification) -> None:
        """Show the notification or raise NotifyError; never block for long."""
        ...


class NotifyError(Exception):
    """A backend could not deliver; the dispatcher logs it and carries on with the others."""
