"""Where the assistant keeps its data: the data folder and the files in it (settings are in settings.py)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "assistant"


def data_dir() -> Path:
    """`$ASSISTANT_HOME` if set, else the platform's user data folder; created private to its owner."""
    path = Path(os.environ.get("ASSISTANT_HOME") or platformdirs.user_data_dir(APP_NAME))
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask; this folder must be private regardless
    return path


def secure_process() -> None:
    """Called once by each program (the CLI, the window): everything it creates is owner-only — the
    database and its -wal/-shm, the log, LanceDB's files, backups and exports — and a data folder an
    older version left readable by others is tightened, files included."""
    from .safe_files import make_private_dir, tighten_tree

    os.umask(0o077)
    path = Path(os.environ.get("ASSISTANT_HOME") or platformdirs.user_data_dir(APP_NAME))
    try:
        loose = path.exists() and (path.stat().st_mode & 0o077) != 0
        make_private_dir(path)
        if loose:
            tighten_tree(path)
        else:  # cheap: only the top level, where the database and the log live
            for child in path.iterdir():
                if not child.is_dir() and not child.is_symlink() and child.stat().st_mode & 0o077:
                    child.chmod(child.stat().st_mode & 0o700)
            memory = path / "memory"
            if memory.is_dir() and memory.stat().st_mode & 0o077:
                tighten_tree(memory)
                memory.chmod(0o700)
    except OSError:
        pass  # a folder we cannot change is reported when it is used, with the real reason


def db_path() -> Path:
    return data_dir() / "assistant.db"


def log_path() -> Path:
    return data_dir() / "assistant.log"
