"""`Assistant.tasks`: long writing jobs the worker does in the background, as one object."""

from __future__ import annotations

import builtins

import sqlite_utils

from . import tasks
from .task_model import Task


class Tasks:
    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def add(self, prompt: str, words: int | None = None) -> Task:
        """Queue a job, e.g. "write a 3,000-word story for my daughter about a fox"."""
        return tasks.add_task(self._db, prompt, words)

    def list(self) -> builtins.list[Task]:
        return tasks.list_tasks(self._db)

    def get(self, task_id: int) -> Task:
        return tasks.get_task(self._db, task_id)

    def result_text(self, task_id: int) -> str:
        """What has been written so far."""
        return tasks.result_text(self._db, task_id)

    def discard(self, task_id: int) -> None:
        """Remove a task just queued, as if never queued: the turn that asked for it could not be stored."""
        with self._db.atomic():
            self._db.execute("DELETE FROM tasks WHERE id = ?", [task_id])

    def cancel(self, task_id: int) -> Task:
        """Stop a task; what was written so far is kept."""
        return tasks.cancel_task(self._db, task_id)
