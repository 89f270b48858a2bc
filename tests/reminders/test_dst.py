"""Daylight-saving changes: wall-clock reminders keep their wall time; delays are elapsed time."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.clock import elapsed, localize
from assistant.reminders import parse_reminder
from assistant.reminders.display import confirmation
from assistant.reminders.model import ReminderQuestion
from assistant.reminders.questions import clarifying_question
from assistant.reminders.recurrence import occurrences, upcoming

LONDON = ZoneInfo("Europe/London")  # 2026-03-29 01:00 GMT → 02:00 BST; 2026-10-25 02:00 BST → 01:00 GMT
NEW_YORK = ZoneInfo("America/New_York")  # 2026-03-08 02:00 → 03:00; 2026-11-01 02:00 → 01:00


def test_daily_reminder_keeps_its_wall_time_across_spring_forward() -> None:
    now = datetime(2026, 3, 27, 12, 0, tzinfo=LONDON)
    parsed = parse_reminder("every day at 9am take vitamins", now)
    times = occurrences(parsed.rrule or "", parsed.start_wall, LONDON, after=now, count=4)
    assert [t.isoformat() for t in times] == [
        "2026-03-28T09:00:00+00:00",
        "2026-03-29T09:00:00+01:00",
        "2026-03-30T09:00:00+01:00",
        "2026-03-31T09:00:00+01:00",
    ]
    assert times[1].astimezone(UTC) - times[0].astimezone(UTC) == timedelta(hours=23)  # a short night


def test_weekly_reminder_across_autumn_fall_back_in_new_york() -> None:
    now = datetime(2026, 10, 26, 12, 0, tzinfo=NEW_YORK)
    parsed = parse_reminder("every Monday at 8:30am stand-up", now)
    times = occurrences(parsed.rrule or "", parsed.start_wall, NEW_YORK, after=now, count=2)
    assert [t.isoformat() for t in times] == ["2026-11-02T08:30:00-05:00", "2026-11-09T08:30:00-05:00"]


def test_a_delay_is_elapsed_time_across_the_change() -> None:
    now = datetime(2026, 3, 29, 0, 30, tzinfo=LONDON)
    parsed = parse_reminder("in 2 hours check the bread", now)
    assert parsed.first.isoformat() == "2026-03-29T03:30:00+01:00"
    assert parsed.first.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=2)


def test_a_time_skipped_by_spring_forward_moves_just_past_the_gap() -> None:
    now = datetime(2026, 3, 28, 12, 0, tzinfo=LONDON)
    parsed = parse_reminder("every day at 1:30am water the seedlings", now)
    times = upcoming(parsed.rrule, parsed.start_wall, parsed.first, 3)
    assert [t.isoformat() for t in times] == [
        "2026-03-29T02:30:00+01:00",
        "2026-03-30T01:30:00+01:00",
        "2026-03-31T01:30:00+01:00",
    ]
    assert localize(datetime(2026, 3, 8, 2, 30), NEW_YORK).isoformat() == "2026-03-08T03:30:00-04:00"


def test_a_time_that_happens_twice_in_autumn_is_asked_about_and_a_repeating_one_means_the_first() -> None:
    now = datetime(2026, 10, 31, 12, 0, tzinfo=NEW_YORK)
    with pytest.raises(ReminderQuestion) as asked:
        parse_reminder("tomorrow at 1:30am check the boiler", now)
    first, second = asked.value.candidates
    assert [first.isoformat(), second.isoformat()] == ["2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00"]
    assert "01:30 comes twice on Sun 1 Nov, as the clocks go back an hour that night" in str(asked.value)
    assert "say 'in 13 hours and 30 minutes' for the first, 'in 14 hours and 30 minutes' for the second" in str(
        asked.value
    )
    assert "Sun 1 Nov, 01:30 EDT, before the clocks go back or Sun 1 Nov, 01:30 EST, after" in str(asked.value)
    assert "11月1日（周日）01:30（时钟回拨前）还是11月1日（周日）01:30（时钟回拨后）" in clarifying_question(
        asked.value, chinese=True
    )
    # The delays it offers are read as the two instants.
    for delay, instant in zip(re.findall(r"'(in [^']+)'", asked.value.reason), (first, second), strict=True):
        assert parse_reminder(f"{delay} check the boiler", now).first.astimezone(UTC) == instant.astimezone(UTC)
    daily = parse_reminder("every day at 1:30am check the boiler", now)
    times = occurrences(daily.rrule or "", daily.start_wall, NEW_YORK, after=now, count=2)
    assert [t.isoformat() for t in times] == ["2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"]


def test_said_inside_the_repeated_hour_a_time_in_it_is_the_one_still_to_come_and_says_which() -> None:
    first_pass = datetime(2026, 10, 25, 1, 10, tzinfo=LONDON)  # 01:10 BST: 01:40 comes twice more
    with pytest.raises(ReminderQuestion):
        parse_reminder("remind me at 1:40am to check the bread", first_pass)
    # 01:05 BST has gone, 01:05 GMT is 55 minutes away (it was read as tomorrow's).
    assert elapsed(first_pass, parse_reminder("remind me at 1:05am to check the bread", first_pass).first) == (
        timedelta(minutes=55)
    )
    second_pass = datetime(2026, 10, 25, 1, 10, fold=1, tzinfo=LONDON)  # 01:10 GMT: 01:40 BST has gone
    parsed = parse_reminder("remind me at 1:40am to check the bread", second_pass)
    assert parsed.first.isoformat() == "2026-10-25T01:40:00+00:00"
    assert parsed.first.astimezone(UTC) - second_pass.astimezone(UTC) == timedelta(minutes=30)
    assert confirmation(parsed, second_pass) == "OK — Sun 25 Oct, 01:40 GMT, after the clocks go back: check the bread"
    # 01:05 has gone both times: tomorrow's, which comes once.
    assert parse_reminder("remind me at 1:05am to check the bread", second_pass).first.isoformat() == (
        "2026-10-26T01:05:00+00:00"
    )


def test_tomorrow_across_the_change_is_the_same_wall_time() -> None:
    now = datetime(2026, 3, 28, 21, 0, tzinfo=LONDON)
    assert parse_reminder("in 1 day call Ana", now).first.isoformat() == "2026-03-29T21:00:00+01:00"
    assert parse_reminder("tomorrow at 9pm call Ana", now).first.isoformat() == "2026-03-29T21:00:00+01:00"
