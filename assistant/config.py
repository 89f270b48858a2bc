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


def db_path() -> Path:
    return data_dir() / "assistant.db"


def log_path() -> Path:
    return data_dir() / "assistant.log"
