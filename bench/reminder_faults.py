"""Fault run for reminders: real processes falling due while a worker restarts (SIGTERM or SIGKILL) and
while a window takes over from a worker that stops. Counts, per scenario: due, fired, shown, shown twice,
never shown, and how many that fell due while nothing ran were listed as missed while away.

Beside it, from the same run: how many firings were committed but not yet shown when a process stopped.
Under the rule before issue 17 (at most once: such a firing was logged and dropped at the next start)
each of those would never have been shown.

    .venv/bin/python bench/reminder_faults.py [--rounds 10] [--seed 1]

Restore and delete-all-data while a worker runs are the data-safety work's (issue 18) and are not here.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COMMON = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from assistant.notify import Dispatcher
    from assistant.worker import Worker, WorkerRunning, run_until_stopped

    class Shown:  # what a person would see: one line per notification, on disk before send() returns
        name, intrusive = "shown", False
        def available(self): return True
        def send(self, note):
            with open(sys.argv[2], "a") as f:
                f.write(f"{note.reminder_id} {note.title}\\n"); f.flush(); os.fsync(f.fileno())

    def worker():
        return Worker(db_path=Path(sys.argv[1]), dispatcher=Dispatcher([Shown()]), poll_seconds=0.2, load_model=None)
""")
# Each process says when it started serving (the worker's own started_at) and when it stopped, so the
# bench knows exactly when nothing ran.
WORKER = COMMON + textwrap.dedent("""
    import time
    run_until_stopped(worker(), ready=lambda w: print(f"READY {w.started_at.timestamp()}", flush=True))
    print(f"STOPPED {time.time()}", flush=True)
""")
# The window's part without Qt: its own worker if it can, else follow the one elsewhere and take over.
WINDOW = COMMON + textwrap.dedent("""
    import threading
    from assistant.worker.watch import WorkerWatch
    stop = threading.Event()
    def start_here():
        w = worker()
        try:
            w.start()
        except WorkerRunning:
            return None
        return w
    taken = []
    watch = WorkerWatch(start_here, lambda f: None,
                        lambda w: (taken.append(w), print(f"TOOK OVER {w.started_at.timestamp()}", flush=True)),
                        db_path=Path(sys.argv[1]))
    watch.start()
    print("READY", flush=True)
    import signal
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    while not stop.wait(0.2):
        pass
    watch.stop()
    for w in taken:
        w.stop()
    import time
    print(f"STOPPED {time.time()}", flush=True)
""")


@dataclass
class Tally:
    due: int = 0
    fired: int = 0
    shown: int = 0
    twice: int = 0
    never: int = 0
    away: int = 0  # fell due while nothing ran
    away_listed: int = 0
    unshown_at_stop: int = 0  # committed, not yet shown, when a process stopped (lost under at-most-once)


def served(out: Path, killed_at: float | None = None) -> tuple[float, float] | None:
    """When the process that wrote `out` ran a worker, (started, stopped); None if it never ran one."""
    start = end = None
    for line in out.read_text(errors="replace").splitlines():
        if line.startswith(("READY ", "TOOK OVER ")):
            start = float(line.split()[-1])
        elif line.startswith("STOPPED ") and start is not None:
            end = float(line.split()[-1])
    if start is None:
        return None
    return start, end if end is not None else (killed_at or time.time())


def spawn(script: str, db: Path, shows: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ASSISTANT_HOME": str(db.parent)}
    return subprocess.Popen(
        [sys.executable, "-c", script, str(db), str(shows)], stdout=out.open("ab"), stderr=subprocess.STDOUT, env=env
    )


def wait_line(out: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and text in out.read_text(errors="replace"):
            return
        time.sleep(0.05)
    raise RuntimeError(f"no {text!r} in {out}: {out.read_text(errors='replace')[-500:]}")


def add_due(db_path: Path, seconds: float, task: str) -> int:
    from assistant.clock import now_local
    from assistant.db import open_db
    from assistant.reminders import ParsedReminder, add_reminder

    db = open_db(db_path)
    try:
        return add_reminder(db, ParsedReminder(task=task, first=now_local() + timedelta(seconds=seconds))).id
    finally:
        db.close()


def unshown(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT count(*) FROM reminder_firings WHERE delivered = 0").fetchone()[0]
    finally:
        conn.close()


class Run:
    """One scenario's data folder, its processes and when any of them was running a worker."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.db = home / "assistant.db"
        self.shows = home / "shows.txt"
        self.shows.touch()
        self.n = 0
        self.runs: list[tuple[float, float]] = []
        self.tally = Tally()
        add_due(self.db, 3600, "keeps the database")  # creates it; never due in this run

    def spawn(self, script: str) -> tuple[subprocess.Popen[bytes], Path]:
        self.n += 1
        out = self.home / f"out{self.n}.txt"
        return spawn(script, self.db, self.shows, out), out

    def ended(self, out: Path, killed_at: float | None = None) -> None:
        span = served(out, killed_at)
        if span is not None:
            self.runs.append(span)
        self.tally.unshown_at_stop += unshown(self.db)

    def settle(self) -> Tally:
        """One last worker until every due reminder has fired and been shown, then the counts."""
        final, out = self.spawn(WORKER)
        wait_line(out, "READY ")
        conn = sqlite3.connect(self.db)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            pending = conn.execute(
                "SELECT count(*) FROM reminders WHERE status = 'scheduled' AND due <= "
                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
            ).fetchone()[0]
            if pending == 0 and unshown(self.db) == 0:
                break
            time.sleep(0.2)
        final.send_signal(signal.SIGTERM)
        final.wait(30)
        self.ended(out)
        rows = conn.execute(
            "SELECT r.id, f.due, f.missed FROM reminders r LEFT JOIN reminder_firings f"
            " ON f.reminder_id = r.id WHERE r.task != 'keeps the database'"
        ).fetchall()
        conn.close()
        shown = Counter(int(line.split()[0]) for line in self.shows.read_text().splitlines() if line.strip())
        t = self.tally
        for rid, due, missed in rows:
            t.due += 1
            t.fired += due is not None
            t.shown += shown[rid] >= 1
            t.twice += shown[rid] > 1
            t.never += shown[rid] == 0
            if due is not None:
                at = datetime.strptime(due, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()
                if not any(a <= at < b for a, b in self.runs):
                    t.away += 1
                    t.away_listed += bool(missed)
        return t


def restarts(rounds: int, rng: random.Random, kill: bool) -> Tally:
    with tempfile.TemporaryDirectory() as tmp:
        run = Run(Path(tmp))
        for i in range(rounds):
            proc, out = run.spawn(WORKER)
            wait_line(out, "READY ")
            for k in range(3):  # due while it runs, around the stop, and while nothing runs
                add_due(run.db, rng.uniform(0.2, 3.0) + k * 0.8, f"round {i} reminder {k}")
            time.sleep(rng.uniform(0.5, 2.5))
            proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            killed_at = time.time() if kill else None
            proc.wait(30)
            run.ended(out, killed_at)
            time.sleep(rng.uniform(0.5, 2.0))  # nothing runs
        return run.settle()


def takeovers(rounds: int, rng: random.Random) -> Tally:
    with tempfile.TemporaryDirectory() as tmp:
        run = Run(Path(tmp))
        for i in range(rounds):
            other, other_out = run.spawn(WORKER)
            wait_line(other_out, "READY ")
            window, window_out = run.spawn(WINDOW)
            wait_line(window_out, "READY")
            for k in range(3):  # before, during and after the hand-over
                add_due(run.db, rng.uniform(0.3, 2.0) + k * 1.0, f"round {i} reminder {k}")
            time.sleep(rng.uniform(0.5, 2.0))
            other.send_signal(signal.SIGTERM)
            other.wait(30)
            run.ended(other_out)
            wait_line(window_out, "TOOK OVER", timeout=20)
            time.sleep(3.5)
            window.send_signal(signal.SIGTERM)
            window.wait(30)
            run.ended(window_out)
        return run.settle()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(
        f"{'scenario':28}{'due':>5}{'fired':>7}{'shown':>7}{'twice':>7}{'never':>7}{'away':>6}{'listed':>8}"
        f"{'unshown at stop':>17}"
    )
    for name, run in (
        ("worker restart (SIGTERM)", lambda: restarts(args.rounds, rng, kill=False)),
        ("worker restart (SIGKILL)", lambda: restarts(args.rounds, rng, kill=True)),
        ("window takes over", lambda: takeovers(args.rounds, rng)),
    ):
        began = time.perf_counter()
        t = run()
        print(
            f"{name:28}{t.due:5}{t.fired:7}{t.shown:7}{t.twice:7}{t.never:7}{t.away:6}{t.away_listed:8}"
            f"{t.unshown_at_stop:17}   ({time.perf_counter() - began:.0f} s)"
        )


if __name__ == "__main__":
    main()
