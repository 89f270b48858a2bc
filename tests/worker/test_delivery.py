"""At-least-once: a firing counts as shown only once a notifier a person sees has taken it; one that was
not is shown at the next start and listed, once, as missed while away."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from assistant.cli import Group
from assistant.cli.reminders import COMMANDS
from assistant.clock import after, now_local
from assistant.db import open_db
from assistant.notify import Dispatcher, LogNotifier
from assistant.reminders import ParsedReminder, add_reminder, fire_reminder
from assistant.reminders.missed import missed_firings, take_missed
from assistant.reminders.store import firings, undelivered_firings
from assistant.worker import Worker
from tests.notify.recorder import Recorder


def add_due_in(db: sqlite_utils.Database, seconds: float, task: str) -> int:
    return add_reminder(db, ParsedReminder(task=task, first=after(now_local(), timedelta(seconds=seconds)))).id


def wait_for(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


class Broken:
    name, intrusive = "desktop", True

    def available(self) -> bool:
        return True

    def send(self, note: object) -> None:
        raise OSError("no notification service")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "assistant.db"


def test_a_firing_whose_showing_never_happened_is_shown_at_the_next_start(path: Path) -> None:
    db = open_db(path)
    rid = add_due_in(db, -5, "take the pills")
    firing = fire_reminder(db, rid)  # committed, as if the process died before the pop-up
    assert firing is not None and [f.id for f in undelivered_firings(db)] == [firing.id]
    recorder = Recorder()
    worker = Worker(db_path=path, dispatcher=Dispatcher([recorder]), poll_seconds=0.1, load_model=None)
    worker.start()
    try:
        assert wait_for(lambda: len(recorder.sent) == 1)
        time.sleep(0.3)
    finally:
        worker.stop()
    note = recorder.sent[0]
    assert note.body == "take the pills" and note.late and note.reminder_id == rid
    assert undelivered_firings(db) == [] and len(firings(db, rid)) == 1  # shown, not fired again
    assert [f.task for f in take_missed(db)] == ["take the pills"]
    assert take_missed(db) == []  # listed once


def test_a_firing_only_the_log_took_is_not_counted_as_shown(path: Path) -> None:
    db = open_db(path)
    rid = add_due_in(db, 0.3, "call the clinic")
    worker = Worker(db_path=path, dispatcher=Dispatcher([LogNotifier(), Broken()]), poll_seconds=0.1, load_model=None)
    worker.start()
    try:
        assert wait_for(lambda: len(firings(db, rid)) == 1)
        assert wait_for(lambda: len(missed_firings(db)) == 1)
    finally:
        worker.stop()
    assert [f.reminder_id for f in undelivered_firings(db)] == [rid]
    recorder = Recorder()
    again = Worker(db_path=path, dispatcher=Dispatcher([recorder]), poll_seconds=0.1, load_model=None)
    again.start()
    try:
        assert wait_for(lambda: [n.body for n in recorder.sent] == ["call the clinic"])
    finally:
        again.stop()
    assert undelivered_firings(db) == []


def test_reminders_due_while_nothing_ran_are_listed_as_missed_once(path: Path, home: Path) -> None:
    from assistant import config

    db = open_db(config.db_path())  # the CLI's data folder
    add_due_in(db, -600, "water the plants")
    add_due_in(db, 3600, "not yet")
    recorder = Recorder()
    worker = Worker(db_path=config.db_path(), dispatcher=Dispatcher([recorder]), poll_seconds=0.1, load_model=None)
    worker.start()
    try:
        assert wait_for(lambda: len(recorder.sent) == 1)
    finally:
        worker.stop()
    root = Group(name="assistant", commands={c.name: c for c in COMMANDS})
    runner = CliRunner()
    listed = json.loads(runner.invoke(root, ["reminders", "list", "--missed", "--json"]).output)
    assert [(r["task"], set(r)) for r in listed] == [("water the plants", {"reminder_id", "task", "due", "fired_at"})]
    again = runner.invoke(root, ["reminders", "list", "--missed"])
    assert again.exit_code == 0 and again.output.strip() == "Nothing missed while away."


def test_due_a_moment_before_the_worker_started_is_still_missed_while_away(path: Path) -> None:
    db = open_db(path)
    add_due_in(db, -2, "stand up")  # only seconds late, but nothing was running when it fell due
    add_due_in(db, 0.5, "on time")
    recorder = Recorder()
    worker = Worker(db_path=path, dispatcher=Dispatcher([recorder]), poll_seconds=0.1, load_model=None)
    worker.start()
    try:
        assert wait_for(lambda: len(recorder.sent) == 2)
    finally:
        worker.stop()
    titles = {n.body: n.title for n in recorder.sent}
    assert titles == {"stand up": "Missed while away", "on time": "Reminder"}
    assert [f.task for f in missed_firings(db)] == ["stand up"]
