"""One data generation at a time: restore and delete-all-data switch the database and the memory as one
unit, against concurrent commands and kills at each step."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import ASSISTANT_EXE, run_cli

# Where restore can be killed, in order; from "journal" on, the restore completes on the next start.
STEPS = ["locked", "staged", "journal", "database", "memory-aside", "memory", "journal-removed"]


def seed(home: Path, word: str, memories: int) -> None:
    lines = "".join(
        json.dumps({"id": f"{word}-{i}", "text": f"{word} note number {i} about the garden"}) + "\n"
        for i in range(memories)
    )
    notes = home.parent / f"{word}.jsonl"
    notes.write_text(lines, encoding="utf-8")
    assert run_cli("memory", "import", str(notes), home=home).returncode == 0
    # Not "tomorrow": said between midnight and 04:00 it is asked about, not stored.
    assert run_cli("remind", f"remind me on Friday at 9 to water the {word} roses", home=home).returncode == 0


def state(home: Path) -> tuple[set[str], set[str]]:
    """(the words of the memories, the words of the reminders): each store says which data set it holds."""
    p = run_cli("memory", "list", "--json", home=home)
    assert p.returncode == 0, p.stderr
    memories = {json.loads(line)["text"].split()[0] for line in p.stdout.splitlines() if line.strip()}
    r = run_cli("reminders", "list", "--json", home=home)
    assert r.returncode == 0, r.stderr
    reminders = {item["task"].split()[2] for item in json.loads(r.stdout)}
    return memories, reminders


@pytest.fixture(scope="module")
def old_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of data set "old": 3 memories and one reminder."""
    home = tmp_path_factory.mktemp("old") / "home"
    seed(home, "old", 3)
    archive = home.parent / "old.zip"
    assert run_cli("backup", str(archive), home=home).returncode == 0
    return archive


@pytest.mark.parametrize("step", STEPS)
def test_a_restore_killed_at_any_step_leaves_one_whole_generation(home: Path, old_backup: Path, step: str) -> None:
    seed(home, "new", 5)
    env = {**os.environ, "ASSISTANT_HOME": str(home), "ASSISTANT_FAILPOINT": step}
    killed = run_cli("restore", str(old_backup), "--yes", home=home, env=env)
    assert killed.returncode == -9, killed.stderr
    after = state(home)  # the next command finishes or forgets the interrupted switch first
    restored = STEPS.index(step) >= STEPS.index("journal")
    assert after == ({"old"}, {"old"}) if restored else after == ({"new"}, {"new"})
    leftovers = [p.name for p in home.iterdir() if p.name.startswith((".staging", "tmp")) or p.name == "switch.json"]
    assert leftovers == []


def test_a_chat_started_during_a_restore_lands_in_the_restored_data(home: Path, old_backup: Path) -> None:
    seed(home, "new", 2)
    env = {**os.environ, "ASSISTANT_HOME": str(home)}
    restoring = subprocess.Popen(
        [str(ASSISTANT_EXE), "restore", str(old_backup), "--yes"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.3)
    said = run_cli("chat", "--once", "remember that my bike lock code is 4821", "--json", home=home)
    assert restoring.wait(120) == 0
    assert said.returncode == 0, said.stderr
    conversation = json.loads(said.stdout)["conversation"]
    listed = json.loads(run_cli("conversations", "list", "--json", home=home).stdout)
    assert conversation in [c["id"] for c in listed], "an acknowledged turn was lost"
    memories = run_cli("memory", "list", "--json", home=home).stdout
    assert "bike lock code is 4821" in memories and "old note number 2" in memories
    assert "new note" not in memories


def test_delete_all_data_keeps_a_running_worker_on_live_files(home: Path) -> None:
    seed(home, "secret", 2)
    env = {**os.environ, "ASSISTANT_HOME": str(home)}
    worker = subprocess.Popen(
        [str(ASSISTANT_EXE), "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.time() + 60
        while not (home / "worker.pid").exists() and time.time() < deadline:
            time.sleep(0.2)
        assert run_cli("delete-all-data", "--yes", home=home).returncode == 0
        second = run_cli("worker", home=home)  # the lock survived: still one worker per folder
        assert second.returncode == 3 and "already running" in second.stderr
        due = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(time.time() - 58))
        assert run_cli("remind", "remind me in 1 minute to stretch", "--now", due, home=home).returncode == 0
        deadline = time.time() + 30
        while time.time() < deadline:
            fired = json.loads(run_cli("reminders", "list", "--all", "--json", home=home).stdout)
            if fired and fired[0]["status"] != "scheduled":
                break
            time.sleep(1)
        assert fired and fired[0]["status"] != "scheduled", "the worker did not follow the emptied database"
    finally:
        worker.terminate()
        worker.wait(30)
    for path in home.rglob("*"):
        if path.is_file():
            assert b"secret note" not in path.read_bytes(), path
