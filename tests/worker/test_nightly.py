"""The nightly job on a real database and a real memory store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.assistant import Assistant
from assistant.worker.nightly import run_nightly


def test_the_day_is_summarised_into_memory_and_repeats_merged(home: Path) -> None:
    a = Assistant.open()
    a.settings.override(temperature=0.0, max_tokens=24)
    a.handle("I moved to Shanghai for a new job.")
    a.handle("remember that my cat is Mochi")
    a.handle("remember that my cat is Mochi")
    store = a.memory()
    report = run_nightly(a.db, store, date.today())
    assert report.summary is not None and "I moved to Shanghai for a new job;" in report.summary
    assert "I live in Shanghai" in report.summary and report.merged == 1
    summaries = store.list("summary")
    assert [m.text for m in summaries] == [report.summary]
    assert len([m for m in store.list("fact") if m.text == "my cat is Mochi"]) == 1
    again = run_nightly(a.db, store, date.today())
    assert again.merged == 0 and len(store.list("summary")) == 1, "running twice changes nothing"


def test_a_quiet_day_writes_nothing(home: Path) -> None:
    a = Assistant.open()
    report = run_nightly(a.db, a.memory(), date(2020, 1, 1))
    assert report.summary is None and a.memory().list("summary") == []
