"""Shared pieces for the reminder, worker and notification tests: a fixed clock in a real zone, a real
SQLite file in tmp_path. Each of those folders' conftest.py takes the fixtures from here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from assistant.db import open_db

LONDON = ZoneInfo("Europe/London")
# Monday 2 March 2026, 08:00 in London (GMT, so the same as UTC): the contract's reference time.
MONDAY_8AM = datetime(2026, 3, 2, 8, 0, tzinfo=LONDON)


@pytest.fixture(autouse=True)
def london(monkeypatch: pytest.MonkeyPatch) -> ZoneInfo:
    """Every reminder test runs in a zone with daylight saving, whatever the machine's zone is."""
    monkeypatch.setenv("TZ", "Europe/London")
    return LONDON


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    database = open_db(tmp_path / "assistant.db")
    yield database
    database.close()
