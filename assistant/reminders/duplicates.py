"""The same reminder said twice: same task, same time, same repeat, still active. Recognised and said
("you already have this reminder") instead of stored again."""

from __future__ import annotations

import re
from datetime import datetime

import sqlite_utils

from .model import ParsedReminder, Reminder
from .store import add_reminder, list_reminders


def _same_task(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return re.sub(r"[\s\W_]+", " ", text).strip().casefold()

    return norm(a) == norm(b)


def find_duplicate(db: sqlite_utils.Database, parsed: ParsedReminder) -> Reminder | None:
    """An active reminder for the same task at the same minute with the same repeat, if there is one."""
    minute = parsed.first.replace(second=0, microsecond=0)
    for reminder in list_reminders(db):
        if (
            reminder.status == "scheduled"
            and reminder.rrule == parsed.rrule
            and _same_task(reminder.task, parsed.task)
            and reminder.due.replace(second=0, microsecond=0) == minute
        ):
            return reminder
    return None


def add_unless_duplicate(
    db: sqlite_utils.Database, parsed: ParsedReminder, now: datetime | None = None
) -> tuple[Reminder, bool]:
    """(the stored reminder, True) or (the one already there, False)."""
    existing = find_duplicate(db, parsed)
    if existing is not None:
        return existing, False
    return add_reminder(db, parsed, now=now), True


def already_have(reminder: Reminder, chinese: bool = False, now: datetime | None = None) -> str:
    from .display import when_text, when_text_zh

    if chinese:
        return f"这个提醒已经有了（第 {reminder.id} 条）：{when_text_zh(reminder.due, now)}：{reminder.task}"
    return f"You already have this reminder (reminder {reminder.id}): {when_text(reminder.due, now)}: {reminder.task}"
