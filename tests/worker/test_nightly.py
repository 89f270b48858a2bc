"""The nightly job on a real database and a real memory store."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.assistant import Assistant
from assistant.clock import from_stamp, local_zone, stamp
from assistant.memory.api import remember
from assistant.worker.nightly import day_summary, run_nightly


def test_the_day_is_summarised_into_memory_and_repeats_merged(home: Path) -> None:
    a = Assistant.open()
    a.settings.override(temperature=0.0, max_tokens=24)
    a.handle("I moved to Shanghai for a new job.")
    a.handle("remember that my cat is Mochi")
    a.handle("remember that my cat is Mochi")
    store = a.memory()
    # The day the remarks were made (a turn said just before midnight is that day's, whenever this runs).
    first = a.conversations.messages(a.conversations.list()[-1].id)[0]
    day = from_stamp(first.created, local_zone()).date()
    report = run_nightly(a.db, store, day)
    assert report.summary is not None and "I moved to Shanghai for a new job;" in report.summary
    assert "I live in Shanghai" in report.summary and report.merged == 1
    summaries = store.list("summary")
    assert [m.text for m in summaries] == [report.summary]
    assert len([m for m in store.list("fact") if m.text == "my cat is Mochi"]) == 1
    again = run_nightly(a.db, store, day)
    assert again.merged == 0 and len(store.list("summary")) == 1, "running twice changes nothing"


def test_a_quiet_day_writes_nothing(home: Path) -> None:
    a = Assistant.open()
    report = run_nightly(a.db, a.memory(), date(2020, 1, 1))
    assert report.summary is None and a.memory().list("summary") == []


NEW_YORK = ZoneInfo("America/New_York")


def said_at(a: Assistant, text: str, when: datetime) -> None:
    """A remark as stored when it was made at `when` (the conversation store stamps the present moment)."""
    conversation = a.conversations.create()
    message = a.conversations.add_message(conversation.id, "user", text)
    with a.db.conn:
        a.db.execute("UPDATE messages SET created = ? WHERE id = ?", [stamp(when), message.id])
    remember(text, kind="turn", source=f"conversation:{conversation.id}", at=when, store=a.memory())


def test_the_day_is_the_users_local_day_not_utcs(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    a = Assistant.open()
    # 20:00 in New York on 30 November is already 1 December in UTC; 01:00 on 1 December is still 1 December.
    said_at(a, "I moved to Shanghai for a new job.", datetime(2026, 11, 30, 20, 0, tzinfo=NEW_YORK))
    said_at(a, "I adopted a cat called Mochi.", datetime(2026, 12, 1, 1, 0, tzinfo=NEW_YORK))
    summary = day_summary(a.db, a.memory(), date(2026, 11, 30))
    assert summary is not None and summary.startswith("On Monday 30 November 2026 we talked about: I moved to Shanghai")
    assert "Mochi" not in summary and "You told me: I live in Shanghai." in summary
    assert "Mochi" in (day_summary(a.db, a.memory(), date(2026, 12, 1)) or "")


def test_a_day_of_25_hours_keeps_its_last_hour(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    a = Assistant.open()
    # Clocks went back at 02:00 on 1 November 2026: that day ran from 04:00 UTC to 05:00 UTC the next day.
    said_at(a, "I moved to Shanghai for a new job.", datetime(2026, 11, 1, 23, 30, tzinfo=NEW_YORK))
    assert (day_summary(a.db, a.memory(), date(2026, 11, 1)) or "").startswith("On Sunday 01 November 2026")
    assert day_summary(a.db, a.memory(), date(2026, 11, 2)) is None
