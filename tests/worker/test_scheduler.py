"""The worker with the real APScheduler and real SQLite files, in-process and as killed processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils

from assistant.clock import after, elapsed, now_local
from assistant.db import open_db
from assistant.notify import Dispatcher
from assistant.reminders import ParsedReminder, add_reminder, get_reminder, snooze_reminder
from assistant.reminders.model import Firing
from assistant.reminders.store import firings, undelivered_firings
from assistant.worker import Worker, WorkerLock, WorkerRunning
from tests.notify.recorder import Recorder

ROOT = Path(__file__).resolve().parents[2]


def add_due_in(db: sqlite_utils.Database, seconds: float, task: str = "stretch", rrule: str | None = None) -> int:
    first = after(now_local(), timedelta(seconds=seconds))
    return add_reminder(db, ParsedReminder(task=task, first=first, rrule=rrule)).id


def wait_for(predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "assistant.db"


def start_worker(path: Path, recorder: Recorder, fired: list[Firing] | None = None) -> Worker:
    worker = Worker(
        db_path=path,
        dispatcher=Dispatcher([recorder]),
        poll_seconds=0.1,
        on_fire=fired.append if fired is not None else None,
    )
    worker.start()
    return worker


def test_a_reminder_fires_on_time(path: Path) -> None:
    db = open_db(path)
    rid = add_due_in(db, 0.6)
    recorder, fired = Recorder(), []
    with_worker = start_worker(path, recorder, fired)
    try:
        assert wait_for(lambda: recorder.sent, timeout=5)
    finally:
        with_worker.stop()
    assert [n.body for n in recorder.sent] == ["stretch"] and not recorder.sent[0].late
    assert fired[0].lateness_s < 1.0
    assert get_reminder(db, rid).status == "fired"


def test_reminders_added_by_another_process_are_picked_up(path: Path) -> None:
    recorder = Recorder()
    worker = start_worker(path, recorder)
    try:
        other = open_db(path)  # as `assistant remind` would, on its own connection
        add_due_in(other, 0.3, task="added later")
        assert wait_for(lambda: recorder.sent, timeout=5)
        # A snooze from outside moves the job too.
        rid = add_due_in(other, 0.5, task="snoozed")
        snooze_reminder(other, rid, 60)
        time.sleep(1.0)
    finally:
        worker.stop()
    assert [n.body for n in recorder.sent] == ["added later"]


def test_missed_reminder_fires_once_late_at_start_and_never_again(path: Path) -> None:
    db = open_db(path)
    rid = add_due_in(db, -300, task="missed while off")
    daily = add_due_in(db, -3 * 86400 - 60, task="daily, missed three times", rrule="FREQ=DAILY")
    for attempt in range(2):  # two starts: the second must not repeat anything
        recorder = Recorder()
        worker = start_worker(path, recorder)
        try:
            wait_for(lambda r=recorder: len(r.sent) >= 2, timeout=3)
            time.sleep(0.3)
        finally:
            worker.stop()
        if attempt == 0:
            assert sorted(n.body for n in recorder.sent) == ["daily, missed three times", "missed while off"]
            assert all(n.late for n in recorder.sent)
        else:
            assert recorder.sent == []
    assert len(firings(db, rid)) == 1 and len(firings(db, daily)) == 1
    assert elapsed(now_local(), get_reminder(db, daily).due) > timedelta(0)  # the series carries on from the future


def test_recurring_reminder_is_rescheduled_after_it_fires(path: Path) -> None:
    db = open_db(path)
    rid = add_due_in(db, 0.3, rrule="FREQ=MINUTELY")
    recorder = Recorder()
    worker = start_worker(path, recorder)
    try:
        assert wait_for(lambda: recorder.sent, timeout=5)
        assert wait_for(lambda: get_reminder(db, rid).fired_count == 1)
        # The firing commits before the worker schedules the next one: wait for that, do not catch it between.
        assert wait_for(lambda: worker.scheduled_count == 1)
    finally:
        worker.stop()
    assert timedelta(seconds=50) < elapsed(now_local(), get_reminder(db, rid).due) <= timedelta(seconds=61)


def test_only_one_worker_per_data_folder(path: Path) -> None:
    first = start_worker(path, Recorder())
    try:
        assert WorkerLock(path.parent).holder_alive()
        with pytest.raises(WorkerRunning, match="already running"):
            start_worker(path, Recorder())
    finally:
        first.stop()
    assert not WorkerLock(path.parent).holder_alive()
    second = start_worker(path, Recorder())  # free again once the first has stopped
    second.stop()


def test_startup_with_1000_reminders_is_quick(path: Path) -> None:
    db = open_db(path)
    start = after(now_local(), timedelta(hours=1))
    with db.conn:
        for i in range(1000):
            add_reminder(
                db,
                ParsedReminder(
                    task=f"task {i}", first=start + timedelta(minutes=i), rrule="FREQ=DAILY" if i % 3 == 0 else None
                ),
            )
    began = time.perf_counter()
    worker = start_worker(path, Recorder())
    elapsed = time.perf_counter() - began
    try:
        assert worker.scheduled_count == 1000
    finally:
        worker.stop()
    assert elapsed < 4.0  # target 2 s; slack for a busy shared machine


WORKER_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from assistant.notify import ConsoleNotifier, Dispatcher
    from assistant.worker import Worker, run_until_stopped
    worker = Worker(db_path=Path(sys.argv[1]), dispatcher=Dispatcher([ConsoleNotifier()]), poll_seconds=0.1)
    run_until_stopped(worker, ready=lambda w: print("READY", flush=True))
    print("STOPPED", flush=True)
""")


SPAWNED: list[subprocess.Popen[bytes]] = []


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test():
    yield
    while SPAWNED:  # a failed assertion must not leave a worker running for ever
        proc = SPAWNED.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def spawn(path: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ASSISTANT_HOME": str(path.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER_SCRIPT, str(path)], stdout=out.open("ab"), stderr=subprocess.STDOUT, env=env
    )
    SPAWNED.append(proc)
    return proc


def lines(out: Path) -> list[str]:
    return out.read_text(encoding="utf-8").splitlines() if out.exists() else []


def test_sigkill_and_restart_fire_each_reminder_exactly_once(path: Path, tmp_path: Path) -> None:
    db = open_db(path)
    missed = add_due_in(db, -120, task="missed")
    soon = add_due_in(db, 6, task="soon")  # far enough that a slow start on a busy machine is not "soon"
    out = tmp_path / "worker.out"

    first = spawn(path, out)
    assert wait_for(lambda: any("missed" in line for line in lines(out)), timeout=20), lines(out)
    first.send_signal(signal.SIGKILL)  # before "soon" is due
    first.wait()
    assert firings(db, soon) == []
    time.sleep(max(0.0, elapsed(now_local(), get_reminder(db, soon).due).total_seconds()) + 0.3)

    second = spawn(path, out)
    assert wait_for(lambda: any("soon" in line for line in lines(out)), timeout=20), lines(out)
    second.send_signal(signal.SIGKILL)  # right after the notification: the one moment a repeat can happen
    second.wait()

    ready_before = sum("READY" in line for line in lines(out))  # a killed worker may not have got as far
    third = spawn(path, out)
    # Lines from two threads can interleave ("READY[12:00:01] ..."), so count substrings, not lines.
    assert wait_for(lambda: sum("READY" in line for line in lines(out)) == ready_before + 1, timeout=20), lines(out)
    time.sleep(0.5)
    third.send_signal(signal.SIGTERM)  # a clean stop, as systemd does it
    assert third.wait(timeout=10) == 0

    text = lines(out)
    # At least once: a kill between the pop-up and recording it shown means it is shown again at the next
    # start (the only way it can appear twice); it never fires twice, and nothing is left unshown.
    shows = [sum(f": {task}" in line for line in text) for task in ("missed", "soon")]
    assert all(1 <= n <= 2 for n in shows), text
    assert undelivered_firings(db) == []
    assert "STOPPED" in text
    assert len(firings(db, missed)) == 1 and firings(db, missed)[0]["late"] == 1
    assert len(firings(db, soon)) == 1
