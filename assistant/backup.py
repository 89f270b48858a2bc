"""Backup, restore and export of everything the assistant keeps.

A backup is one zip file: a consistent copy of the SQLite database (SQLite's online backup, safe while
the app runs), the memory table as an Arrow snapshot of one LanceDB version (vectors included, so
nothing is re-embedded), and a manifest with counts and checksums that restore checks before it
replaces anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from . import __version__, config, generation, recovery
from .bounded import open_regular
from .conversations import Conversations
from .db import open_db, storage_errors
from .errors import AssistantError, Problem
from .generation import failpoint
from .memory.api import close_stores, export_file, open_store
from .memory.store import MemoryStore
from .recovery import staging
from .safe_files import atomic_write, make_private_dir

FORMAT = 1
# Bounds checked before anything is extracted: a year of notes is tens of MB, so these leave ample room
# while a zip bomb or a giant manifest is refused from its directory entry alone.
MAX_MANIFEST_BYTES = 64 * 1024
MAX_MEMBER_BYTES = {"assistant.db": 4 << 30, "memory.arrow": 1 << 30}
MAX_RATIO = 100  # SQLite and Arrow compress 2-10x; a member expanding more than this is a bomb
DISK_MARGIN = 100 << 20  # room left free after extracting


class BackupError(AssistantError):
    problem = Problem.BACKUP


@dataclass
class Manifest:
    format: int
    app_version: str
    created: str
    conversations: int
    messages: int
    memories: int
    database_sha256: str
    memory_sha256: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup(target: Path) -> Manifest:
    """Write a backup to `target` (owner-only, complete or not at all). The copies it is made from
    are staged inside the private data folder, never beside the target."""
    target = Path(target)
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist: create it or choose another place")
    home = config.data_dir()
    with generation.shared(), staging(home, "backup") as work:
        # Memory first, then the database: a chat turn stores its message before its memory, so the
        # backup never holds a memory whose conversation is missing.
        snapshot = open_store().table.to_arrow()  # one version of the table, read as a whole
        memory_copy = work / "memory.arrow"
        with storage_errors(home), pa.OSFile(str(memory_copy), "wb") as sink:
            with ipc.new_file(sink, snapshot.schema) as writer:
                writer.write_table(snapshot)
        db_copy = work / "assistant.db"
        open_db().conn.close()  # created and migrated if only the memory has been used so far
        with storage_errors(target):
            source = sqlite3.connect(str(config.db_path()))
            dest = sqlite3.connect(str(db_copy))
            source.backup(dest)  # a consistent snapshot even while another process writes
            dest.close()
            source.close()
        check = sqlite3.connect(str(db_copy))
        counts = [check.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("conversations", "messages")]
        check.close()
        manifest = Manifest(
            FORMAT,
            __version__,
            datetime.now(UTC).isoformat(timespec="seconds"),
            counts[0],
            counts[1],
            snapshot.num_rows,
            _sha256(db_copy),
            _sha256(memory_copy),
        )
        with storage_errors(target), atomic_write(target) as out:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                z.write(db_copy, "assistant.db")
                z.write(memory_copy, "memory.arrow")
                z.writestr("manifest.json", json.dumps(asdict(manifest), indent=2))
    return manifest


@contextlib.contextmanager
def _open_archive(archive: Path) -> Iterator[zipfile.ZipFile]:
    """The archive as a zip, refusing anything but a regular file (a device, a FIFO or /dev/zero would
    otherwise be read without end)."""
    with open_regular(archive, "backup") as f:
        try:
            z = zipfile.ZipFile(f)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
            raise BackupError(f"{archive} is not an assistant backup (not a zip file)") from e
        with z:
            yield z


def _manifest_from(z: zipfile.ZipFile, archive: Path) -> Manifest:
    try:
        info = z.getinfo("manifest.json")
    except KeyError:
        raise BackupError(f"{archive} is not an assistant backup (it has no manifest.json)") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise BackupError(f"{archive} is not an assistant backup (its manifest is {info.file_size:,} bytes)")
    try:
        with z.open(info) as f:
            data = json.loads(f.read(MAX_MANIFEST_BYTES + 1))
        manifest = Manifest(**data)
    except (
        zipfile.BadZipFile,
        json.JSONDecodeError,
        UnicodeDecodeError,
        TypeError,
        OSError,
        RecursionError,
        ValueError,
        EOFError,
    ) as e:
        raise BackupError(f"{archive} is not an assistant backup (its manifest is unreadable)") from e
    for name, value in asdict(manifest).items():
        text = name in ("app_version", "created", "database_sha256", "memory_sha256")
        valid = type(value) is str if text else type(value) is int and 0 <= value < 1 << 53
        if not valid:
            raise BackupError(f"{archive} is not an assistant backup (its manifest's {name} is invalid)")
    return manifest


def read_manifest(archive: Path) -> Manifest:
    with _open_archive(Path(archive)) as z:
        return _manifest_from(z, Path(archive))


def _extract(z: zipfile.ZipFile, archive: Path, work: Path, manifest: Manifest) -> None:
    """Extract the two data files, bounded by their declared sizes (checked first, against limits,
    the compression ratio and free disk space) and verified against the manifest's checksums."""
    infos = {}
    for name, limit in MAX_MEMBER_BYTES.items():
        try:
            info = z.getinfo(name)
        except KeyError:
            raise BackupError(f"{archive} is not an assistant backup (it has no {name})") from None
        expands = info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if info.file_size > limit or expands:
            raise BackupError(
                f"{archive} is damaged or hostile: {name} would expand to {info.file_size:,} bytes; nothing was changed"
            )
        infos[name] = info
    need = sum(i.file_size for i in infos.values()) * 2 + DISK_MARGIN  # extracted, then the staged generation
    if shutil.disk_usage(work).free < need:
        raise BackupError(
            f"not enough free disk space to restore {archive} ({need >> 20} MB needed): "
            "free some space; nothing was changed",
            problem=Problem.DISK_FULL,
        )
    expected = {"assistant.db": manifest.database_sha256, "memory.arrow": manifest.memory_sha256}
    for name, info in infos.items():
        digest, written = hashlib.sha256(), 0
        try:
            with z.open(info) as src, (work / name).open("wb") as dst:
                while block := src.read(1 << 20):
                    written += len(block)
                    if written > info.file_size:  # zipfile stops at the declared size; never trust that alone
                        raise BackupError(f"{archive} is damaged ({name} is longer than declared); nothing was changed")
                    digest.update(block)
                    dst.write(block)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError) as e:
            raise BackupError(f"{archive} is damaged ({name} cannot be read); nothing was changed") from e
        if digest.hexdigest() != expected[name]:
            raise BackupError(f"{archive} is damaged (a checksum does not match); nothing was changed")


def restore(archive: Path) -> Manifest:
    """Check the backup completely, then replace the database and memory with it as one unit.

    The data lock is held exclusive from the start, so a chat or import started meanwhile waits and then
    writes into the restored generation; the switch itself is journalled (recovery.py), so a crash at
    any step leaves the old generation or the new one, complete."""
    archive = Path(archive)
    home = config.data_dir()
    with _open_archive(archive) as z:
        manifest = _manifest_from(z, archive)
        if manifest.format > FORMAT:
            raise BackupError(f"{archive} was made by a newer version ({manifest.app_version}); update the assistant")
        with generation.exclusive(), staging(home, "restore") as work:
            failpoint("locked")
            _extract(z, archive, work, manifest)
            _stage(archive, work, manifest)
            failpoint("staged")
            close_stores()
            recovery.commit(home, work, generation.current(home) + 1, "replace")
    return manifest


def _stage(archive: Path, work: Path, manifest: Manifest) -> None:
    """Turn the extracted files into a complete generation in `work`: the database checked and migrated,
    the memory folder built in the current shape with its indexes."""
    db_file = work / "assistant.db"
    try:
        check = sqlite3.connect(str(db_file))
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.close()
    except sqlite3.DatabaseError as e:
        raise BackupError(f"the database in {archive} is damaged ({e}); nothing was changed") from e
    if ok != "ok":
        raise BackupError(f"the database in {archive} is damaged ({ok}); nothing was changed")
    open_db(db_file).conn.close()  # migrated now: a backup from an older version upgrades
    (work / "assistant.db-wal").unlink(missing_ok=True)
    try:
        with pa.memory_map(str(work / "memory.arrow")) as source:
            snapshot = ipc.open_file(source).read_all()
        store = MemoryStore(work / "memory")
        if snapshot.num_rows:
            store.table.add(store.upgrade(snapshot))  # a backup from an older version comes back current
            store.optimize()
        count = store.count()
    except (pa.ArrowException, ValueError, TypeError, KeyError) as e:
        raise BackupError(f"the memory in {archive} is unreadable ({type(e).__name__}); nothing was changed") from e
    if count != manifest.memories:
        raise BackupError(f"{archive}: {count} memories read, {manifest.memories} expected; nothing was changed")


def export_all(folder: Path) -> dict[str, int]:
    """Everything in open formats: conversations as Markdown and JSON Lines, memories and reminders as
    JSON Lines, every file owner-only. Written into a hidden sibling folder and moved into place at the
    end, so an export that fails (a full disk) leaves no half-written folder and an earlier export as
    it was."""
    folder = Path(folder)
    with generation.shared(), storage_errors(folder):
        folder.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=folder.parent))  # owner-only
        try:
            counts = _export_into(staged)
            _move_into(staged, folder)
        finally:
            shutil.rmtree(staged, ignore_errors=True)
    return counts


def _export_into(folder: Path) -> dict[str, int]:
    counts = {"conversations": 0, "memories": 0, "reminders": 0}
    db = open_db()
    try:
        store = Conversations(db)
        make_private_dir(folder / "conversations")
        with atomic_write(folder / "conversations.jsonl") as all_messages:
            for conv in store.list():
                with atomic_write(folder / "conversations" / f"{conv.id}.md") as md:
                    md.write(store.to_markdown(conv.id).encode("utf-8"))
                for m in store.messages(conv.id):
                    all_messages.write((json.dumps(asdict(m), ensure_ascii=False) + "\n").encode("utf-8"))
                counts["conversations"] += 1
        counts["memories"] = export_file(folder / "memories.jsonl")
        with atomic_write(folder / "reminders.jsonl") as out:
            for row in db.table("reminders").rows:
                out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
                counts["reminders"] += 1
    finally:
        db.conn.close()
    return counts


def _move_into(staged: Path, folder: Path) -> None:
    """Renames on one disk, which need no space: the whole folder when it is new, else file by file
    over an earlier export (other files the user keeps there stay)."""
    if not folder.exists():
        staged.rename(folder)
        return
    make_private_dir(folder / "conversations")
    for md in (staged / "conversations").iterdir():
        os.replace(md, folder / "conversations" / md.name)
    for name in ("conversations.jsonl", "memories.jsonl", "reminders.jsonl"):
        os.replace(staged / name, folder / name)
