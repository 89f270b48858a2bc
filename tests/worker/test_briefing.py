"""The morning briefing: built from real SQLite rows, and sent by the real scheduler at its time."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import pytest

from assistant.clock import after, next_daily, now_local
from assistant.db import open_db
from assistant.notify import Dispatcher
from assistant.reminders import add_reminder, parse_reminder
from assistant.worker import Worker
from assistant.worker.briefing import build_briefing
from assistant.worker.tasks import add_task
from tests.fixed_zone import LONDON
from tests.notify.recorder import Recorder


def test_briefing_lists_todays_reminders_tasks_and_plans(tmp_path: Path) -> None:
    db = open_db(tmp_path / "a.db")
    morning = datetime(2026, 3, 2, 7, 0, tzinfo=LONDON)
    for text in (
        "remind me at 5pm to call Ana",
        "every day at 9am take vitamins",
        "tomorrow at 9 dentist",
        "every 4 hours drink water",
    ):
        add_reminder(db, parse_reminder(text, morning), now=morning)
    add_task(db, "write a 300-word story about a fox")
    briefing = build_briefing(db, morning, recall=lambda now: ["I will post the parcel today"])
    assert [(t.strftime("%H:%M"), task) for t, task in briefing.reminders] == [
        ("09:00", "take vitamins"),
        ("11:00", "drink water"),
        ("15:00", "drink water"),
        ("17:00", "call Ana"),
        ("19:00", "drink water"),
        ("23:00", "drink water"),
    ]
    text = briefing.text()
    assert "17:00 call Ana" in text and "dentist" not in text and "fox" in text and "post the parcel" in text
    assert build_briefing(open_db(tmp_path / "b.db"), morning, recall=None).text().startswith("Nothing planned")


def test_the_worker_sends_the_briefing_at_its_time(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    due = add_reminder(open_db(path), parse_reminder("in 1 minute stretch", now_local())).due
    recorder = Recorder()
    sent = recorder.sent

    # Far enough ahead that a slow start on a busy machine has not passed it (then it would be tomorrow's).
    at = (after(now_local(), timedelta(seconds=4))).time().replace(microsecond=0)
    worker = Worker(db_path=path, dispatcher=Dispatcher([recorder]), load_model=None, briefing_at=at, recall=None)
    worker.start()
    try:
        deadline = time.monotonic() + 15
        while not sent and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        worker.stop()
    assert sent and sent[0].title == "Your day"
    assert ("stretch" in sent[0].body) == (due.date() == now_local().date())  # unless it is nearly midnight


# The clocks go forward at 01:00 GMT on 29 March 2026 and back at 02:00 BST on 25 October.
SPRING = [
    "2026-03-28T01:30:00+00:00",
    "2026-03-29T02:30:00+01:00",  # 01:30 is never shown that night: just past the gap, once
    "2026-03-30T01:30:00+01:00",
]
AUTUMN = [
    "2026-10-24T01:30:00+01:00",
    "2026-10-25T01:30:00+01:00",  # the first 01:30 of two, and not the second
    "2026-10-26T01:30:00+00:00",
]


def test_a_worker_started_after_the_first_0130_of_the_autumn_night_waits_for_the_next_day() -> None:
    second_pass = datetime(2026, 10, 25, 1, 45, fold=1, tzinfo=LONDON)  # 01:45 GMT: 01:30 BST was an hour ago
    assert next_daily(clock_time(1, 30), second_pass).isoformat() == "2026-10-26T01:30:00+00:00"
    assert next_daily(clock_time(1, 50), second_pass).isoformat() == "2026-10-26T01:50:00+00:00"


@pytest.mark.parametrize("expected", [SPRING, AUTUMN], ids=["spring", "autumn"])
def test_a_briefing_set_in_the_hour_the_clocks_change_comes_once_each_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: list[str]
) -> None:
    at = clock_time(1, 30)
    sent: list[datetime] = []
    worker = Worker(db_path=tmp_path / "a.db", dispatcher=Dispatcher([]), load_model=None, briefing_at=at, recall=None)
    worker.start()
    # Only what the worker schedules is read here: the nights are in the past, and a running scheduler would
    # also run the jobs at once, on its own thread (a CI run sent one briefing twice that way).
    worker.scheduler.pause()  # type: ignore[union-attr]
    try:
        due = next_daily(at, datetime.fromisoformat(expected[0]).astimezone(LONDON) - timedelta(hours=2))
        for _ in expected:
            # What the worker does once a briefing has been sent: a second later, on that night's clock.
            later = after(due, timedelta(seconds=1))
            monkeypatch.setattr("assistant.worker.scheduler.now_local", lambda later=later: later)
            worker._run_daily("briefing", at, lambda due=due: sent.append(due), due)
            job = worker.scheduler.get_job("briefing")  # type: ignore[union-attr]
            due = job.args[3]
            assert job.next_run_time.astimezone(UTC) == due.astimezone(UTC), "APScheduler runs it when we said"
    finally:
        worker.stop()
    assert [d.isoformat() for d in sent] == expected
