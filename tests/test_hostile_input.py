"""Hostile input gets one line that says what to fix, within bounds, and stores nothing."""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ASSISTANT_EXE, run_cli


def refused(p: subprocess.CompletedProcess[str], *words: str) -> str:
    line = p.stderr.strip()
    assert p.returncode not in (0, -9), p
    assert "\n" not in line and "Traceback" not in line and "unexpected error" not in line, line
    for w in words:
        assert w in line, line
    return line


def memory_count(home: Path) -> int:
    return len(run_cli("memory", "list", "--json", home=home).stdout.splitlines())


def test_imports_read_only_regular_files_within_bounds(home: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    late_nul = tmp_path / "late-nul.txt"
    late_nul.write_bytes(b"a harmless line\n" * 1000 + b"\x00 hidden")
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    for path, words in (
        (zero, ["not a regular file"]),
        (fifo, ["not a regular file"]),
        (tmp_path, ["folder"]),
        (late_nul, ["binary"]),
    ):
        refused(run_cli("memory", "import", str(path), home=home, timeout=30), *words)
    assert memory_count(home) == 0


@pytest.mark.parametrize(
    "line, words",
    [
        ({"text": "x", "importance": float("nan")}, ["importance"]),
        ({"text": "x", "importance": 1e309}, ["importance"]),
        ({"text": "x", "at": "99999-01-01"}, ["ISO time"]),
        ({"text": "x", "position": 10**30}, ["position"]),
        ({"text": "x", "kind": ["turn"]}, ["kind"]),
    ],
)
def test_bad_values_in_json_lines_are_named(home: Path, tmp_path: Path, line: dict, words: list[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")  # NaN and Infinity as Python writes them
    refused(run_cli("memory", "import", str(path), home=home), *words)
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    refused(run_cli("memory", "import", str(deep), home=home), "nested")


def test_restore_refuses_devices_bombs_and_giant_manifests_before_extracting(home: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": 1,
                    "app_version": "0",
                    "created": "2026-01-01",
                    "conversations": 0,
                    "messages": 0,
                    "memories": 0,
                    "database_sha256": "0",
                    "memory_sha256": "0",
                }
            ),
        )
        with z.open("assistant.db", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(300):  # 300 MB of zeros, about 300 KB compressed
                member.write(block)
        z.writestr("memory.arrow", b"")
    manifest_bomb = tmp_path / "manifest.zip"
    with zipfile.ZipFile(manifest_bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", b" " * (20 << 20))
    for archive, words in (
        (Path("/dev/zero"), ["not a regular file"]),
        (bomb, ["would expand"]),
        (manifest_bomb, ["manifest"]),
    ):
        refused(run_cli("restore", str(archive), "--yes", home=home, timeout=60), *words)
    assert not [p for p in home.rglob("*") if p.is_file() and p.stat().st_size > 10 << 20]


def test_over_long_queries_and_invalid_utf8_messages_are_refused(home: Path) -> None:
    refused(run_cli("memory", "search", "word " * 20_000, home=home), "at most")
    refused(run_cli("memory", "search", "cat", "  ", home=home), "empty")
    env = {**os.environ, "ASSISTANT_HOME": str(home)}
    p = subprocess.run(
        [str(ASSISTANT_EXE), "chat", "--once", b"remember that \xff\xfe broken"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    refused(p, "UTF-8")
    assert json.loads(run_cli("conversations", "list", "--json", home=home).stdout) == []
    assert memory_count(home) == 0


def test_a_reader_that_leaves_early_gets_no_traceback(home: Path) -> None:
    """`assistant privacy | head -2`: the pipe closes before the command writes."""
    env = {**os.environ, "ASSISTANT_HOME": str(home)}
    proc = subprocess.Popen([str(ASSISTANT_EXE), "privacy"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(60) in (0, 141) and err == b""


# Terminal control in user text: an OSC "set title", a clear-screen CSI, a bell, a C1 CSI and a bidi override.
CONTROL = "green\x1b]0;pwned\x07 tea \x1b[2Jwith\x07\x9b31m \u202emint"
CONTROL_CHARS = ("\x1b", "\x07", "\x9b", "\u202e")


def no_control(text: str) -> str:
    assert not any(c in text for c in CONTROL_CHARS), repr(text)
    return text


def test_clean_text_removes_terminal_control_and_keeps_real_text() -> None:
    from assistant.bounded import clean_text

    assert clean_text(CONTROL) == "green tea with mint"
    assert clean_text("a\x1b[2Jb\x1bPq\x1b\\c\x00d\x7f") == "abcd"
    # Lines and tabs stay where a field holds them; a carriage return is a line end, not an overwrite.
    assert clean_text("one\r\ntwo\rthree\tfour") == "one\ntwo\nthree\tfour"
    assert clean_text("one\ntwo\tthree", newlines=False) == "one two three"
    # The zero-width joiner and non-joiner are spelling (emoji sequences, Persian, Indic), not control.
    for legitimate in ("👩\u200d💻 writes", "می\u200cخواهم", "क्\u200dष", "我喜欢猫。", "عربي\u200f"):
        assert clean_text(legitimate) == legitimate
    # A stray OSC opener must not swallow the rest of a document.
    assert clean_text("line one \x1b]broken\nline two") == "line one \nline two"


def test_terminal_control_in_an_imported_memory_is_neither_kept_nor_printed(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text(json.dumps({"id": "n\x1b[2J1", "text": CONTROL + " 👩\u200d💻"}) + "\n", encoding="utf-8")
    assert run_cli("memory", "import", str(path), home=home).returncode == 0
    assert run_cli("memory", "add", "I drink " + CONTROL, home=home).returncode == 0
    stored = [json.loads(line) for line in run_cli("memory", "list", "--json", home=home).stdout.splitlines()]
    texts = [m["text"] for m in stored if m["kind"] != "profile"]
    assert texts == ["green tea with mint 👩\u200d💻", "I drink green tea with mint"]
    assert "n1" in [m["id"] for m in stored]
    listed = no_control(run_cli("memory", "list", home=home).stdout)
    assert "green tea with mint 👩\u200d💻" in listed


def test_terminal_control_in_a_reminder_or_task_is_not_kept(home: Path) -> None:
    p = run_cli(
        "remind", f"remind me to drink {CONTROL} tomorrow at 9am", "--now", "2026-03-02T08:00", "--json", home=home
    )
    assert p.returncode == 0, p.stderr
    assert no_control(json.loads(p.stdout)["task"]) == "drink green tea with mint"
    p = run_cli("tasks", "add", "a story about " + CONTROL, "--words", "100", "--json", home=home)
    assert p.returncode == 0, p.stderr
    assert no_control(json.loads(p.stdout)["prompt"]) == "a story about green tea with mint"


def test_rows_stored_before_cleaning_print_without_terminal_control(home: Path) -> None:
    import sqlite3

    assert (
        run_cli("remind", "remind me to call Ann tomorrow at 9am", "--now", "2026-03-02T08:00", home=home).returncode
        == 0
    )
    assert run_cli("tasks", "add", "a story about a fox", "--words", "100", home=home).returncode == 0
    with sqlite3.connect(home / "assistant.db") as db:  # as an older version stored them
        db.execute("UPDATE reminders SET task = ?", ["call Ann " + CONTROL])
        db.execute("UPDATE tasks SET prompt = ?", ["a story about " + CONTROL])
    for args in (("reminders", "list"), ("tasks", "list"), ("tasks", "show", "1"), ("reminders", "cancel", "1")):
        p = run_cli(*args, home=home)
        assert p.returncode == 0, p.stderr
        assert "green tea with mint" in no_control(p.stdout + p.stderr), args


def test_json_output_escapes_the_controls_json_itself_leaves_raw(home: Path) -> None:
    # json.dumps escapes C0 only: a stored C1 CSI (U+009B) or bidi override would reach the terminal raw.
    import sqlite3

    assert run_cli("tasks", "add", "a story about a fox", "--words", "100", home=home).returncode == 0
    with sqlite3.connect(home / "assistant.db") as db:  # as an older version stored it
        db.execute("UPDATE tasks SET prompt = ?", ["a story about " + CONTROL])
    p = run_cli("tasks", "list", "--json", home=home)
    assert p.returncode == 0, p.stderr
    no_control(p.stdout)
    assert json.loads(p.stdout)[0]["prompt"] == "a story about " + CONTROL  # escaped, not lost
