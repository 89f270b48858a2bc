"""Where the assistant keeps its data, and the user's settings as one plain dataclass."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
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


@dataclass
class Settings:
    """What the user can change. Stored as JSON values in the settings table, one row per field."""

    model_path: str | None = None  # None: the bundled default model
    context_size: int = 2048
    temperature: float = 0.7
    max_tokens: int | None = None  # None: the model's own reply length (catalogue reply_tokens)
    seed: int | None = None  # None: a fresh seed per reply; set for reproducible replies
    threads: int | None = None  # None: llm/threads.py's default (leaves a core for other programs)
    whisper_model: str = "base"  # "tiny.en", "base", or a CTranslate2 Whisper folder
    voice_language: str | None = None  # None: detected from the speech
    speak_replies: bool = False
    briefing_time: str | None = None  # "07:30": a morning briefing at that local time; None: none
    quiet_hours: str | None = None  # "22:00-07:00": no pop-ups then (reminders are still recorded)

    @classmethod
    def from_rows(cls, rows: dict[str, str]) -> Settings:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: json.loads(v) for k, v in rows.items() if k in known})

    def to_rows(self) -> dict[str, str]:
        return {k: json.dumps(v) for k, v in dataclasses.asdict(self).items()}
