"""The reminder commands through click, as the root group runs them: JSON shapes, refusals, storage."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from assistant.cli import Group
from assistant.cli.reminders import COMMANDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(home: Path):
    root = Group(name="assistant", commands={c.name: c for c in COMMANDS})
    runner = CliRunner()

    def run(*args: str) -> click.testing.Result:
        return runner.invoke(root, list(args), catch_exceptions=False)

    return run


def test_remind_dry_run_contract(cli) -> None:
    result = cli(
        "remind", "remind me to water the ferns tomorrow at 7:15am", "--now", "2026-03-02T08:00", "--dry-run", "--json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "id": None,
        "task": "water the ferns",
        "next": ["2026-03-03T07:15:00+00:00"],
        "recurrence": None,
        "duplicate": False,
    }
    assert json.loads(cli("reminders", "list", "--json").output) == []  # nothing stored
    alone = cli("reminders")  # what a new user types first: the list, not a usage error
    assert alone.exit_code == 0 and alone.output.strip() == "No reminders."


def test_remind_weekly_contract(cli) -> None:
    result = cli(
        "remind",
        "every Wednesday at 6:30pm remind me to put the bins out",
        "--now",
        "2026-03-02T08:00",
        "--dry-run",
        "--json",
    )
    data = json.loads(result.output)
    assert data["next"] == ["2026-03-04T18:30:00+00:00", "2026-03-11T18:30:00+00:00", "2026-03-18T18:30:00+00:00"]
    assert data["recurrence"] == "FREQ=WEEKLY;BYDAY=WE"


def test_now_with_an_offset_is_shown_in_local_time(cli) -> None:
    result = cli("remind", "in 20 minutes stretch", "--now", "2026-07-01T08:00:00+02:00", "--dry-run", "--json")
    assert json.loads(result.output)["next"] == ["2026-07-01T07:20:00+01:00"]  # London summer time


def test_store_list_snooze_done_cancel(cli) -> None:
    added = json.loads(cli("remind", "remind me in 2 hours to call Ana", "--json").output)
    assert isinstance(added["id"], int) and added["task"] == "call Ana"
    weekly = json.loads(cli("remind", "每周三晚上八点提醒我倒垃圾", "--json").output)
    rows = json.loads(cli("reminders", "list", "--json").output)
    assert [set(r) for r in rows] == [{"id", "task", "due", "recurrence", "status"}] * 2
    # By id, not place: soonest comes first, and on a Wednesday evening 20:00 comes before two hours from now.
    by_id = {r["id"]: r for r in rows}
    assert by_id[added["id"]]["due"] == added["next"][0] and by_id[weekly["id"]]["recurrence"] == "FREQ=WEEKLY;BYDAY=WE"
    assert cli("reminders", "snooze", str(added["id"]), "10").exit_code == 0
    assert cli("reminders", "done", str(added["id"])).exit_code == 0
    assert cli("reminders", "cancel", str(weekly["id"])).exit_code == 0
    assert json.loads(cli("reminders", "list", "--json").output) == []
    text = cli("reminders", "list", "--all").output
    assert "call Ana" in text and "倒垃圾" in text and "(cancelled)" in text


@pytest.mark.parametrize(
    "args",
    [
        ["remind", "remind me to buy stamps", "--dry-run", "--json"],
        ["remind", "remind me yesterday at 5pm to buy stamps", "--dry-run", "--json"],
        ["remind", "remind me at 25:99 to buy stamps", "--json"],
        ["remind", "", "--json"],
        ["remind", "in 5 minutes tea", "--now", "not-a-time"],
        ["reminders", "cancel", "42"],
        ["reminders", "snooze", "42", "5"],
    ],
)
def test_refusals_are_one_line_and_store_nothing(cli, args: list[str], home: Path) -> None:
    result = cli(*args)
    assert result.exit_code == 1
    assert result.stdout == "" and result.stderr.startswith("assistant: ") and result.stderr.count("\n") == 1
    if args[0] == "remind":
        assert json.loads(cli("reminders", "list", "--json").output) == []


def test_refusal_output_is_one_line_from_a_real_process(home: Path) -> None:
    code = (
        "import sys; from assistant.cli import Group; from assistant.cli.reminders import COMMANDS; "
        "Group(commands={c.name: c for c in COMMANDS})(sys.argv[1:])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "remind", "remind me to buy stamps", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "No time given" in result.stderr


def test_worker_command_stops_cleanly_on_sigterm(home: Path) -> None:
    code = (
        "import sys; from assistant.cli import Group; from assistant.cli.reminders import COMMANDS; "
        "Group(commands={c.name: c for c in COMMANDS})(['worker', *sys.argv[1:]])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    assert "worker running" in proc.stderr.readline()
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert second.returncode == 3 and second.stderr.startswith("assistant: A worker is already running")
    assert "Traceback" not in second.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", code, "--exit-if-running"], capture_output=True, text=True, env=env, timeout=60
    )
    assert quiet.returncode == 0
    time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    assert "worker stopped" in proc.stderr.read()


def test_a_time_that_reads_two_ways_is_one_line_and_a_non_zero_exit(cli) -> None:
    result = cli("remind", "remind me tomorrow at 5pm on Friday to call mum", "--now", "2026-03-02T08:00", "--json")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Tue 3 Mar, 17:00 or Fri 6 Mar, 17:00" in result.stderr
    assert json.loads(cli("reminders", "list", "--json").output) == []


def test_times_are_worded_from_now_whatever_year_this_runs_in(cli) -> None:
    soon = cli("remind", "remind me tomorrow at 7:15am to water the ferns", "--now", "2026-03-02T08:00", "--dry-run")
    assert soon.output.startswith("OK — Tue 3 Mar, 07:15: water the ferns")
    across = cli("remind", "remind me on 2 January at 9am to call Ana", "--now", "2026-12-31T10:00", "--dry-run")
    assert across.output.startswith("OK — Sat 2 Jan 2027, 09:00: call Ana")


def test_the_same_reminder_twice_is_recognised_not_stored_again(cli) -> None:
    # One reference time for all four: said either side of midnight, "tomorrow" is two different days.
    now = ("--now", "2026-03-02T08:00")
    first = json.loads(cli("remind", "remind me tomorrow at 9am to call Ana", *now, "--json").output)
    again = cli("remind", "Remind me to call ana tomorrow at 9am", *now, "--json")
    assert again.exit_code == 0
    assert json.loads(again.output)["duplicate"] is True and json.loads(again.output)["id"] == first["id"]
    said = cli("remind", "remind me tomorrow at 9am to call Ana", *now).output
    assert said.startswith(f"You already have this reminder (reminder {first['id']})")
    later = json.loads(cli("remind", "remind me tomorrow at 10am to call Ana", *now, "--json").output)
    assert later["duplicate"] is False and later["id"] != first["id"]
    assert len(json.loads(cli("reminders", "list", "--json").output)) == 2


@pytest.mark.parametrize(
    ("said", "minutes"), [(None, 10), ("10m", 10), ("1 hour", 60), ("90", 90), ("半小时", 30), ("1h30m", 90)]
)
def test_snooze_takes_durations_and_says_the_time_in_words(cli, said: str | None, minutes: int) -> None:
    # An hour ahead: still not due when snoozed, however slowly a busy machine gets there.
    added = json.loads(cli("remind", "remind me in 1 hour to stretch", "--json").output)
    before = datetime.fromisoformat(added["next"][0])
    args = ["reminders", "snooze", str(added["id"]), *([said] if said else [])]
    out = cli(*args, "--json")
    assert out.exit_code == 0, out.output
    moved = datetime.fromisoformat(json.loads(out.output)["due"])
    assert abs((moved - before).total_seconds() - minutes * 60) < 5  # not yet due: pushed back
    text = cli(*args).output
    # said in words ("Tue 1 Dec, 00:13"), not as an ISO stamp; "Tue" and "Thu" hold a T, so look for the stamp
    assert text.startswith(f"Snoozed reminder {added['id']} until ")
    assert not re.search(r"\d{4}-\d\d-\d\dT\d", text)


def test_snooze_refuses_what_is_not_a_duration_in_one_line(cli) -> None:
    added = json.loads(cli("remind", "remind me in 1 hour to stretch", "--json").output)
    result = cli("reminders", "snooze", str(added["id"]), "5 apples")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "not a length of time" in result.stderr


def test_next_prints_friendly_times_and_json_keeps_iso(cli) -> None:
    added = json.loads(
        cli("remind", "every Wednesday at 6:30pm put the bins out", "--now", "2026-03-02T08:00", "--json").output
    )
    text = cli("reminders", "next", str(added["id"]), "--count", "2").output.splitlines()
    assert len(text) == 2 and all(line.startswith("Wed ") and line.endswith(", 18:30") for line in text)
    assert all("T18:30:00" in t for t in json.loads(cli("reminders", "next", str(added["id"]), "--json").output))
