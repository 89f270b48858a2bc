"""The SQLite store: real files in tmp_path, the migration, and the once-only firing transaction."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from assistant.clock import after
from assistant.db import open_db
from assistant.errors import AssistantError, NotFound
from assistant.reminders import (
    ParsedReminder,
    add_reminder,
    cancel_reminder,
    done_reminder,
    fire_reminder,
    get_reminder,
    list_reminders,
    next_times,
    parse_reminder,
    snooze_reminder,
)
from assistant.reminders.store import firings, mark_delivered, undelivered_firings
from tests.fixed_zone import LONDON, MONDAY_8AM


def add(db: sqlite_utils.Database, text: str, now: datetime = MONDAY_8AM):
    return add_reminder(db, parse_reminder(text, now), now=now)


def test_migration_creates_tables_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_db(path)
    assert {"reminders", "reminder_firings"} <= set(db.table_names())
    r = add(db, "remind me to water the ferns tomorrow at 7:15am")
    db.close()
    again = open_db(path)
    assert get_reminder(again, r.id).task == "water the ferns"
    assert [row["name"] for row in again["_migrations"].rows if row["name"] == "m003_reminders"]


def test_add_and_list(db: sqlite_utils.Database) -> None:
    weekly = add(db, "every Wednesday at 6:30pm remind me to put the bins out")
    once = add(db, "remind me to water the ferns tomorrow at 7:15am")
    assert [r.id for r in list_reminders(db)] == [once.id, weekly.id]  # soonest first
    assert once.due.isoformat() == "2026-03-03T07:15:00+00:00" and once.rrule is None
    assert weekly.rrule == "FREQ=WEEKLY;BYDAY=WE" and weekly.status == "scheduled"
    assert [t.isoformat()[:16] for t in next_times(weekly)] == [
        "2026-03-04T18:30",
        "2026-03-11T18:30",
        "2026-03-18T18:30",
    ]


def test_cancel_done_and_unknown_ids(db: sqlite_utils.Database) -> None:
    a = add(db, "remind me in 1 hour to stretch")
    b = add(db, "every day at 9 take vitamins")
    assert cancel_reminder(db, a.id).status == "cancelled"
    assert done_reminder(db, b.id).status == "done"
    assert list_reminders(db) == []
    assert {r.status for r in list_reminders(db, include_finished=True)} == {"cancelled", "done"}
    with pytest.raises(AssistantError, match="already cancelled"):
        cancel_reminder(db, a.id)
    with pytest.raises(NotFound, match="no reminder 999"):
        done_reminder(db, 999)


def test_snooze(db: sqlite_utils.Database) -> None:
    r = add(db, "remind me in 10 minutes to stretch")
    later = snooze_reminder(db, r.id, 15, now=MONDAY_8AM)  # not yet due: pushed back by 15 minutes
    assert later.due == r.due + timedelta(minutes=15)
    fired_at = later.due + timedelta(seconds=1)
    assert fire_reminder(db, r.id, now=fired_at) is not None
    assert get_reminder(db, r.id).status == "fired"
    again = snooze_reminder(db, r.id, 5, now=fired_at)  # fired: five minutes from now
    assert (again.status, again.due) == ("scheduled", fired_at + timedelta(minutes=5))
    with pytest.raises(AssistantError, match="Snooze for 1 to"):
        snooze_reminder(db, r.id, 0)


def test_a_one_off_fires_once(db: sqlite_utils.Database) -> None:
    r = add(db, "remind me in 10 minutes to stretch")
    assert fire_reminder(db, r.id, now=MONDAY_8AM + timedelta(minutes=5)) is None  # not due yet
    firing = fire_reminder(db, r.id, now=r.due + timedelta(seconds=0.2))
    assert firing is not None and not firing.late and firing.lateness_s == pytest.approx(0.2)
    assert fire_reminder(db, r.id, now=r.due + timedelta(hours=1)) is None
    assert len(firings(db, r.id)) == 1 and get_reminder(db, r.id).status == "fired"


def test_a_missed_recurring_reminder_fires_once_late_and_skips_to_the_future(db: sqlite_utils.Database) -> None:
    r = add(db, "every day at 9am take vitamins")
    three_days_later = datetime(2026, 3, 5, 12, 0, tzinfo=LONDON)
    firing = fire_reminder(db, r.id, now=three_days_later)
    assert firing is not None and firing.late and firing.due == r.due
    assert firing.next_due == datetime(2026, 3, 6, 9, 0, tzinfo=LONDON)
    assert fire_reminder(db, r.id, now=three_days_later) is None
    after = get_reminder(db, r.id)
    assert (after.status, after.fired_count, after.due) == ("scheduled", 1, firing.next_due)


def test_firing_is_once_even_when_two_connections_race(tmp_path: Path) -> None:
    path = tmp_path / "race.db"
    setup = open_db(path)
    r = add(setup, "remind me in 1 minute to stretch")
    results = []

    def racer() -> None:
        own = open_db(path)
        results.append(fire_reminder(own, r.id, now=r.due + timedelta(seconds=1)))
        own.close()

    threads = [threading.Thread(target=racer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(f is not None for f in results) == 1
    assert len(firings(setup, r.id)) == 1


def test_a_cancelled_or_rescheduled_reminder_does_not_fire(db: sqlite_utils.Database) -> None:
    r = add(db, "remind me in 1 minute to stretch")
    snoozed = snooze_reminder(db, r.id, 30, now=MONDAY_8AM)
    assert fire_reminder(db, r.id, now=snoozed.due, expected_due=r.due) is None  # the old job is stale
    cancel_reminder(db, r.id)
    assert fire_reminder(db, r.id, now=snoozed.due + timedelta(hours=1)) is None


def test_undelivered_firings_are_kept_until_marked(db: sqlite_utils.Database) -> None:
    r = add(db, "remind me in 1 minute to stretch")
    firing = fire_reminder(db, r.id, now=r.due)
    assert firing is not None
    assert [f.id for f in undelivered_firings(db)] == [firing.id]
    mark_delivered(db, firing.id)
    assert undelivered_firings(db) == []


def test_lateness_is_real_time_across_the_clock_change(db: sqlite_utils.Database) -> None:
    # Due a second before London springs forward (01:00 GMT -> 02:00 BST), fired a second after it.
    due = datetime(2027, 3, 28, 0, 59, 59, tzinfo=LONDON)
    r = add_reminder(db, ParsedReminder(task="stretch", first=due), now=due - timedelta(minutes=1))
    firing = fire_reminder(db, r.id, now=(due.astimezone(UTC) + timedelta(seconds=1)).astimezone(LONDON))
    assert firing is not None and firing.lateness_s == pytest.approx(1.0) and not firing.late and not firing.missed


def test_due_before_a_start_in_autumn_s_repeated_hour_is_missed(db: sqlite_utils.Database) -> None:
    # 01:50 BST is 00:50 UTC; a worker started at 01:20 GMT (01:20 UTC), half an hour later in real time.
    due = datetime(2027, 10, 31, 1, 50, tzinfo=LONDON)
    started = datetime(2027, 10, 31, 1, 20, tzinfo=LONDON, fold=1)
    r = add_reminder(db, ParsedReminder(task="stretch", first=due), now=due - timedelta(hours=1))
    firing = fire_reminder(db, r.id, now=after(started, timedelta(seconds=5)), running_since=started)
    assert firing is not None and firing.missed and firing.late and firing.lateness_s == pytest.approx(1805.0)


def test_a_reminder_due_in_autumn_s_repeated_hour_fires(db: sqlite_utils.Database) -> None:
    # 01:10 GMT, the second 01:10 of the night: on time it fired nothing (now + 1 s read as 01:10 BST, an hour
    # earlier), and the worker never scheduled it again.
    due = datetime(2027, 10, 31, 1, 10, tzinfo=LONDON, fold=1)
    r = add_reminder(db, ParsedReminder(task="stretch", first=due), now=due - timedelta(hours=2))
    firing = fire_reminder(db, r.id, now=after(due, timedelta(seconds=0.2)))
    assert firing is not None and not firing.late and firing.lateness_s == pytest.approx(0.2)


def test_a_snooze_is_real_minutes_across_the_change(db: sqlite_utils.Database) -> None:
    first_pass = datetime(2027, 10, 31, 1, 55, tzinfo=LONDON)  # 00:55 UTC; wall time 02:05 is 02:05 UTC
    r = add_reminder(db, ParsedReminder(task="stretch", first=first_pass), now=first_pass - timedelta(hours=1))
    fire_reminder(db, r.id, now=first_pass)
    snoozed = snooze_reminder(db, r.id, 10, now=first_pass)
    assert snoozed.due.astimezone(UTC) == datetime(2027, 10, 31, 1, 5, tzinfo=UTC)
    second_pass = datetime(2027, 10, 31, 1, 20, tzinfo=LONDON, fold=1)  # 01:20 UTC
    fire_reminder(db, r.id, now=second_pass)
    again = snooze_reminder(db, r.id, 10, now=second_pass)
    assert again.due.astimezone(UTC) == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # not 00:30, in the past


def test_the_dst_gap_does_not_drift_a_stored_series(db: sqlite_utils.Database) -> None:
    now = datetime(2026, 3, 28, 12, 0, tzinfo=LONDON)
    r = add(db, "every day at 1:30am water the seedlings", now=now)
    assert r.due.isoformat() == "2026-03-29T02:30:00+01:00"
    firing = fire_reminder(db, r.id, now=r.due)
    assert firing is not None and firing.next_due is not None
    assert firing.next_due.isoformat() == "2026-03-30T01:30:00+01:00"
