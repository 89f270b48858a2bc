"""A data folder written by release 1 opens in this version with nothing lost (issues 4 and 8).

fixtures/release-1.tar.gz is a real user's folder written by the first release's own CLI (commit 9f9471a;
fixtures/make_release1.py regenerates it): SQLite database, LanceDB memory folder with its schema.json
marker, settings, reminders and a queued task. fixtures/release-1.json holds what release 1 showed for it.
Unlike test_migrations.py's schema_v1.sql (one table layout typed in by hand) and the memory store's
hypothetical pre-marker layout, this is every file a release wrote, opened through today's CLI.

The folder is unpacked into a temporary folder once for the module, opened once, and then only read, so the
checks share one upgrade; the archive itself is never opened in place.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tarfile
from pathlib import Path
from typing import Any

import pytest

from assistant.memory.embeddings import MODEL_NAME
from assistant.memory.schema import SCHEMA_VERSION
from assistant.migrations import MIGRATIONS
from tests.helpers import run_cli

FIXTURES = Path(__file__).parent / "fixtures"
ARCHIVE = FIXTURES / "release-1.tar.gz"
EXPECTED: dict[str, Any] = json.loads((FIXTURES / "release-1.json").read_text(encoding="utf-8"))


def cli(home: Path, *args: str, lines: bool = False) -> Any:
    """Today's `assistant` in a fresh process on the unpacked folder, in the zone the fixture was made in
    (reminder times are shown in local time); its JSON output parsed (`lines`: one object a line)."""
    env = {**os.environ, "ASSISTANT_HOME": str(home), "TZ": EXPECTED["tz"]}
    done = run_cli(*args, home=home, env=env)
    assert done.returncode == 0, f"assistant {' '.join(args)}: {done.stderr}"
    if lines:
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return json.loads(done.stdout)


def snapshot(home: Path) -> dict[str, str]:
    """Every data file's digest; log files are the one thing any run may add to."""
    return {
        p.relative_to(home).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(home.rglob("*"))
        if p.is_file() and not p.name.startswith("assistant.log")
    }


def archive_digest() -> str:
    return hashlib.sha256(ARCHIVE.read_bytes()).hexdigest()


def unpack(home: Path) -> Path:
    home.mkdir(mode=0o700)
    with tarfile.open(ARCHIVE) as tar:
        tar.extractall(home, filter="data")
    return home


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The release-1 folder unpacked into a temporary data folder and opened once by today's code: the
    memory store (`memory list`) and the database (`conversations list`) each migrate on that first open."""
    home = unpack(tmp_path_factory.mktemp("release-1") / "home")
    cli(home, "memory", "list", "--json", lines=True)
    cli(home, "conversations", "list", "--json")
    return home


def test_the_fixture_is_what_release_1_wrote() -> None:
    """Guard against drift: the fixture must come from 9f9471a, whose schema is a prefix of today's."""
    assert EXPECTED["commit"].startswith("9f9471a")
    assert EXPECTED["migrations"] == [m.__name__ for m in MIGRATIONS][: len(EXPECTED["migrations"])]
    with tarfile.open(ARCHIVE) as tar:
        names = tar.getnames()
    assert "assistant.db" in names and "memory/schema.json" in names
    assert not [n for n in names if "assistant.log" in n or n.endswith(("-wal", "-shm"))]


def test_the_database_is_migrated_and_intact(upgraded: Path) -> None:
    db = sqlite3.connect(upgraded / "assistant.db")
    try:
        assert [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY rowid")] == [
            m.__name__ for m in MIGRATIONS
        ]
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, rows in EXPECTED["table_rows"].items():
            if table != "_migrations":
                assert db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] == rows, table
    finally:
        db.close()


def kept(new: object, old: object) -> object:
    """`new` cut down to the fields `old` has, at every depth: fields added since (a citation's place, a
    profile fact's kind) may come on top, every field release 1 had must read back unchanged."""
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: kept(new[k], v) if k in new else new.get(k) for k, v in old.items()}
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [kept(n, o) for n, o in zip(new, old, strict=True)]
    return new


def test_conversations_and_messages_read_back_unchanged(upgraded: Path) -> None:
    assert cli(upgraded, "conversations", "list", "--json") == EXPECTED["conversations"]
    for conversation_id, messages in EXPECTED["messages"].items():
        shown = cli(upgraded, "conversations", "show", conversation_id, "--json")["messages"]
        assert kept(shown, messages) == messages
    cited = [m for ms in EXPECTED["messages"].values() for m in ms if m["citations"]]
    assert cited, "the fixture should hold replies that cite memories"


def test_memories_are_carried_over_and_the_current_fact_wins(upgraded: Path) -> None:
    marker = json.loads((upgraded / "memory" / "schema.json").read_text(encoding="utf-8"))
    assert marker["schema_version"] == SCHEMA_VERSION and marker["embedder"] == MODEL_NAME
    assert (upgraded / "memory" / f"{marker['table']}.lance").is_dir()

    memories = cli(upgraded, "memory", "list", "--json", lines=True)
    assert sorted(memories, key=lambda m: m["id"]) == sorted(EXPECTED["memories"], key=lambda m: m["id"])

    searches = cli(
        upgraded, "memory", "search", "where do I live", "我住在哪里", "trip to Guilin", "--json", lines=True
    )
    where, where_zh, trip = ([h["text"] for h in s["results"]] for s in searches)
    shanghai = next(i for i, text in enumerate(where) if "Shanghai" in text)
    assert all("Hangzhou" not in text for text in where[:shanghai])  # the move is found before the old home
    assert any("上海" in text or "Shanghai" in text for text in where_zh)
    assert "Guilin trip plan" in trip[0]  # the imported document
    # Ranking may improve between versions (the user's own question "Where do I live?" no longer comes
    # first), but nothing release 1 found is lost.
    found_then = {h["id"] for h in EXPECTED["searches"]["where do I live"]}
    found_now = {
        h["id"]
        for h in cli(upgraded, "memory", "search", "where do I live", "--limit", "20", "--json", lines=True)[0][
            "results"
        ]
    }
    assert found_then <= found_now


def test_the_profile_is_intact(upgraded: Path) -> None:
    profile = cli(upgraded, "profile", "--json", lines=True)
    assert kept(profile, EXPECTED["profile"]) == EXPECTED["profile"]
    facts = {p["text"] for p in profile}
    assert "I live in Shanghai" in facts and "I live in Hangzhou" not in facts
    assert "我的生日是五月三日" in facts


def test_reminders_keep_their_next_times(upgraded: Path) -> None:
    reminders = cli(upgraded, "reminders", "list", "--all", "--json")
    assert reminders == EXPECTED["reminders"]
    assert {r["recurrence"] is None for r in reminders} == {True, False}  # one-off and recurring
    for reminder_id, times in EXPECTED["reminder_next"].items():
        assert cli(upgraded, "reminders", "next", reminder_id, "--count", "4", "--json") == times


def test_settings_and_tasks_are_kept(upgraded: Path) -> None:
    settings = cli(upgraded, "settings", "--json")
    assert {k: settings[k] for k in EXPECTED["settings"]} == EXPECTED["settings"]
    assert settings["briefing_time"] == "07:30" and settings["max_tokens"] == 160
    tasks = cli(upgraded, "tasks", "list", "--json")
    assert [{k: t[k] for k in old} for t, old in zip(tasks, EXPECTED["tasks"], strict=True)] == EXPECTED["tasks"]


def test_doctor_is_happy_with_the_upgraded_data(upgraded: Path) -> None:
    checks = {c["part"]: c for c in cli(upgraded, "doctor", "--json")}
    assert checks["database"]["ok"], checks["database"]
    assert checks["model"]["ok"], checks["model"]  # settings from release 1 still name a usable model


def test_a_second_open_changes_nothing(upgraded: Path) -> None:
    """Once upgraded, opening again (database and memory) must not migrate or rewrite anything, and the
    fixture itself was never touched (it is only ever unpacked into a temporary folder)."""
    before, archive_before = snapshot(upgraded), archive_digest()
    cli(upgraded, "memory", "search", "where do I live", "--json", lines=True)
    cli(upgraded, "conversations", "list", "--json")
    assert snapshot(upgraded) == before
    assert archive_digest() == archive_before
    assert sorted(p.name for p in FIXTURES.iterdir() if p.name.startswith("release-1")) == [
        "release-1-backup.zip",
        "release-1.json",
        "release-1.tar.gz",
    ]


def test_the_upgraded_folder_takes_new_memories(home: Path) -> None:
    """Written to after the upgrade (on its own copy): a new move supersedes release 1's current home."""
    unpack(home)
    cli(home, "memory", "add", "我搬到了苏州。", "--json")
    facts = {p["text"] for p in cli(home, "profile", "--json", lines=True)}
    assert "我住在苏州" in facts and "I live in Shanghai" not in facts
    assert "My cat is called Mochi" in facts


def test_a_backup_made_by_release_1_restores(home: Path) -> None:
    """fixtures/release-1-backup.zip: `assistant backup` of the fixture's folder, run by release 1's own
    code (a worktree at 9f9471a). Restored by today's code, it comes back whole and current: memories
    in today's schema (profile facts re-embedded in both languages), conversations as they were."""
    done = run_cli(
        "restore",
        str(FIXTURES / "release-1-backup.zip"),
        "--yes",
        home=home,
        env={**os.environ, "ASSISTANT_HOME": str(home), "TZ": EXPECTED["tz"]},
    )
    assert done.returncode == 0, done.stderr
    memories = cli(home, "memory", "list", "--json", lines=True)
    assert sorted(m["id"] for m in memories) == sorted(m["id"] for m in EXPECTED["memories"])
    assert cli(home, "conversations", "list", "--json") == EXPECTED["conversations"]
    marker = json.loads((home / "memory" / "schema.json").read_text(encoding="utf-8"))
    assert marker["schema_version"] == SCHEMA_VERSION
    for query in ("where do I live", "我住在哪里"):
        [found] = cli(home, "memory", "search", query, "--json", lines=True)
        top = found["results"][0]["text"]
        assert "Shanghai" in top or "上海" in top, (query, found["results"])
