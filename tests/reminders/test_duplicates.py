"""The same reminder said twice is recognised: same task (case and punctuation aside), time and repeat."""

from __future__ import annotations

import sqlite_utils

from assistant.reminders import cancel_reminder, list_reminders, parse_reminder
from assistant.reminders.duplicates import add_unless_duplicate, already_have
from tests.fixed_zone import MONDAY_8AM


def test_the_same_task_at_the_same_time_is_one_reminder(db: sqlite_utils.Database) -> None:
    first, new = add_unless_duplicate(db, parse_reminder("remind me tomorrow at 9 to call Ana", MONDAY_8AM))
    again, new_again = add_unless_duplicate(db, parse_reminder("Call ana! tomorrow 9am", MONDAY_8AM))
    assert new and not new_again and again.id == first.id
    assert already_have(again, now=MONDAY_8AM).startswith(
        f"You already have this reminder (reminder {first.id}): Tue 3 Mar, 09:00"
    )
    assert len(list_reminders(db)) == 1


def test_another_time_another_repeat_or_a_cancelled_one_is_new(db: sqlite_utils.Database) -> None:
    first, _ = add_unless_duplicate(db, parse_reminder("remind me tomorrow at 9 to call Ana", MONDAY_8AM))
    assert add_unless_duplicate(db, parse_reminder("remind me tomorrow at 10 to call Ana", MONDAY_8AM))[1]
    assert add_unless_duplicate(db, parse_reminder("every day at 9 call Ana", MONDAY_8AM))[1]
    cancel_reminder(db, first.id)
    assert add_unless_duplicate(db, parse_reminder("remind me tomorrow at 9 to call Ana", MONDAY_8AM))[1]
