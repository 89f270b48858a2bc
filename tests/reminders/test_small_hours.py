"""'Tomorrow' said after midnight: at 00:30 on Wednesday, "tomorrow at 9" may mean the coming morning (the
speaker's day has not ended) or Thursday. Asked, never read one way; from 04:00 it is the next day."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from assistant.cli import Group
from assistant.cli.reminders import COMMANDS, remind
from assistant.commands import CHINESE_REMINDER_HELP
from assistant.reminders import parse_reminder
from assistant.reminders.model import ReminderQuestion
from assistant.reminders.parser import NO_TASK, UNREAD
from assistant.reminders.questions import clarifying_question
from assistant.reminders.timespec import NO_TIME
from tests.fixed_zone import LONDON

HALF_PAST_MIDNIGHT = datetime(2026, 12, 2, 0, 30, tzinfo=LONDON)  # Wednesday


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    "said",
    ["remind me tomorrow at 9am to call Ana", "tomorrow morning call Ana", "明天早上九点提醒我给安娜打电话"],
)
def test_tomorrow_after_midnight_offers_later_today_and_the_day_after(said: str) -> None:
    with pytest.raises(ReminderQuestion) as asked:
        parse_reminder(said, HALF_PAST_MIDNIGHT)
    assert asked.value.candidates == [at(2, 9), at(3, 9)]
    assert "(say 'today' or 'on Thursday')" in asked.value.reason, "how to answer it"
    assert (
        "the day after (say 'today' or 'on Thursday'). Which did you mean: Wed 2 Dec, 09:00 or Thu 3 Dec, 09:00?"
        in (clarifying_question(asked.value))
    ), "asked once, not 'which one did you mean? Which did you mean'"
    assert "12月2日（周三）09:00还是12月3日（周四）09:00" in clarifying_question(asked.value, chinese=True)


def test_the_answers_to_the_question_are_read_one_way() -> None:
    assert parse_reminder("remind me today at 9am to call Ana", HALF_PAST_MIDNIGHT).first == at(2, 9)
    assert parse_reminder("remind me on Thursday at 9am to call Ana", HALF_PAST_MIDNIGHT).first == at(3, 9)


def test_only_one_reading_left_is_no_question() -> None:
    two_am = datetime(2026, 12, 2, 2, 0, tzinfo=LONDON)
    assert parse_reminder("remind me tomorrow at 1am to check the oven", two_am).first == at(3, 1)  # 01:00 is past
    four_am = datetime(2026, 12, 2, 4, 0, tzinfo=LONDON)
    assert parse_reminder("remind me tomorrow at 9am to call Ana", four_am).first == at(3, 9)
    late_evening = datetime(2026, 12, 1, 23, 59, tzinfo=LONDON)
    assert parse_reminder("remind me tomorrow at 9am to call Ana", late_evening).first == at(2, 9)


def test_on_the_command_line_it_is_one_line_a_non_zero_exit_and_nothing_stored(home: Path) -> None:
    root = Group(name="assistant", commands={c.name: c for c in COMMANDS})
    runner = CliRunner()

    def cli(*args: str) -> click.testing.Result:
        return runner.invoke(root, list(args), catch_exceptions=False)

    result = cli("remind", "remind me tomorrow at 9am to call Ana", "--now", "2026-12-02T00:30", "--json")
    assert result.exit_code == 1 and result.stdout == "" and result.stderr.count("\n") == 1
    assert "(Wed 2 Dec, 09:00 or Thu 3 Dec, 09:00)" in result.stderr
    assert json.loads(cli("reminders", "list", "--json").output) == []


def test_every_example_the_assistant_offers_sets_a_reminder_at_any_hour() -> None:
    """The examples in its messages are what a stuck user types next: none may be asked about at 01:00, or on
    the nights the clocks change."""
    offered = " ".join(
        [
            NO_TIME,
            NO_TASK,
            UNREAD,
            CHINESE_REMINDER_HELP,
            remind.help or "",
            clarifying_question(ReminderQuestion("?"), True),
        ]
    )
    examples = re.findall(r"(?<![a-z])'([^']+)'|\"([^\"]+)\"|“([^”]+)”", offered)  # not the ' in "couldn't"
    sentences = [next(part for part in found if part) for found in examples if "{0}" not in "".join(found)]
    assert len(sentences) >= 8, sentences
    for week in (datetime(2026, 3, 23, tzinfo=UTC), datetime(2026, 10, 19, tzinfo=UTC)):  # the clocks change on Sunday
        for minutes in range(0, 7 * 24 * 60, 30):
            now = (week + timedelta(minutes=minutes)).astimezone(LONDON)
            for said in sentences:
                task = "" if re.search(r"remind me|提醒我|倒垃圾", said, re.IGNORECASE) else " call Ana"
                parsed = parse_reminder(said + task, now)
                assert parsed.first.astimezone(UTC) > now.astimezone(UTC), (said, now)
