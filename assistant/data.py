"""Deleting everything the assistant keeps about the user, search indexes included."""

from __future__ import annotations

import logging
import shutil

from . import config
from .db import storage_errors

log = logging.getLogger(__name__)


def delete_all_data() -> list[str]:
    """Remove every file in the data folder (database, memory and its indexes, assembled models, logs).
    Callers close their own connections first. Returns the names removed."""
    from .memory.api import close_stores

    close_stores()
    home = config.data_dir()
    removed = []
    for path in sorted(home.iterdir()):
        with storage_errors(path):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        removed.append(path.name)
    # Dropped at once, not left in open handlers: the log file was just deleted with the rest.
    for handler in logging.getLogger().handlers:
        handler.close()
    return removed
