"""Reminders in SQLite: add, list, cancel, snooze, done, and the firing transaction the worker uses.

Every change that the worker must notice is a committed row; the worker never keeps state of its own that
SQLite does not also hold, so a process killed at any point loses nothing.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from ..clock import after, as_local, elapsed, from_stamp, local_zone, localize, stamp, zone_name
from ..errors import AssistantError, NotFound
from .model import Firing, ParsedReminder, Reminder
from .recurrence import occurrences, occurrences_with_wall

# A firing this long after its due time was caught up at start rather than fired on time.
LATE_AFTER_S = 30.0
# The scheduler's timer and the wall clock can disagree by a few milliseconds; never refuse a firing for it.
EARLY_TOLERANCE = timedelta(seconds=1)
MAX_SNOOZE_MINUTES = 60 * 24 * 366
ACTIVE = ("scheduled", "fired")


def _now() -> datetime:
    return datetime.now(local_zone())


def _wall(moment: datetime) -> str:
    return moment.replace(tzinfo=None, microsecond=0).isoformat()


def _to_reminder(row: dict[str, Any]) -> Reminder:
    zone = ZoneInfo(row["tz"])
    shown = local_zone()
    return Reminder(
        id=row["id"],
        task=row["task"],
        text=row["text"] or "",
        rrule=row["rrule"],
        status=row["status"],
        tz=row["tz"],
        due=from_stamp(row["due"], shown),
        occurrence=localize(datetime.fromisoformat(row["occurrence"]), zone).astimezone(shown),
        dtstart=datetime.fromisoformat(row["dtstart"]),  # naive wall time: localizing could shift it
        created=from_stamp(row["created"], shown),
        fired_count=row["fired_count"] or 0,
    )


def add_reminder(db: sqlite_utils.Database, parsed: ParsedReminder, now: datetime | None = None) -> Reminder:
    """Store a parsed reminder; returns it with its id."""
    now = as_local(now) if now else _now()
    zone = parsed.first.tzinfo if isinstance(parsed.first.tzinfo, ZoneInfo) else local_zone()
    first = parsed.first.astimezone(zone)
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO reminders (task, text, due, occurrence, rrule, dtstart, tz, status, created, updated,"
            " fired_count) VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, 0)",
            [
                parsed.task,
                parsed.text,
                stamp(first),
                _wall(parsed.start_wall),
                parsed.rrule,
                _wall(parsed.start_wall),
                zone_name(zone),
                stamp(now),
                stamp(now),
            ],
        )
    return get_reminder(db, int(cursor.lastrowid or 0))


def get_reminder(db: sqlite_utils.Database, reminder_id: int) -> Reminder:
    rows = list(db.query("SELECT * FROM reminders WHERE id = ?", [reminder_id]))
    if not rows:
        raise NotFound(f"There is no reminder {reminder_id}: see `assistant reminders list`.")
    return _to_reminder(rows[0])


def list_reminders(db: sqlite_utils.Database, include_finished: bool = False) -> list[Reminder]:
    """Active reminders (scheduled, or fired and not yet marked done) soonest first; all with the flag."""
    where = "" if include_finished else f"WHERE status IN {ACTIVE!r}"
    return [_to_reminder(r) for r in db.query(f"SELECT * FROM reminders {where} ORDER BY due, id")]


def scheduled_reminders(db: sqlite_utils.Database) -> list[Reminder]:
    return [_to_reminder(r) for r in db.query("SELECT * FROM reminders WHERE status = 'scheduled' ORDER BY due")]


def next_times(reminder: Reminder, count: int = 3) -> list[datetime]:
    """The next `count` times it fires: `due` first, then the recurrence's later occurrences."""
    if reminder.rrule is None or reminder.status != "scheduled":
        return [reminder.due]
    zone = ZoneInfo(reminder.tz)
    later = occurrences(reminder.rrule, reminder.dtstart, zone, after=reminder.occurrence, count=count - 1)
    return [reminder.due, *(t.astimezone(reminder.due.tzinfo) for t in later)]


def _set_status(db: sqlite_utils.Database, reminder_id: int, status: str, verb: str) -> Reminder:
    current = get_reminder(db, reminder_id)
    if current.status in ("cancelled", "done"):
        raise AssistantError(f"Reminder {reminder_id} is already {current.status}; nothing to {verb}.")
    with db.atomic():
        db.execute("UPDATE reminders SET status = ?, updated = ? WHERE id = ?", [status, stamp(_now()), reminder_id])
    return get_reminder(db, reminder_id)


def cancel_reminder(db: sqlite_utils.Database, reminder_id: int) -> Reminder:
    return _set_status(db, reminder_id, "cancelled", "cancel")


def done_reminder(db: sqlite_utils.Database, reminder_id: int) -> Reminder:
    """Mark it done; for a recurring reminder this ends the series."""
    return _set_status(db, reminder_id, "done", "mark done")


def snooze_reminder(db: sqlite_utils.Database, reminder_id: int, minutes: int, now: datetime | None = None) -> Reminder:
    """Fire again `minutes` from now; a reminder not yet due is pushed back by `minutes` instead.

    For a recurring reminder only this occurrence moves; the series carries on from it.
    """
    if not 1 <= minutes <= MAX_SNOOZE_MINUTES:
        raise AssistantError(f"Snooze for 1 to {MAX_SNOOZE_MINUTES} minutes, not {minutes}.")
    now = as_local(now) if now else _now()
    current = get_reminder(db, reminder_id)
    if current.status in ("cancelled", "done"):
        raise AssistantError(f"Reminder {reminder_id} is {current.status}; it cannot be snoozed.")
    not_yet_due = current.status == "scheduled" and elapsed(now, current.due) > timedelta(0)
    due = after(current.due if not_yet_due else now, timedelta(minutes=minutes))
    with db.atomic():
        db.execute(
            "UPDATE reminders SET due = ?, status = 'scheduled', updated = ? WHERE id = ?",
            [stamp(due), stamp(now), reminder_id],
        )
    return get_reminder(db, reminder_id)


def fire_reminder(
    db: sqlite_utils.Database,
    reminder_id: int,
    now: datetime | None = None,
    expected_due: datetime | None = None,
    running_since: datetime | None = None,
) -> Firing | None:
    """Record that a due reminder fired and advance it, in one transaction; None if there is nothing to fire.

    The row is re-read inside the transaction, so a reminder cancelled, snoozed or already fired since the
    caller looked is left alone: this, not the scheduler, is what makes a firing happen once.
    """
    now = as_local(now) if now else _now()
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")  # take the write lock before reading: no other writer can slip in
    try:
        rows = list(db.query("SELECT * FROM reminders WHERE id = ?", [reminder_id]))
        if not rows or rows[0]["status"] != "scheduled" or rows[0]["due"] > stamp(after(now, EARLY_TOLERANCE)):
            conn.rollback()
            return None
        row = rows[0]
        if expected_due is not None and row["due"] != stamp(expected_due):
            conn.rollback()
            return None
        reminder = _to_reminder(row)
        lateness = max(0.0, elapsed(reminder.due, now).total_seconds())
        late = lateness > LATE_AFTER_S
        # Missed while away: it fell due before the firing process started (nothing ran), or very late.
        missed = late or (running_since is not None and elapsed(reminder.due, running_since) > timedelta(0))
        try:
            cursor = db.execute(
                "INSERT INTO reminder_firings (reminder_id, due, fired_at, lateness_s, late, delivered, missed)"
                " VALUES (?, ?, ?, ?, ?, 0, ?)",
                [reminder_id, row["due"], stamp(now), lateness, int(late), int(missed)],
            )
        except sqlite3.IntegrityError:
            conn.rollback()  # this very due time has fired before
            return None
        advanced = _advance(reminder, now)
        next_due = advanced[1] if advanced else None
        if next_due is None:
            status = "fired" if reminder.rrule is None else "done"
            db.execute(
                "UPDATE reminders SET status = ?, fired_count = fired_count + 1, updated = ? WHERE id = ?",
                [status, stamp(now), reminder_id],
            )
        else:
            assert advanced is not None
            db.execute(
                "UPDATE reminders SET due = ?, occurrence = ?, fired_count = fired_count + 1, updated = ? WHERE id = ?",
                [stamp(advanced[1]), _wall(advanced[0]), stamp(now), reminder_id],
            )
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return Firing(
        id=int(cursor.lastrowid or 0),
        reminder_id=reminder_id,
        task=reminder.task,
        due=reminder.due,
        fired_at=now,
        late=late,
        lateness_s=lateness,
        next_due=next_due,
        missed=missed,
    )


def _advance(reminder: Reminder, now: datetime) -> tuple[datetime, datetime] | None:
    """The next occurrence (wall, aware) after both now and the one that fired: missed ones are not replayed."""
    if reminder.rrule is None:
        return None
    zone = ZoneInfo(reminder.tz)
    after = max(now, reminder.occurrence)
    found = occurrences_with_wall(reminder.rrule, reminder.dtstart, zone, after=after, count=1)
    return found[0] if found else None


def undelivered_firings(db: sqlite_utils.Database) -> list[Firing]:
    """Firings recorded but never handed to a notifier (the process stopped in between): the worker shows
    them at its next start, as missed while away."""
    shown = local_zone()
    rows = list(
        db.query(
            "SELECT f.*, r.task FROM reminder_firings f JOIN reminders r ON r.id = f.reminder_id"
            " WHERE f.delivered = 0 ORDER BY f.id"
        )
    )
    return [
        Firing(
            id=r["id"],
            reminder_id=r["reminder_id"],
            task=r["task"],
            due=from_stamp(r["due"], shown),
            fired_at=from_stamp(r["fired_at"], shown),
            late=bool(r["late"]),
            lateness_s=r["lateness_s"] or 0.0,
        )
        for r in rows
    ]


def mark_delivered(db: sqlite_utils.Database, firing_id: int) -> None:
    with db.atomic():
        db.execute("UPDATE reminder_firings SET delivered = 1 WHERE id = ?", [firing_id])


def firings(db: sqlite_utils.Database, reminder_id: int | None = None) -> list[dict[str, Any]]:
    """Raw firing rows, oldest first (for tests, benchmarks and `reminders list --all` style reports)."""
    if reminder_id is None:
        return list(db.query("SELECT * FROM reminder_firings ORDER BY id"))
    return list(db.query("SELECT * FROM reminder_firings WHERE reminder_id = ? ORDER BY id", [reminder_id]))
