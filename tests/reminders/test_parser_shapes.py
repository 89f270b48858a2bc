"""The shapes people use that the parser must read (or ask about), in English and Chinese, and the
refusals that keep it from storing a time the person did not say."""

from __future__ import annotations

from datetime import datetime

import pytest

from assistant.reminders import ReminderError, parse_reminder
from assistant.reminders.date_order import locale_date_order
from assistant.reminders.model import ReminderQuestion
from assistant.reminders.recurrence import describe, upcoming
from tests.fixed_zone import LONDON, MONDAY_8AM


def at(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


# Said on Monday 2 March 2026 at 08:00 by someone who writes dates day-first.
READ = [
    ("remind me at 8.30pm today to call Ana", at(3, 2, 20, 30), "call Ana"),
    ("ten past 9 in the evening take the pills", at(3, 2, 21, 10), "take the pills"),
    ("wednesday at 3.30pm dentist", at(3, 4, 15, 30), "dentist"),
    ("3pm 5/15/2026 board meeting", at(5, 15, 15), "board meeting"),
    ("23.04.2026 14:55 train to Leeds", at(4, 23, 14, 55), "train to Leeds"),
    ("8pm on the 15th pay rent", at(3, 15, 20), "pay rent"),
    ("monday the twenty seventh at six pm renew insurance", at(4, 27, 18), "renew insurance"),
    ("1 day 2 hours later check the dough", at(3, 3, 10), "check the dough"),
    ("5th at 4 a.m. catch the flight", at(3, 5, 4), "catch the flight"),
    ("remind me at 7p to walk the dog", at(3, 2, 19), "walk the dog"),
    ("remind me at 9.am to call the bank", at(3, 2, 9), "call the bank"),
    ("remind me at 3 p . m . to pick up the parcel", at(3, 2, 15), "pick up the parcel"),
    ("remind me at 1140 a.m. to join the call", at(3, 2, 11, 40), "join the call"),
    ("on the last day of the month submit timesheet", at(3, 31, 9), "submit timesheet"),
    ("remind me on the 2nd Tuesday of the month to water the orchids", at(3, 10, 9), "water the orchids"),
    ("remind me at twenty past eight in the evening to ring Sam", at(3, 2, 20, 20), "ring Sam"),
    ("remind me at half nine to call the garage", at(3, 2, 9, 30), "call the garage"),
    # A dot time right after its day is a time (British "tomorrow 9.30"); elsewhere it needs "at" or am/pm.
    ("remind me dentist tomorrow 9.30", at(3, 3, 9, 30), "dentist"),
    ("remind me on Friday 10.15 to call the bank", at(3, 6, 10, 15), "call the bank"),
    ("remind me tomorrow, 4.45 pick up Sam", at(3, 3, 16, 45), "pick up Sam"),
    ("remind me tonight 9.30 to lock up", at(3, 2, 21, 30), "lock up"),
    ("remind me tomorrow to fix the 3.30 leak", at(3, 3, 9), "fix the 3.30 leak"),
    # "on" makes a dotted day and month a date (it was stored for today, "5.3" left in the task); a clock
    # time beside a written date is not read again as a day and month ("2.30" asked as 2 March or 30 Feb).
    ("remind me on 5.3 at 2pm call Ana", at(3, 5, 14), "call Ana"),
    ("remind me on 5 March at 2.30 call Ana", at(3, 5, 14, 30), "call Ana"),
    ("remind me to update python to 3.12 on friday", at(3, 6, 9), "update python to 3.12"),
    # "the first" before a word it counts is no day (it was stored for the 1st of next month).
    ("remind me to pay the first instalment at 5pm", at(3, 2, 17), "pay the first instalment"),
    ("remind me to do the first thing on my list at 5pm", at(3, 2, 17), "do the first thing on my list"),
    ("remind me the first to pay rent", at(4, 1, 9), "pay rent"),
    ("remind me first thing tomorrow to email Bob", at(3, 3, 9), "email Bob"),
    ("remind me at 5 and 2 kids to pick up", at(3, 2, 17), "2 kids to pick up"),
    ("remind me on the first of April to call the bank", at(4, 1, 9), "call the bank"),
    ("remind me in a fortnight to check the tyres", at(3, 16, 8), "check the tyres"),
    ("remind me a week from tomorrow to check the tyres", at(3, 10, 9), "check the tyres"),
    ("remind me to read Chapter 11 tomorrow at 9am", at(3, 3, 9), "read Chapter 11"),
    ("remind me to install version 3.5 at 5pm", at(3, 2, 17), "install version 3.5"),
    ("remind me to book the 3 o'clock room at 2:45", at(3, 2, 14, 45), "book the 3 o'clock room"),
    ("remind me 10-03-2026 at 15:00 to call", at(3, 10, 15), "call"),
    ("remind me on the 15th of next month to call", at(4, 15, 9), "call"),
    ("remind me at nine-thirty tonight to call", at(3, 2, 21, 30), "call"),
    ("remind me later today at 4 to call", at(3, 2, 16), "call"),
    ("remind me in 3 weeks time to call", at(3, 23, 8), "call"),
    ("下周末提醒我大扫除", at(3, 14, 9), "大扫除"),
    ("下下周三提醒我交报告", at(3, 18, 9), "交报告"),
    ("月底提醒我交报销", at(3, 31, 9), "交报销"),
    ("下个月5号下午三点提醒我交水费", at(4, 5, 15), "交水费"),
    ("这个月第二个星期二提醒我浇兰花", at(3, 10, 9), "浇兰花"),
    ("1小时30分钟后提醒我关烤箱", at(3, 2, 9, 30), "关烤箱"),
    ("明天提醒我订下午茶", at(3, 3, 9), "订下午茶"),
    ("2026/3/20提醒我交房租", at(3, 20, 9), "交房租"),
]

REPEATS = [
    (
        "remind me every 2nd Tuesday of the month at 7pm to go to book club",
        "FREQ=MONTHLY;BYDAY=+2TU",
        [at(3, 10, 19), at(4, 14, 19), at(5, 12, 19)],
        "on the second Tuesday of every month",
    ),
    (
        "remind me on the last day of every month to pay the card",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        [at(3, 31, 9), at(4, 30, 9), at(5, 31, 9)],
        "on the last day of every month",
    ),
    (
        "每个月最后一个周五下午四点提醒我报销",
        "FREQ=MONTHLY;BYDAY=-1FR",
        [at(3, 27, 16), at(4, 24, 16), at(5, 29, 16)],
        "on the last Friday of every month",
    ),
]

# Sentences that must be asked about, never stored: the words a reading would have to ignore or guess.
ASKED = [
    "remind me tomorrow at 5 on Friday to call mum",  # tomorrow is Tuesday
    "remind me on tuesday the 5th to call mum",  # neither this month's nor next month's 5th is a Tuesday
    "remind me at 8.30pm at 9pm to call mum",
    "remind me at 5 past to call mum",
    "明天下午五点周五提醒我买邮票",
    "下周二5号提醒我买邮票",
    "remind me on the fifth Monday of April to call mum",
    "remind me at a quarter to midnight to call mum",
    "remind me next Friday week to call mum",
    "remind me next weekend to clean the car",
    # A limit on the time the rules do not keep: stored, each fired forever, or on the day it excluded.
    "remind me until Friday every day to take pills",
    "remind me every day except Sunday to run",
    "remind me every Friday at 5pm until March to return the book",
    "remind me before Friday to return the book",
    "remind me every day from Monday to stretch",
    "除了周日每天提醒我跑步",
    "直到周五每天提醒我吃药",
    "每周五提醒我还书，到三月为止",
    "周五之前提醒我还书",
    # A dotted day and month the rules did not read, beside a time that was: stored for today before.
    "remind me to call Ana 5.3 at 2pm",
    "remind me 15.3 at 9 dentist",
    "remind me to pay the 1st instalment at 5pm",
    "remind me at 3 and 5 to stretch",  # one stored at 15:00 before, "5 to stretch" its task
]

NO_TIME = [
    "remind me to read Chapter 11",
    "remind me to install version 3.5",
    "remind me to order afternoon tea",
    "提醒我订下午茶",
    "提醒我读第11章",
    "remind me to fix the 3.30 leak",
]


@pytest.mark.parametrize(("text", "when", "task"), READ, ids=[c[0] for c in READ])
def test_each_shape_is_read_to_the_right_time(text: str, when: datetime, task: str) -> None:
    parsed = parse_reminder(text, MONDAY_8AM, date_order="DMY")
    assert (parsed.first, parsed.task, parsed.rrule) == (when, task, None)


@pytest.mark.parametrize(("text", "rule", "times", "said"), REPEATS, ids=[c[0] for c in REPEATS])
def test_days_of_the_month_repeat(text: str, rule: str, times: list[datetime], said: str) -> None:
    parsed = parse_reminder(text, MONDAY_8AM)
    assert parsed.rrule == rule and describe(rule) == said
    assert upcoming(parsed.rrule, parsed.start_wall, parsed.first, 3) == times


@pytest.mark.parametrize("text", ASKED)
def test_what_cannot_be_read_one_way_is_asked_not_stored(text: str) -> None:
    with pytest.raises(ReminderQuestion) as asked:
        parse_reminder(text, MONDAY_8AM, date_order="DMY")
    assert "\n" not in str(asked.value) and len(str(asked.value)) < 200


@pytest.mark.parametrize("text", NO_TIME)
def test_numbers_that_only_look_like_times_are_no_time(text: str) -> None:
    with pytest.raises(ReminderError, match="No time given"):
        parse_reminder(text, MONDAY_8AM)


def test_conflicting_days_offer_both_readings() -> None:
    with pytest.raises(ReminderQuestion) as asked:
        parse_reminder("remind me tomorrow at 5pm on Friday to call mum", MONDAY_8AM)
    assert asked.value.candidates == [at(3, 3, 17), at(3, 6, 17)]


def test_a_numeric_date_that_reads_both_ways_is_asked_when_the_locale_does_not_say() -> None:
    with pytest.raises(ReminderQuestion) as asked:
        parse_reminder("remind me on 05/03 to renew the passport", MONDAY_8AM, date_order=None)
    assert asked.value.candidates == [at(3, 5, 9), at(5, 3, 9)]
    assert "Thu 5 Mar" in str(asked.value) and "Sun 3 May" in str(asked.value)


def test_a_dotted_date_after_on_reads_both_ways_without_a_locale() -> None:
    with pytest.raises(ReminderQuestion) as asked:
        parse_reminder("remind me on 5.3 at 2pm to call Ana", MONDAY_8AM, date_order=None)
    assert asked.value.candidates == [at(3, 5, 14), at(5, 3, 14)]


@pytest.mark.parametrize(("order", "when"), [("DMY", at(3, 5, 9)), ("MDY", at(5, 3, 9))])
def test_the_locale_settles_which_way_a_date_is_written(order: str, when: datetime) -> None:
    assert parse_reminder("remind me on 05/03 to renew the passport", MONDAY_8AM, date_order=order).first == when


def test_an_unambiguous_numeric_date_needs_no_locale() -> None:
    assert parse_reminder("remind me on 15/03 at 9 to call", MONDAY_8AM, date_order=None).first == at(3, 15, 9)
    assert parse_reminder("remind me on 3/15 at 9 to call", MONDAY_8AM, date_order=None).first == at(3, 15, 9)


@pytest.mark.parametrize(
    ("env", "order"),
    [
        ({"LANG": "en_US.UTF-8"}, "MDY"),
        ({"LANG": "en_GB.UTF-8"}, "DMY"),
        ({"LANG": "de_DE.UTF-8"}, "DMY"),
        ({"LANG": "zh_CN.UTF-8"}, "MDY"),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
        ({"LANG": "en_GB.UTF-8", "LC_TIME": "en_US.UTF-8"}, "MDY"),
    ],
)
def test_date_order_comes_from_the_locale(env: dict[str, str], order: str | None) -> None:
    assert locale_date_order(env) == order


def test_a_fraction_is_not_a_date() -> None:
    with pytest.raises(ReminderError, match="No time given"):
        parse_reminder("remind me to add 1/2 cup of sugar", MONDAY_8AM, date_order="DMY")


@pytest.mark.parametrize(
    "text",
    [
        "remind me in 9000 years to x",
        "remind me in 99999999 days to x",
        "remind me in 999999999999 minutes to x",
        "提醒我99999999年后做x",
    ],
)
def test_a_delay_past_the_calendar_is_refused_in_one_line(text: str) -> None:
    # It was "unexpected error (OverflowError: date value out of range)".
    with pytest.raises(ReminderError, match="too far ahead"):
        parse_reminder(text, MONDAY_8AM)


def test_a_reminder_the_length_of_a_book_is_refused() -> None:
    # 120,000 characters were stored as one reminder's task, to be shown in a notification.
    with pytest.raises(ReminderError, match="at most 1,000"):
        parse_reminder("remind me tomorrow at 9 to " + "a" * 120_000, MONDAY_8AM)
