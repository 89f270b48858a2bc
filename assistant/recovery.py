"""Switching a whole generation (restore, delete-all-data) so that a crash at any step is finished on
the next start, and cleaning up what killed commands left behind.

A switch first stages the new database and memory, complete and checked, in a private staging folder
inside the data folder. Writing the journal (`switch.json`, one atomic rename) is the commit point:
before it the old generation is untouched and the staging folder is rubbish; after it every step is
repeated, idempotently, until the journal is removed:

1. the staged database is copied *into* the live database file with SQLite's backup API, in one
   transaction, so every open connection (window, worker) sees the new data and none is left writing
   to a deleted file;
2. the live memory folder is moved aside into the staging folder and the staged one renamed into its
   place (a process with the old folder open notices the new one by its inode, store.py);
3. the generation number is raised, the journal removed, the staging folder deleted.

The caller holds the data lock exclusive throughout (generation.py), and so does recovery.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock

from .db import checkpoint
from .generation import advance, failpoint
from .safe_files import atomic_write

log = logging.getLogger(__name__)

JOURNAL = "switch.json"
STAGING_PREFIX = ".staging-"
_STAGING_LOCK = ".in-use"
DB_NAME = "assistant.db"
MEMORY_NAME = "memory"


def pending(home: Path) -> bool:
    return (home / JOURNAL).exists()


@contextlib.contextmanager
def staging(home: Path, purpose: str) -> Iterator[Path]:
    """A private folder inside the data folder for building a generation or a backup. It holds a lock
    for as long as it is in use, so a crash leaves it to `clean_stale`, and only then."""
    folder = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{purpose}-", dir=home))  # mode 0700
    fd = os.open(folder / _STAGING_LOCK, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield folder
    finally:
        if not (pending(home) and _journal(home).get("staging") == folder.name):
            shutil.rmtree(folder, ignore_errors=True)
        os.close(fd)


def _in_use(folder: Path) -> bool:
    try:
        fd = os.open(folder / _STAGING_LOCK, os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError as e:
        return e.errno in (errno.EAGAIN, errno.EACCES)
    finally:
        os.close(fd)


def clean_stale(home: Path) -> list[str]:
    """Remove staging folders no live process holds (left by a killed backup, restore or delete), and
    the `tmp*` folders an older version's killed restore left; both may hold plaintext copies."""
    removed: list[str] = []
    try:
        entries = list(os.scandir(home))
    except OSError:
        return removed
    journal_staging = _journal(home).get("staging") if pending(home) else None
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(".part") and entry.is_file(follow_symlinks=False):
            Path(entry.path).unlink(missing_ok=True)  # a killed atomic_write (the journal, the generation)
            removed.append(entry.name)
            continue
        if not entry.is_dir(follow_symlinks=False):
            continue
        ours = entry.name.startswith(STAGING_PREFIX) and entry.name != journal_staging and not _in_use(Path(entry.path))
        legacy = entry.name.startswith("tmp") and any(
            (Path(entry.path) / n).exists() for n in (DB_NAME, "memory.arrow", MEMORY_NAME, "memory-old")
        )
        if ours or legacy:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(entry.name)
    if removed:
        log.info("removed %d folders and files left by interrupted commands", len(removed))
    return removed


def _journal(home: Path) -> dict[str, object]:
    try:
        data = json.loads((home / JOURNAL).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def commit(home: Path, folder: Path, generation: int, memory: str) -> None:
    """The point of no return: from here the switch to what `folder` holds completes, now or after a
    crash. `folder` holds `assistant.db`, and `memory/` when `memory` is "replace"; with "empty"
    (delete-all-data) the live memory folder is removed and the next open starts an empty one."""
    with atomic_write(home / JOURNAL) as out:
        out.write(json.dumps({"staging": folder.name, "generation": generation, "memory": memory}).encode())
    failpoint("journal")
    roll_forward(home)


def roll_forward(home: Path) -> None:
    """Finish the switch the journal describes; every step may be repeated (see the module doc)."""
    journal = _journal(home)
    name = journal.get("staging")
    generation = journal.get("generation")
    if not isinstance(name, str) or not isinstance(generation, int) or "/" in name:
        log.error("unreadable switch journal in %s: the switch cannot be finished; removing it", home)
        (home / JOURNAL).unlink(missing_ok=True)
        return
    folder = home / name
    log.info("switching %s to generation %d", home, generation)
    staged_db = folder / DB_NAME
    if staged_db.exists():
        copy_database(staged_db, home / DB_NAME)
    failpoint("database")
    staged_memory, live_memory = folder / MEMORY_NAME, home / MEMORY_NAME
    # Every memory writer holds the data lock, which the caller holds exclusive; the folder's own lock
    # also keeps out a process that is building indexes on opening it (store.py).
    with FileLock(str(home / f"{MEMORY_NAME}.lock")):
        _switch_memory(journal, folder, staged_memory, live_memory)
    failpoint("memory")
    advance(home, generation)
    (home / JOURNAL).unlink(missing_ok=True)
    failpoint("journal-removed")
    shutil.rmtree(folder, ignore_errors=True)


def _switch_memory(journal: dict[str, object], folder: Path, staged_memory: Path, live_memory: Path) -> None:
    if journal.get("memory") == "empty":
        if live_memory.exists():
            live_memory.replace(folder / "memory-old")
    elif staged_memory.exists():  # absent: moved in before a crash, so this step is done
        if live_memory.exists():
            live_memory.replace(folder / "memory-old")
        failpoint("memory-aside")
        staged_memory.replace(live_memory)


def copy_database(source: Path, live: Path) -> None:
    """Replace the live database's content with `source`'s in one transaction, in the same file, so
    connections other processes hold see the new data. The old pages are overwritten, the file cut to
    the new size and the write-ahead log emptied, so no old text stays behind in either."""
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(live), timeout=60)
    try:
        live_page = dst.execute("PRAGMA page_size").fetchone()[0]
        if src.execute("PRAGMA page_size").fetchone()[0] != live_page:
            # A WAL database only accepts a backup of its own page size.
            src.execute("PRAGMA journal_mode = DELETE")
            src.execute(f"PRAGMA page_size = {int(live_page)}")
            src.execute("VACUUM")
        dst.execute("PRAGMA secure_delete = ON")
        src.backup(dst)
        checkpoint(dst)
    finally:
        src.close()
        dst.close()
