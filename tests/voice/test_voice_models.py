"""The Whisper models: the shipped tiny.en, the base model joined from two packages, and user folders."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from assistant.errors import ModelError, StorageError
from assistant.voice import base_assembly
from assistant.voice.base_assembly import MODEL_SHA256, MODEL_SIZE, assembled_base_model
from assistant.voice.errors import WhisperModelError
from assistant.voice.whisper_models import BASE, TINY_EN, locate, model_for_language


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_joined_base_model_is_whole_and_checked(joined_base_model: Path) -> None:
    model = joined_base_model / "model.bin"
    assert model.stat().st_size == MODEL_SIZE
    assert sha256(model) == MODEL_SHA256
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        assert (joined_base_model / name).is_file()
    assert leftovers(joined_base_model.parent) == []  # no temporary folder left beside it


def test_base_is_joined_into_the_data_folder_once(home: Path) -> None:
    info = locate(BASE)
    assert info.path == home / "models" / "whisper-base"
    assert not info.english_only
    stamp = (info.path / "model.bin").stat().st_mtime_ns
    assert locate(BASE).path == info.path
    assert (info.path / "model.bin").stat().st_mtime_ns == stamp  # reused, not joined again


def test_a_damaged_join_is_noticed_and_redone(tmp_path: Path, joined_base_model: Path) -> None:
    target = tmp_path / "whisper-base"
    assembled_base_model(target)
    model = target / "model.bin"
    with open(model, "r+b") as f:  # same size, one byte changed: only the checksum can tell
        f.seek(MODEL_SIZE // 2)
        byte = f.read(1)
        f.seek(MODEL_SIZE // 2)
        f.write(bytes([byte[0] ^ 0xFF]))
    os.utime(model, ns=(1, 1))
    assert sha256(model) != MODEL_SHA256
    assembled_base_model(target)
    assert sha256(target / "model.bin") == MODEL_SHA256

    (target / "model.bin").write_bytes(b"half")  # a truncated file
    assembled_base_model(target)
    assert (target / "model.bin").stat().st_size == MODEL_SIZE


def test_parts_that_do_not_match_leave_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base_assembly, "MODEL_SHA256", "0" * 64)
    target = tmp_path / "models" / "whisper-base"
    with pytest.raises(WhisperModelError, match="reinstall") as err:
        assembled_base_model(target)
    assert isinstance(err.value, ModelError)
    assert "\n" not in str(err.value)
    assert not target.exists()
    assert leftovers(target.parent) == []


def test_a_full_disk_while_joining_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    from tests.helpers import SmallDisk, can_mount

    if not can_mount():
        pytest.skip("mounting a small tmpfs needs root")
    disk = SmallDisk(tmp_path / "small", size_kb=20_000)
    try:
        with pytest.raises(StorageError, match="cannot write the speech model"):
            assembled_base_model(disk.path / "whisper-base")
        assert list(disk.path.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk.path)], check=False)


def test_tiny_en_comes_from_its_package() -> None:
    info = locate(TINY_EN)
    assert info.english_only
    assert (info.path / "model.bin").is_file()


def test_a_user_folder_must_be_a_whisper_model(tmp_path: Path) -> None:
    with pytest.raises(WhisperModelError, match="unknown speech model"):
        locate("large-v9")
    (tmp_path / "model.bin").write_bytes(b"x")
    with pytest.raises(WhisperModelError, match="missing config.json, tokenizer.json"):
        locate(str(tmp_path))


def test_a_user_folder_is_used_as_given(joined_base_model: Path) -> None:
    assert locate(str(joined_base_model)).path == joined_base_model


def test_english_only_models_hand_other_languages_to_base() -> None:
    assert model_for_language(TINY_EN, "zh") == BASE
    assert model_for_language(TINY_EN, "en") == TINY_EN
    assert model_for_language(TINY_EN, None) == TINY_EN
    assert model_for_language(BASE, "en") == BASE
    assert model_for_language("/models/small.en", "de") == BASE
