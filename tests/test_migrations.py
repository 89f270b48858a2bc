"""The schema upgrades itself: an old database keeps every row and gains the new columns."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from assistant.conversations import Conversations
from assistant.db import open_db
from assistant.migrations import MIGRATIONS

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.sql"


def test_fresh_database_has_every_migration_recorded(home: Path) -> None:
    home.mkdir(parents=True)
    db = open_db(home / "a.db")
    names = [row["name"] for row in db["_migrations"].rows]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert db.journal_mode == "wal"
    assert {"conversations", "messages", "settings"} <= set(db.table_names())


def test_first_released_schema_upgrades_without_losing_rows(tmp_path: Path) -> None:
    # schema_v1.sql is a dump of a database written by the first schema (m001 only), with rows in it.
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()

    db = open_db(path)
    store = Conversations(db)
    convs = store.list()
    assert [c.id for c in convs] == ["c0ffee000001"]
    messages = store.messages("c0ffee000001")
    assert [(m.role, m.content) for m in messages] == [
        ("user", "What is a good name for a cat?"),
        ("assistant", "Mochi is a lovely name for a cat."),
    ]
    assert messages[1].interrupted is False and messages[1].completion_tokens is None
    # New columns work on the old rows.
    store.add_message("c0ffee000001", "assistant", "partial", completion_tokens=3, interrupted=True)
    assert store.messages("c0ffee000001")[-1].interrupted is True


def test_migrations_run_once(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_db(path).conn.close()
    db = open_db(path)
    assert db["_migrations"].count == len(MIGRATIONS)


def test_fixture_matches_first_migration(tmp_path: Path) -> None:
    """Guard against the fixture drifting: it must be what m001 produced, not a later schema."""
    db = sqlite_utils.Database(tmp_path / "m001.db")
    MIGRATIONS[0](db)
    assert "prompt_tokens" not in db["messages"].columns_dict
    assert "prompt_tokens" not in FIXTURE.read_text(encoding="utf-8")
