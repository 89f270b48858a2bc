"""The plain dataclasses that reminders travel in between the parser, the store, the worker and the edges."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..errors import AssistantError, Problem


class ReminderError(AssistantError):
    """A reminder sentence that cannot be scheduled: no time, a past time, an impossible time, no task."""

    problem = Problem.REMINDER


class ReminderQuestion(ReminderError):
    """The sentence can be read more than one way (or part of it not at all): ask, never guess.

    `candidates` are the readings on offer, soonest first (empty when part of the time was not understood);
    in chat they become a clarifying question, on the command line one line and a non-zero exit.
    """

    def __init__(self, reason: str, candidates: list[datetime] | None = None, now: datetime | None = None) -> None:
        from .display import when_text  # display builds on this module

        self.reason = reason
        # Keyed by the instant: two times of one zone compare by their clock faces, so in a repeated hour
        # 01:30 BST and 01:30 GMT would be one candidate.
        unique = {c.astimezone(UTC): c for c in candidates or []}
        self.candidates = [unique[instant] for instant in sorted(unique)]
        self.now = now  # the time the sentence was read at: the candidates are worded from it
        options = " or ".join(when_text(c, now) for c in self.candidates)
        super().__init__(f"{reason} ({options})" if options else reason)


@dataclass(frozen=True)
class ParsedReminder:
    """What a sentence means, before anything is stored.

    `first` is the first occurrence as an aware datetime in the user's zone. A recurring reminder also
    carries an RFC 5545 RRULE (e.g. "FREQ=WEEKLY;BYDAY=WE") whose DTSTART is the wall time `anchor`.
    """

    task: str
    first: datetime
    rrule: str | None = None
    text: str = ""
    anchor: datetime | None = None  # naive wall time the series is anchored on (differs from first in a DST gap)
    guessed: bool = False  # read by the model, not the rules: confirm it with the user before relying on it

    @property
    def start_wall(self) -> datetime:
        return self.anchor or self.first.replace(tzinfo=None)

    @property
    def recurring(self) -> bool:
        return self.rrule is not None


@dataclass(frozen=True)
class Reminder:
    """A stored reminder. `due` is when it next fires (aware, user's zone); `status` is one of STATUSES."""

    id: int
    task: str
    due: datetime
    rrule: str | None
    status: str
    tz: str
    occurrence: datetime  # the recurrence instance `due` belongs to (differs from `due` after a snooze)
    dtstart: datetime  # naive local wall time in `tz` that the recurrence is anchored on
    created: datetime
    text: str = ""
    fired_count: int = 0


STATUSES = ("scheduled", "fired", "done", "cancelled")


@dataclass(frozen=True)
class Firing:
    """One time a reminder went off, as recorded in SQLite in the same transaction that advanced it."""

    id: int
    reminder_id: int
    task: str
    due: datetime
    fired_at: datetime
    late: bool
    lateness_s: float
    next_due: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)
    missed: bool = False  # fell due while nothing ran (or never shown): listed as missed while away


@dataclass(frozen=True)
class Preview:
    """How a sentence would be read, before it is saved."""

    sentence: str
    text: str  # the confirmation, or why it cannot be set
    ok: bool


@dataclass(frozen=True)
class ReminderRow:
    """An active reminder as the Reminders panel shows it, with its next times (the window words them in its
    own language, so they stay times here)."""

    reminder: Reminder
    next: list[datetime]
