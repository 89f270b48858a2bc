"""Every other week, fortnightly, 每隔一周: a reminder that repeats with a gap is stored with that gap and
said with it, and a gap word that reads two ways ("biweekly", 每隔两天, 隔周) is asked about, never guessed."""

from __future__ import annotations

import pytest

from assistant.reminders import parse_reminder
from assistant.reminders.display import describe_zh
from assistant.reminders.model import ReminderQuestion
from assistant.reminders.recurrence import describe
from tests.fixed_zone import MONDAY_8AM

STORED = [
    ("remind me every other Friday to return the book", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "return the book"),
    ("remind me fortnightly on Friday to return the book", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "return the book"),
    ("remind me every other week on Friday to return the book", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "return the book"),
    ("remind me every fortnight to water the plants", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "water the plants"),
    ("remind me every 1 fortnight to water the plants", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "water the plants"),
    ("remind me every other month on the 1st to pay rent", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1", "pay rent"),
    ("remind me every other hour to stretch", "FREQ=HOURLY;INTERVAL=2", "stretch"),
    ("remind me every other year on March 3 to renew the licence", "FREQ=YEARLY;INTERVAL=2", "renew the licence"),
    ("每隔一周的周五提醒我还书", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "还书"),
    ("每隔一天提醒我浇花", "FREQ=DAILY;INTERVAL=2", "浇花"),
    ("每隔两小时提醒我喝水", "FREQ=HOURLY;INTERVAL=2", "喝水"),
    ("每两周周五提醒我交作业", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "交作业"),
]

ASKED = [
    "remind me biweekly to pay the cleaner",  # twice a week, or every two weeks?
    "remind me bi-monthly to check the boiler",
    "remind me bi-weekly on Friday to pay the cleaner",  # was read as "weekly", task "bi- to pay the cleaner"
    "每隔两天提醒我浇花",  # every 2 days, or every 3 (two days between)?
    "隔周周五提醒我还书",  # every other week, or next week?
]


@pytest.mark.parametrize(("text", "rule", "task"), STORED, ids=[c[0] for c in STORED])
def test_a_gap_between_repeats_is_stored(text: str, rule: str, task: str) -> None:
    parsed = parse_reminder(text, MONDAY_8AM)
    assert (parsed.rrule, parsed.task) == (rule, task)


@pytest.mark.parametrize("text", ASKED)
def test_a_gap_that_reads_two_ways_is_asked_not_stored(text: str) -> None:
    with pytest.raises(ReminderQuestion) as asked:
        parse_reminder(text, MONDAY_8AM)
    assert "\n" not in str(asked.value) and "No time given" not in str(asked.value)


@pytest.mark.parametrize(
    ("rule", "english", "chinese"),
    [
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "every other Friday", "每2周的周五"),
        ("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH", "every 3 weeks on Monday, Thursday", "每3周的周一、四"),
        ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1", "on day 1 of every 2 months", "每2个月的1号"),
        ("FREQ=MONTHLY;INTERVAL=3;BYDAY=+1MO", "on the first Monday of every 3 months", "每3个月第一个星期一"),
        ("FREQ=WEEKLY;BYDAY=FR", "every Friday", "每周五"),
    ],
)
def test_the_gap_is_said_when_the_reminder_is_confirmed_and_listed(rule: str, english: str, chinese: str) -> None:
    # Said as "every Friday", a fortnightly reminder reads as weekly: the person would think it wrong.
    assert describe(rule) == english
    assert describe_zh(rule) == chinese
