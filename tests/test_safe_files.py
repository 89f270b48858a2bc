"""Everything the assistant writes is owner-only, and nothing is written through a path it did not create."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assistant.safe_files import atomic_write, create_exclusive
from tests.helpers import run_cli


def others_can_read(path: Path) -> bool:
    return bool(path.lstat().st_mode & 0o077)


def test_atomic_write_replaces_a_planted_symlink_instead_of_following_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    target = tmp_path / "out.txt"
    target.symlink_to(victim)
    with atomic_write(target) as out:
        out.write(b"new")
    assert victim.read_text() == "precious"
    assert not target.is_symlink() and target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_exclusive_creation_refuses_any_existing_path(tmp_path: Path) -> None:
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        create_exclusive(tmp_path / "dangling")
    assert not (tmp_path / "nowhere").exists()


def test_backups_exports_and_the_data_folder_are_owner_only(home: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    victim = tmp_path / "victim"
    victim.write_text("someone else's file")
    victim.chmod(0o600)
    for name in ("backup.zip.part", "memories.jsonl.part"):
        (shared / name).symlink_to(victim)  # what another user could plant in a shared folder
    world = shared / "memories.jsonl"
    world.write_text("")
    world.chmod(0o666)
    assert run_cli("memory", "add", "my locker code is 1234", home=home).returncode == 0
    assert run_cli("backup", str(shared / "backup.zip"), home=home).returncode == 0
    assert run_cli("memory", "export", str(world), home=home).returncode == 0
    assert run_cli("export", str(shared / "everything"), home=home).returncode == 0
    assert victim.read_text() == "someone else's file"
    written = [shared / "backup.zip", world, *(shared / "everything").rglob("*")]
    assert not [p for p in written if others_can_read(p)]
    assert not [p for p in home.rglob("*") if not p.is_symlink() and others_can_read(p)]


def test_an_existing_data_folder_open_to_others_is_tightened(home: Path) -> None:
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    (home / "assistant.log").write_text("old log")
    os.chmod(home / "assistant.log", 0o644)
    assert run_cli("privacy", "--json", home=home).returncode == 0
    assert not others_can_read(home) and not others_can_read(home / "assistant.log")
