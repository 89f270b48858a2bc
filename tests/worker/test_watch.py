"""A process whose worker runs elsewhere sees what fired there, and takes the worker over within seconds
of the other one stopping: real processes, real file lock, real SQLite."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

from assistant.clock import after, now_local
from assistant.db import open_db
from assistant.notify import Dispatcher
from assistant.reminders import ParsedReminder, add_reminder
from assistant.reminders.model import Firing
from assistant.reminders.store import firings
from assistant.worker import Worker, WorkerRunning
from assistant.worker.watch import WorkerWatch
from tests.notify.recorder import Recorder

ROOT = Path(__file__).resolve().parents[2]
OTHER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from assistant.notify import Dispatcher, ConsoleNotifier
    from assistant.worker import Worker, run_until_stopped
    worker = Worker(db_path=Path(sys.argv[1]), dispatcher=Dispatcher([ConsoleNotifier()]), poll_seconds=0.1,
                    load_model=None)
    run_until_stopped(worker, ready=lambda w: print("READY", flush=True))
""")


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_the_window_sees_firings_elsewhere_and_takes_over_when_that_worker_stops(tmp_path: Path) -> None:
    path = tmp_path / "assistant.db"
    db = open_db(path)
    out = tmp_path / "other.out"
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER, str(path)],
        stdout=out.open("wb"),
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert wait_for(lambda: out.exists() and "READY" in out.read_text(), 30), out.read_text()
    recorder, seen, taken = Recorder(), [], []

    def start_here() -> Worker | None:
        worker = Worker(db_path=path, dispatcher=Dispatcher([recorder]), poll_seconds=0.1, load_model=None)
        try:
            worker.start()
        except WorkerRunning:
            return None
        return worker

    watch = WorkerWatch(start_here, seen.append, taken.append, db_path=path, interval=0.5)
    watch.start()
    try:
        first = add_reminder(db, ParsedReminder(task="fired elsewhere", first=after(now_local(), timedelta(seconds=1))))
        assert wait_for(lambda: [f.task for f in seen] == ["fired elsewhere"], 15)
        assert isinstance(seen[0], Firing) and seen[0].reminder_id == first.id and taken == []

        other.send_signal(signal.SIGTERM)
        assert other.wait(timeout=15) == 0
        stopped = time.monotonic()
        # Due while the window takes over: fired once, here, at worst late.
        soon = after(now_local(), timedelta(seconds=1))
        second = add_reminder(db, ParsedReminder(task="after the handover", first=soon))
        assert wait_for(lambda: len(taken) == 1, 10), "the window never took over"
        assert time.monotonic() - stopped < 5
        assert wait_for(lambda: [n.body for n in recorder.sent] == ["after the handover"], 10)
        assert len(firings(db, second.id)) == 1 and len(firings(db, first.id)) == 1
        assert not watch.running  # one scheduler: the watch ends once it has handed over
    finally:
        watch.stop()
        for worker in taken:
            worker.stop()
        if other.poll() is None:
            other.kill()
