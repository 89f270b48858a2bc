"""Forget is final: after it returns, or after a kill part-way and the next start, the text is in no file
under the data folder, and no user text reaches the log."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.helpers import run_cli

SECRET = "my bike lock code is 7391 zebra"


def files_holding(home: Path, needle: bytes) -> list[str]:
    return [str(p.relative_to(home)) for p in home.rglob("*") if p.is_file() and needle in p.read_bytes()]


def remembered(home: Path) -> str:
    p = run_cli("memory", "add", SECRET, "--json", home=home)
    assert p.returncode == 0, p.stderr
    for i in range(3):  # more than one version and data file before the forget
        run_cli("memory", "add", f"an unrelated note {i}", home=home)
    return json.loads(p.stdout)["id"]


def test_forgotten_text_is_on_no_disk_file(home: Path) -> None:
    memory_id = remembered(home)
    assert files_holding(home, b"7391 zebra")
    assert run_cli("memory", "forget", memory_id, "--yes", home=home).returncode == 0
    assert files_holding(home, b"7391 zebra") == []
    assert "unrelated note 2" in run_cli("memory", "list", home=home).stdout


def test_a_forget_killed_after_rewriting_is_finished_by_the_next_command(home: Path) -> None:
    memory_id = remembered(home)
    env = {**os.environ, "ASSISTANT_HOME": str(home), "ASSISTANT_FAILPOINT": "forget-rewritten"}
    assert run_cli("memory", "forget", memory_id, "--yes", home=home, env=env).returncode == -9
    assert "7391" not in run_cli("memory", "list", home=home).stdout
    assert files_holding(home, b"7391 zebra") == []


def test_the_log_holds_no_user_text_unless_asked(home: Path) -> None:
    run_cli("chat", "--once", "remember that my passport number is X99 quartz", home=home)
    run_cli("memory", "forget", "the ferry timetable to Quartzhaven", "--yes", home=home)  # refused: no match
    run_cli("remind", "remind me in 5 minutes to take the quartz pills", home=home)
    log = (home / "assistant.log").read_text(encoding="utf-8").lower()
    assert "refused" in log and "quartz" not in log and "traceback" not in log


def test_forgetting_in_chat_leaves_the_words_in_no_conversation_either(home: Path) -> None:
    assert run_cli("chat", "--once", "remember that my safe combination is 31-07-zebra", home=home).returncode == 0
    p = run_cli("chat", "--once", "forget my safe combination", "--json", home=home)
    assert p.returncode == 0 and "31-07-zebra" in json.loads(p.stdout)["reply"]  # shown once, to confirm
    assert files_holding(home, b"31-07-zebra") == []
    shown = run_cli("conversations", "list", "--json", home=home).stdout
    assert "[forgotten]" in shown
