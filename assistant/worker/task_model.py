"""An offline task as plain data: what the task store (tasks.py) hands out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Task:
    id: int
    prompt: str
    status: str
    target_words: int
    chunks_total: int
    chunks_done: int
    tokens: int
    created: datetime
    updated: datetime
    finished: datetime | None = None
    error: str | None = None

    @property
    def title(self) -> str:
        """The request as the user said it: a job that continues a chat's story carries that story in its
        prompt, below the first line."""
        return self.prompt.split("\n", 1)[0]

    @property
    def percent(self) -> int:
        return 100 if self.status == "done" else int(100 * self.chunks_done / max(1, self.chunks_total))
