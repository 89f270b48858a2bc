"""Reminder figures: the written phrasings corpus (right / refused / silently wrong, beside dateparser
alone), parser throughput, worker start-up with 1,000 stored reminders, firing lateness; with --faults,
the fault run (bench/reminder_faults.py: restarts and a window takeover with real processes, minutes).

Run from the project root:  python bench/reminders.py [--faults]   (uses temporary data folders)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from assistant.clock import now_local
from assistant.db import open_db
from assistant.notify import Dispatcher
from assistant.reminders import ParsedReminder, add_reminder, parse_reminder
from assistant.worker import Worker

SENTENCES = [
    "remind me to water the ferns tomorrow at 7:15am",
    "every Wednesday at 6:30pm put the bins out",
    "remind me in 20 minutes to check the oven",
    "at 5 pick up the kids",
    "on December 3 Ana's birthday",
    "十分钟后提醒我关火",
    "周五晚上七点提醒我给妈妈打电话",
    "每周三提醒我倒垃圾",
    "remind me next Monday to pay rent",
    "every weekday at 8:30 stand-up",
]


def parser_throughput(rounds: int = 200) -> float:
    now = datetime(2026, 3, 2, 8, 0)
    for s in SENTENCES:
        parse_reminder(s, now)  # warm-up (dateparser's first call loads its data)
    began = time.perf_counter()
    for _ in range(rounds):
        for s in SENTENCES:
            parse_reminder(s, now)
    return rounds * len(SENTENCES) / (time.perf_counter() - began)


def raw_dateparser_throughput(rounds: int = 20) -> float:
    """dateparser.search_dates alone on the same sentences: the library underneath, for scale (it finds
    a date in some of them and reads no recurrences, so it does less than the parser)."""
    from dateparser.search import search_dates

    now = datetime(2026, 3, 2, 8, 0)
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": now}
    for s in SENTENCES:
        search_dates(s, settings=settings)
    began = time.perf_counter()
    for _ in range(rounds):
        for s in SENTENCES:
            search_dates(s, settings=settings)
    return rounds * len(SENTENCES) / (time.perf_counter() - began)


def raw_scheduler_startup(count: int = 1000) -> float:
    """APScheduler alone: start a BackgroundScheduler and add `count` date jobs (no SQLite, no lock)."""
    from apscheduler.schedulers.background import BackgroundScheduler

    start = now_local() + timedelta(hours=1)
    began = time.perf_counter()
    scheduler = BackgroundScheduler(timezone=start.tzinfo)
    scheduler.start()
    for i in range(count):
        scheduler.add_job(print, "date", run_date=start + timedelta(minutes=i), id=str(i))
    elapsed = time.perf_counter() - began
    scheduler.shutdown(wait=False)
    return elapsed


def startup(folder: Path, count: int = 1000) -> float:
    path = folder / "start.db"
    db = open_db(path)
    start = now_local() + timedelta(hours=1)
    for i in range(count):
        add_reminder(
            db,
            ParsedReminder(
                task=f"task {i}", first=start + timedelta(minutes=i), rrule="FREQ=DAILY" if i % 3 == 0 else None
            ),
        )
    db.close()
    began = time.perf_counter()
    worker = Worker(db_path=path, dispatcher=Dispatcher([]))
    worker.start()
    elapsed = time.perf_counter() - began
    assert worker.scheduled_count == count
    worker.stop()
    return elapsed


def lateness(folder: Path, count: int = 40, spacing: float = 0.15) -> list[float]:
    path = folder / "late.db"
    db = open_db(path)
    seen: list[float] = []
    worker = Worker(
        db_path=path, dispatcher=Dispatcher([]), on_fire=lambda f: seen.append((now_local() - f.due).total_seconds())
    )  # due → after notification backends returned
    worker.start()
    base = now_local() + timedelta(seconds=2)
    for i in range(count):  # added while running: also measures pick-up of outside changes
        add_reminder(db, ParsedReminder(task=f"t{i}", first=base + timedelta(seconds=i * spacing)))
    deadline = time.monotonic() + 2 + count * spacing + 5
    while len(seen) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.stop()
    return seen


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    import reminder_corpus

    faults = "--faults" in sys.argv
    sys.argv = [sys.argv[0]]  # the two scripts read their own defaults
    reminder_corpus.main()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(
            f"parser: {parser_throughput():,.0f} sentences/s (mixed en/zh, after warm-up); "
            f"raw dateparser.search_dates on the same: {raw_dateparser_throughput():,.0f}/s"
        )
        print(
            f"worker start-up with 1,000 reminders: {startup(folder):.2f} s; "
            f"raw APScheduler start + 1,000 add_job: {raw_scheduler_startup():.2f} s"
        )
        late = sorted(lateness(folder))
        p95 = late[int(0.95 * (len(late) - 1))]
        print(
            f"firing lateness over {len(late)} reminders: median {statistics.median(late) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {late[-1] * 1000:.0f} ms"
        )
    if faults:
        import reminder_faults

        reminder_faults.main()
