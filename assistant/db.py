"""The one SQLite file: opened in WAL mode, migrated on open, with storage faults turned into one line."""

from __future__ import annotations

import contextlib
import errno
import logging
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from . import config
from .errors import StorageError, disk_full
from .migrations import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


@contextlib.contextmanager
def storage_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite's and the OS's storage failures into a StorageError that says what to do."""
    try:
        yield
    except sqlite3.OperationalError as e:
        log.exception("storage error on %s", path)
        text = str(e).lower()
        if "full" in text:
            raise disk_full(path) from e
        if "readonly" in text or "read-only" in text:
            raise StorageError(f"{path} is read-only: check the data folder's permissions") from e
        if "locked" in text or "busy" in text:
            raise StorageError(f"{path} is locked by another program: close it and try again") from e
        if "unable to open" in text:
            raise StorageError(f"cannot open {path}: check that the data folder exists and is writable") from e
        raise StorageError(f"database error in {path}: {e}") from e
    except sqlite3.DatabaseError as e:
        log.exception("database corrupt: %s", path)
        raise StorageError(f"{path} is damaged or not a database ({e}); restore it from a backup") from e
    except OSError as e:
        log.exception("OS error on %s", path)
        if e.errno == errno.ENOSPC:
            raise disk_full(path) from e
        raise StorageError(f"cannot write to {path}: {e.strerror or e}") from e


def db_file(db: sqlite_utils.Database) -> str:
    """The file a connection is open on, for messages that name it."""
    return db.conn.execute("PRAGMA database_list").fetchone()[2] or "the database"


def open_db(path: Path | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database."""
    if path is None:
        path = config.db_path()
        from . import generation, recovery

        if recovery.pending(path.parent):
            with generation.shared():  # finishes the restore or delete a crash cut short
                pass
    with storage_errors(path):
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if db.journal_mode != "wal":
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        # Deleted rows (a forgotten memory's conversation, a deleted conversation) are overwritten with
        # zeros rather than left readable in free pages.
        db.execute("PRAGMA secure_delete = ON")
        applied = migrate(db)
        if applied:
            log.info("migrated %s: %s", path, ", ".join(applied))
    return db


def checkpoint(conn: sqlite3.Connection, attempts: int = 50) -> bool:
    """Fold the write-ahead log into the database and truncate it to nothing, so text that was
    overwritten or deleted is not left in the -wal file. Other processes' readers can hold it up
    briefly; returns whether it completed."""
    for _ in range(attempts):
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
        time.sleep(0.1)
    log.warning("the write-ahead log could not be emptied: another process kept reading")
    return False
