"""Offline tasks in SQLite: a queue of long writing jobs, their progress, and their chunks.

The worker advances a task one chunk at a time (writer.py); each chunk and the progress it makes are
committed together, so `tasks list` shows live progress and a killed worker resumes where it stopped.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Any

import sqlite_utils

from ..bounded import clean_text
from ..clock import from_stamp, local_zone, stamp
from ..errors import AssistantError, NotFound
from .task_model import Task

DEFAULT_WORDS = 600
MAX_WORDS = 20_000
# Every chunk's request repeats the prompt beside the text so far: 4,000 characters (~1,000 tokens) still
# leaves room for the 200-word tail and the chunk itself in a 2,048-token context; a longer one would not fit.
MAX_PROMPT_CHARS = 4_000
WORDS_PER_CHUNK = 150  # small enough that a chunk is a few seconds of a small model's time: cheap to redo
STATUSES = ("queued", "running", "done", "failed", "cancelled")


def target_words(prompt: str) -> int:
    """'write a 3,000-word story' → 3000; no length said → DEFAULT_WORDS."""
    found = re.search(r"(\d[\d,]*)\s*(?:-|\s)?\s*(?:words?|字)", prompt, flags=re.IGNORECASE)
    if not found:
        return DEFAULT_WORDS
    return max(20, min(MAX_WORDS, int(found[1].replace(",", ""))))


def _to_task(row: dict[str, Any]) -> Task:
    zone = local_zone()
    return Task(
        id=row["id"],
        prompt=row["prompt"],
        status=row["status"],
        target_words=row["target_words"],
        chunks_total=row["chunks_total"],
        chunks_done=row["chunks_done"],
        tokens=row["tokens"],
        created=from_stamp(row["created"], zone),
        updated=from_stamp(row["updated"], zone),
        finished=from_stamp(row["finished"], zone) if row["finished"] else None,
        error=row["error"],
    )


def _now() -> str:
    return stamp(datetime.now(local_zone()))


def add_task(
    db: sqlite_utils.Database, prompt: str, words: int | None = None, words_per_chunk: int = WORDS_PER_CHUNK
) -> Task:
    prompt = clean_text(prompt).strip()
    if not prompt:
        raise AssistantError("The task is empty: say what to write, e.g. 'a 1,000-word story about a fox'.")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise AssistantError(
            f"The task is {len(prompt):,} characters long; say what to write in at most {MAX_PROMPT_CHARS:,}."
        )
    words = target_words(prompt) if words is None else words
    if not 1 <= words <= MAX_WORDS:
        raise AssistantError(f"A task can be 1 to {MAX_WORDS:,} words long, not {words:,}.")
    now = _now()
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO tasks (prompt, status, target_words, chunks_total, chunks_done, tokens, created, updated)"
            " VALUES (?, 'queued', ?, ?, 0, 0, ?, ?)",
            [prompt, words, math.ceil(words / words_per_chunk), now, now],
        )
    return get_task(db, int(cursor.lastrowid or 0))


def get_task(db: sqlite_utils.Database, task_id: int) -> Task:
    rows = list(db.query("SELECT * FROM tasks WHERE id = ?", [task_id]))
    if not rows:
        raise NotFound(f"There is no task {task_id}: see `assistant tasks list`.")
    return _to_task(rows[0])


def list_tasks(db: sqlite_utils.Database) -> list[Task]:
    return [_to_task(r) for r in db.query("SELECT * FROM tasks ORDER BY id")]


def next_task(db: sqlite_utils.Database) -> Task | None:
    """The task to work on: one already running (resumed after a restart) before the oldest queued."""
    rows = list(
        db.query(
            "SELECT * FROM tasks WHERE status IN ('running', 'queued') ORDER BY status = 'running' DESC, id LIMIT 1"
        )
    )
    return _to_task(rows[0]) if rows else None


def cancel_task(db: sqlite_utils.Database, task_id: int) -> Task:
    task = get_task(db, task_id)
    if task.status not in ("queued", "running"):
        raise AssistantError(f"Task {task_id} is already {task.status}; nothing to cancel.")
    with db.atomic():
        db.execute(
            "UPDATE tasks SET status = 'cancelled', updated = ?, finished = ? WHERE id = ?", [_now(), _now(), task_id]
        )
    return get_task(db, task_id)


def chunks(db: sqlite_utils.Database, task_id: int) -> list[str]:
    return [r["text"] for r in db.query("SELECT text FROM task_chunks WHERE task_id = ? ORDER BY n", [task_id])]


def result_text(db: sqlite_utils.Database, task_id: int) -> str:
    return "\n\n".join(c.strip() for c in chunks(db, task_id) if c.strip())


def save_chunk(db: sqlite_utils.Database, task: Task, text: str, tokens: int) -> Task | None:
    """Checkpoint: store chunk `task.chunks_done` and the progress it makes, in one transaction.

    Returns None (storing nothing) if the task was cancelled or advanced meanwhile.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = list(db.query("SELECT status, chunks_done, chunks_total FROM tasks WHERE id = ?", [task.id]))
        if not row or row[0]["status"] not in ("queued", "running") or row[0]["chunks_done"] != task.chunks_done:
            conn.rollback()
            return None
        done = task.chunks_done + 1
        finished = done >= row[0]["chunks_total"]
        now = _now()
        db.execute(
            "INSERT INTO task_chunks (task_id, n, text, tokens, created) VALUES (?, ?, ?, ?, ?)",
            [task.id, task.chunks_done, text, tokens, now],
        )
        db.execute(
            "UPDATE tasks SET chunks_done = ?, tokens = tokens + ?, status = ?, updated = ?, finished = ? WHERE id = ?",
            [done, tokens, "done" if finished else "running", now, now if finished else None, task.id],
        )
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return get_task(db, task.id)


def fail_task(db: sqlite_utils.Database, task_id: int, error: str) -> None:
    with db.atomic():
        db.execute(
            "UPDATE tasks SET status = 'failed', error = ?, updated = ?, finished = ? WHERE id = ?",
            [error, _now(), _now(), task_id],
        )
