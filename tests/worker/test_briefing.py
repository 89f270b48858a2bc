"""The morning briefing: built from real SQLite rows, and sent by the real scheduler at its time."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

from assistant.clock import after, now_local
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
