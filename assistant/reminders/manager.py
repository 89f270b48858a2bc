"""`Assistant.reminders`: reminders from a sentence, and everything done to them afterwards.

The one place that turns "remind me to call Ana tomorrow at 9" into a stored reminder and what is shown
about it: the chat, the Reminders panel and `assistant remind` all come here.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from ..clock import now_local
from ..db import db_file, storage_errors
from ..turn import StoredReminder
from . import store
from .display import confirmation, confirmation_zh
from .duplicates import add_unless_duplicate, already_have
from .missed import acknowledge, take_missed
from .model import Firing, ParsedReminder, Preview, Reminder, ReminderError, ReminderRow
from .parser import parse_reminder
from .recurrence import upcoming

NEXT_COUNT = 3  # how many occurrences of a recurring reminder are shown


@dataclass(frozen=True)
class NewReminder:
    """A reminder read from a sentence: stored (reminder.id set) or only previewed (id None)."""

    reminder: StoredReminder
    parsed: ParsedReminder
    duplicate_of: Reminder | None = None  # the same reminder was already there: nothing new was stored
    now: datetime | None = None  # the time the sentence was read at, which the confirmation is worded from

    def confirmation(self, chinese: bool = False) -> str:
        """'OK — Fri 27 Nov, 17:00: return the library book', or in Chinese for a Chinese request; for a
        duplicate, 'You already have this reminder (reminder 3): …'."""
        if self.duplicate_of is not None:
            return already_have(self.duplicate_of, chinese, self.now)
        return confirmation_zh(self.parsed, self.now) if chinese else confirmation(self.parsed, self.now)


class Reminders:
    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def from_sentence(self, text: str, now: datetime | None = None, dry_run: bool = False) -> NewReminder:
        """Read a sentence and store the reminder (unless `dry_run`, or it is already there).

        ReminderError says what is missing; ReminderQuestion (one) when the time reads more than one way."""
        now = now or now_local()
        parsed = parse_reminder(text, now)
        times = upcoming(parsed.rrule, parsed.start_wall, parsed.first, NEXT_COUNT)
        reminder_id, existing = None, None
        if not dry_run:
            with storage_errors(db_file(self._db)):
                stored, new = add_unless_duplicate(self._db, parsed, now=now)
            reminder_id, existing = stored.id, None if new else stored
        return NewReminder(StoredReminder(reminder_id, parsed.task, times, parsed.rrule), parsed, existing, now)

    def preview(self, sentence: str, chinese: bool = False) -> Preview:
        try:
            return Preview(sentence, self.from_sentence(sentence, dry_run=True).confirmation(chinese), True)
        except ReminderError as e:
            return Preview(sentence, str(e), False)

    def list(self, include_finished: bool = False) -> builtins.list[Reminder]:
        """Reminders still to come (and fired ones not yet marked done), soonest first."""
        with storage_errors(db_file(self._db)):
            return store.list_reminders(self._db, include_finished=include_finished)

    def rows(self) -> builtins.list[ReminderRow]:
        """Each active reminder with its next times."""
        return [ReminderRow(r, store.next_times(r, NEXT_COUNT)) for r in self.list()]

    def get(self, reminder_id: int) -> Reminder:
        with storage_errors(db_file(self._db)):
            return store.get_reminder(self._db, reminder_id)

    def next_times(self, reminder_id: int, count: int = 5) -> builtins.list[datetime]:
        return store.next_times(self.get(reminder_id), count)

    def snooze(self, reminder_id: int, minutes: int) -> Reminder:
        with storage_errors(db_file(self._db)):
            return store.snooze_reminder(self._db, reminder_id, minutes)

    def done(self, reminder_id: int) -> Reminder:
        with storage_errors(db_file(self._db)):
            return store.done_reminder(self._db, reminder_id)

    def cancel(self, reminder_id: int) -> Reminder:
        with storage_errors(db_file(self._db)):
            return store.cancel_reminder(self._db, reminder_id)

    def discard(self, reminder_id: int) -> None:
        """Remove a reminder just set, as if never set: the turn that set it could not be stored."""
        with storage_errors(db_file(self._db)), self._db.atomic():
            self._db.execute("DELETE FROM reminders WHERE id = ?", [reminder_id])

    def acknowledge(self, reminder_id: int, due: datetime) -> None:
        """The firing of `reminder_id` at `due` was shown as missed (the window's banner): not listed again."""
        with storage_errors(db_file(self._db)):
            acknowledge(self._db, reminder_id, due)

    def missed(self) -> builtins.list[Firing]:
        """Reminders missed while away not yet listed anywhere; each is handed out once."""
        with storage_errors(db_file(self._db)):
            return take_missed(self._db)
