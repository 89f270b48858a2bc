"""Where every piece of the user's data lives and how big it is (`assistant privacy`)."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from . import config


@dataclass
class DataItem:
    what: str
    path: str
    bytes: int
    exists: bool


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


def inventory() -> list[DataItem]:
    home = config.data_dir()
    db = config.db_path()
    parts: list[tuple[str, list[Path]]] = [
        (
            "conversations, messages, settings, reminders, tasks (SQLite)",
            [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")],
        ),
        ("long-term memory and its search indexes (LanceDB)", [home / "memory"]),
        ("speech model assembled from its packages (Whisper base)", [home / "models"]),
        ("log files: errors, timings and the model runtime's messages", sorted(home.glob("assistant.log*"))),
        (
            "locks and the data generation number (no personal data)",
            [home / n for n in ("data.lock", "generation", "worker.lock", "worker.pid", "memory.lock")],
        ),
    ]
    items = []
    for what, paths in parts:
        present = [p for p in paths if p.exists()]
        items.append(
            DataItem(
                what=what,
                path=str(paths[0]) if paths else str(home),
                bytes=sum(_size(p) for p in present),
                exists=bool(present),
            )
        )
    known = {Path(i.path).name for i in items} | {p.name for _, ps in parts for p in ps}
    others = [p for p in home.iterdir() if p.name not in known]
    for p in sorted(others):
        items.append(DataItem(what="other", path=str(p), bytes=_size(p), exists=True))
    return items


def folder_is_private() -> bool:
    mode = config.data_dir().stat().st_mode
    return not mode & (stat.S_IRWXG | stat.S_IRWXO)
