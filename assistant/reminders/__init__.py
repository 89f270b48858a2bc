"""Reminders: the English/Chinese sentence parser, recurrences as RRULEs, and their SQLite store."""

from .display import confirmation
from .model import Firing, ParsedReminder, Reminder, ReminderError
from .parser import parse_reminder
from .store import (
    add_reminder,
    cancel_reminder,
    done_reminder,
    fire_reminder,
    get_reminder,
    list_reminders,
    next_times,
    snooze_reminder,
)

__all__ = [
    "Firing",
    "ParsedReminder",
    "Reminder",
    "ReminderError",
    "add_reminder",
    "cancel_reminder",
    "confirmation",
    "done_reminder",
    "fire_reminder",
    "get_reminder",
    "list_reminders",
    "next_times",
    "parse_reminder",
    "snooze_reminder",
]
