"""Backup, restore and export of everything the assistant keeps.

A backup is one zip file: a consistent copy of the SQLite database (SQLite's online backup, safe while
the app runs), the memory table as an Arrow snapshot of one LanceDB version (vectors included, so
nothing is re-embedded), and a manifest with counts and checksums that restore checks before it
replaces anything.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from . import __version__, config
from .conversations import Conversations
from .db import open_db, storage_errors
from .errors import AssistantError
from .memory.api import close_stores, export_file, open_store
from .memory.store import MemoryStore, memory_dir, write_lock

FORMAT = 1


class BackupError(AssistantError):
    pass


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
    target = Path(target)
    with tempfile.TemporaryDirectory(dir=target.parent if target.parent.exists() else None) as tmp:
        work = Path(tmp)
        db_copy = work / "assistant.db"
        with storage_errors(target):
            source = sqlite3.connect(str(config.db_path()))
            dest = sqlite3.connect(str(db_copy))
            source.backup(dest)  # a consistent snapshot even while another process writes
            dest.close()
            source.close()
        snapshot = open_store().table.to_arrow()  # one version of the table, read as a whole
        memory_copy = work / "memory.arrow"
        with pa.OSFile(str(memory_copy), "wb") as sink, ipc.new_file(sink, snapshot.schema) as writer:
            writer.write_table(snapshot)
        check = sqlite3.connect(str(db_copy))
        counts = [check.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("conversations", "messages")]
        check.close()
        manifest = Manifest(FORMAT, __version__, datetime.now(UTC).isoformat(timespec="seconds"),
                            counts[0], counts[1], snapshot.num_rows, _sha256(db_copy), _sha256(memory_copy))
        partial = target.with_name(target.name + ".part")
        with storage_errors(target):
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as z:
                z.write(db_copy, "assistant.db")
                z.write(memory_copy, "memory.arrow")
                z.writestr("manifest.json", json.dumps(asdict(manifest), indent=2))
            partial.replace(target)  # never a half-written backup under the real name
    return manifest


def read_manifest(archive: Path) -> Manifest:
    try:
        with zipfile.ZipFile(archive) as z:
            data = json.loads(z.read("manifest.json"))
        return Manifest(**data)
    except FileNotFoundError:
        raise BackupError(f"{archive} does not exist") from None
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, TypeError) as e:
        raise BackupError(f"{archive} is not an assistant backup ({e})") from e


def restore(archive: Path) -> Manifest:
    """Check the backup completely, then replace the database and memory with it."""
    archive = Path(archive)
    manifest = read_manifest(archive)
    if manifest.format > FORMAT:
        raise BackupError(f"{archive} was made by a newer version ({manifest.app_version}); update the assistant")
    home = config.data_dir()
    with tempfile.TemporaryDirectory(dir=home) as tmp:
        work = Path(tmp)
        with zipfile.ZipFile(archive) as z:
            z.extractall(work, members=["assistant.db", "memory.arrow"])
        if _sha256(work / "assistant.db") != manifest.database_sha256 or \
                _sha256(work / "memory.arrow") != manifest.memory_sha256:
            raise BackupError(f"{archive} is damaged (a checksum does not match); nothing was changed")
        check = sqlite3.connect(str(work / "assistant.db"))
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.close()
        if ok != "ok":
            raise BackupError(f"the database in {archive} is damaged ({ok}); nothing was changed")
        open_db(work / "assistant.db").conn.close()  # migrated now: a backup from an older version upgrades
        with pa.memory_map(str(work / "memory.arrow")) as source:
            snapshot = ipc.open_file(source).read_all()
        staged = work / "memory"
        store = MemoryStore(staged)
        if snapshot.num_rows:
            store.table.add(store.upgrade(snapshot))  # a backup from an older version comes back current
            store.optimize()
        if store.count() != manifest.memories:
            raise BackupError(f"{archive}: {store.count()} memories read, {manifest.memories} expected")
        close_stores()
        # Swap in: the old folder is renamed aside first, so a failure here leaves one or the other whole.
        # Holding the memory's write lock means no other process is half-way through a write to the
        # folder being replaced; they find the new folder on their next call (store.py).
        live_db, live_memory = config.db_path(), memory_dir()
        with write_lock(live_memory):
            for suffix in ("-wal", "-shm"):
                live_db.with_name(live_db.name + suffix).unlink(missing_ok=True)
            (work / "assistant.db").replace(live_db)
            aside = work / "memory-old"
            if live_memory.exists():
                live_memory.replace(aside)
            staged.replace(live_memory)
    return manifest


def export_all(folder: Path) -> dict[str, int]:
    """Everything in open formats: conversations as Markdown and JSON Lines, memories and reminders as
    JSON Lines."""
    folder = Path(folder)
    db = open_db()
    store = Conversations(db)
    counts = {"conversations": 0, "memories": 0, "reminders": 0}
    with storage_errors(folder):
        (folder / "conversations").mkdir(parents=True, exist_ok=True)
        with (folder / "conversations.jsonl").open("w", encoding="utf-8") as all_messages:
            for conv in store.list():
                (folder / "conversations" / f"{conv.id}.md").write_text(store.to_markdown(conv.id), encoding="utf-8")
                for m in store.messages(conv.id):
                    all_messages.write(json.dumps(asdict(m), ensure_ascii=False) + "\n")
                counts["conversations"] += 1
        counts["memories"] = export_file(folder / "memories.jsonl")
        with (folder / "reminders.jsonl").open("w", encoding="utf-8") as out:
            for row in db.table("reminders").rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                counts["reminders"] += 1
    return counts
