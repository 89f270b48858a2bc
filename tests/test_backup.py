"""Backup, restore and export round trips on real data folders."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.helpers import SmallDisk, can_mount, run_cli


def seed(home: Path) -> None:
    for text in ("remember that my cat is Mochi", "I moved to Shanghai for a new job."):
        assert run_cli("chat", "--once", text, home=home).returncode == 0
    # At a fixed --now: between midnight and 04:00 "tomorrow" is asked about, not stored.
    said = run_cli("remind", "remind me tomorrow at 9 to call the vet", "--now", "2030-03-04T08:00", home=home)
    assert said.returncode == 0


def memory_texts(home: Path) -> list[str]:
    out = run_cli("memory", "list", "--json", home=home).stdout
    return sorted(json.loads(line)["text"] for line in out.splitlines() if line.strip())


def test_backup_then_restore_brings_back_exactly_what_was_there(home: Path, tmp_path: Path) -> None:
    seed(home)
    before = (memory_texts(home), run_cli("conversations", "list", "--json", home=home).stdout)
    archive = tmp_path / "backup.zip"
    made = json.loads(run_cli("backup", str(archive), "--json", home=home).stdout)
    assert made["conversations"] == 2 and made["memories"] >= 3
    run_cli("chat", "--once", "remember that my dog is Rex", home=home)
    run_cli("conversations", "delete", json.loads(before[1])[0]["id"], "--yes", home=home)
    assert run_cli("restore", str(archive), "--yes", home=home).returncode == 0
    assert (memory_texts(home), run_cli("conversations", "list", "--json", home=home).stdout) == before
    # Restored memory is searchable (indexes rebuilt), and reminders came back too.
    hits = json.loads(run_cli("memory", "search", "cat", "--json", home=home).stdout.splitlines()[0])["results"]
    assert any("Mochi" in h["text"] for h in hits)
    assert len(json.loads(run_cli("reminders", "list", "--json", home=home).stdout)) == 1


def test_a_damaged_backup_is_refused_and_nothing_changes(home: Path, tmp_path: Path) -> None:
    seed(home)
    archive = tmp_path / "backup.zip"
    run_cli("backup", str(archive), home=home)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[:-10] + b"0123456789" if item.filename == "assistant.db" else data)
    before = memory_texts(home)
    for bad, expected in ((tampered, "damaged"), (tmp_path / "nope.zip", "does not exist")):
        p = run_cli("restore", str(bad), "--yes", home=home)
        assert p.returncode == 1 and expected in p.stderr and "Traceback" not in p.stderr
    assert memory_texts(home) == before


def test_export_writes_open_formats(home: Path, tmp_path: Path) -> None:
    seed(home)
    out = tmp_path / "export"
    counts = json.loads(run_cli("export", str(out), "--json", home=home).stdout)
    assert counts == {"conversations": 2, "memories": counts["memories"], "reminders": 1}
    assert len(list((out / "conversations").glob("*.md"))) == 2
    messages = [json.loads(line) for line in (out / "conversations.jsonl").read_text().splitlines()]
    assert {m["role"] for m in messages} == {"user", "assistant"}
    memories = [json.loads(line) for line in (out / "memories.jsonl").read_text().splitlines()]
    assert any("Mochi" in m["text"] for m in memories)
    assert json.loads((out / "reminders.jsonl").read_text())["task"] == "call the vet"


@pytest.mark.skipif(not can_mount(), reason="needs root to mount a small tmpfs")
def test_an_export_that_fills_the_disk_leaves_no_partial_folder_and_the_last_export_as_it_was(
    home: Path, tmp_path: Path
) -> None:
    # It left conversations/ written and memories.jsonl missing, under a clear one-line error.
    seed(home)
    # 60 KB of memories: more than is left free below, so the disk fills part-way through the export.
    for part in range(4):
        words = " ".join(f"word{part}.{n}" for n in range(1_500))  # 14,000 characters, one memory
        assert run_cli("memory", "add", words, home=home).returncode == 0
    disk = SmallDisk(tmp_path / "disk", size_kb=1024)
    try:
        earlier = disk.path / "earlier"
        assert run_cli("export", str(earlier), home=home).returncode == 0
        before = {p.relative_to(earlier): p.read_bytes() for p in earlier.rglob("*") if p.is_file()}
        assert run_cli("memory", "add", "my dog is Rex", home=home).returncode == 0
        failed = 0
        for leave_kb in (4, 12, 24):
            disk.fill(leave_kb)
            for target in (disk.path / f"new-{leave_kb}", earlier):
                p = run_cli("export", str(target), home=home)
                if p.returncode:
                    failed += 1
                    assert "\n" not in p.stderr.strip() and "Traceback" not in p.stderr, p.stderr
            disk.free()
            assert sorted(p.name for p in disk.path.iterdir() if p.name.startswith(".")) == [], "no staging left"
            for new in disk.path.glob("new-*"):
                assert (new / "memories.jsonl").exists() and (new / "reminders.jsonl").exists(), "whole or absent"
        assert failed, "the disk never filled: the test proves nothing"
        after = {p.relative_to(earlier): p.read_bytes() for p in earlier.rglob("*") if p.is_file()}
        assert after == before or b"Rex" in after[Path("memories.jsonl")]
    finally:
        disk.unmount()


def test_a_full_disk_during_a_backup_is_one_clear_line_and_leaves_no_file(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The copy of the memory is staged in the data folder first; a full disk there was shown as
    # "unexpected error (OSError: [Errno 28] Error writing bytes to file …)".
    import errno

    from assistant import backup, config
    from assistant.errors import AssistantError

    monkeypatch.setenv("ASSISTANT_HOME", str(home))

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device")

    monkeypatch.setattr(backup.ipc, "new_file", full)
    archive = tmp_path / "backup.zip"
    with pytest.raises(AssistantError, match=r"^the disk holding .* is full: free some space and try again$"):
        backup.backup(archive)
    assert not archive.exists()
    assert not [p for p in config.data_dir().rglob("*") if "backup" in p.name]  # no staged copy left behind
