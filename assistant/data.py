"""Deleting everything the assistant keeps about the user, search indexes included."""

from __future__ import annotations

import logging
import shutil

from . import config, generation, recovery
from .db import open_db, storage_errors
from .generation import failpoint

log = logging.getLogger(__name__)

# What stays: the locks (a running worker keeps its own, and two workers must never share a folder),
# the generation number, and the database file itself, emptied in place so that a window or worker
# holding it open sees an empty database rather than writing on into a deleted file.
KEEP = {
    generation.LOCK_NAME,
    generation.GENERATION_NAME,
    "worker.lock",
    "worker.pid",
    "memory.lock",
    recovery.DB_NAME,
    f"{recovery.DB_NAME}-wal",
    f"{recovery.DB_NAME}-shm",
}


def delete_all_data() -> list[str]:
    """Remove everything in the data folder (conversations, memory and its indexes, reminders, tasks,
    settings, assembled models, logs) as one switch to an empty generation. Other processes wait for
    it and carry on in the empty one. Returns the names removed or emptied."""
    from .memory.api import close_stores

    home = config.data_dir()
    with generation.exclusive():
        close_stores()
        before = sorted(p.name for p in home.iterdir() if p.name not in KEEP - {recovery.DB_NAME})
        with recovery.staging(home, "delete") as work:
            open_db(work / recovery.DB_NAME).conn.close()  # an empty database of the current schema
            failpoint("staged")
            recovery.commit(home, work, generation.current(home) + 1, "empty")
        # The log goes too: this process's handlers are dropped first, so nothing reopens it.
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, logging.FileHandler):
                root.removeHandler(handler)
                handler.close()
        for path in sorted(home.iterdir()):
            if path.name in KEEP:
                continue
            with storage_errors(path):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
    return before
