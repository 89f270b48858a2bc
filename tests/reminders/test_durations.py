"""Snooze lengths as people say them, in both languages; anything else is one clear refusal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.reminders import ReminderError
from assistant.reminders.durations import parse_duration


@pytest.mark.parametrize(
    ("said", "length"),
    [
        (None, timedelta(minutes=10)),
        ("", timedelta(minutes=10)),
        ("10m", timedelta(minutes=10)),
        ("10 min", timedelta(minutes=10)),
        ("1 hour", timedelta(hours=1)),
        ("an hour and a half", timedelta(minutes=90)),
        ("1h30m", timedelta(minutes=90)),
        ("2 hours and 15 minutes", timedelta(minutes=135)),
        ("half an hour", timedelta(minutes=30)),
        ("for 20 minutes", timedelta(minutes=20)),
        ("90", timedelta(minutes=90)),
        ("a day", timedelta(days=1)),
        ("半小时", timedelta(minutes=30)),
        ("十分钟", timedelta(minutes=10)),
        ("1小时", timedelta(hours=1)),
        ("一个半小时", timedelta(minutes=90)),
    ],
)
def test_durations_people_say(said: str | None, length: timedelta) -> None:
    assert parse_duration(said) == length


@pytest.mark.parametrize("said", ["abc", "5 apples", "0", "0 minutes", "400 days", "tomorrow"])
def test_anything_else_is_refused_in_one_line(said: str) -> None:
    with pytest.raises(ReminderError) as refused:
        parse_duration(said)
    assert "\n" not in str(refused.value)
