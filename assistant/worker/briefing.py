"""The morning briefing: today's reminders, the offline tasks' state, and what the user said they would
do today (found in memory), as one notification at a time the user picks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from ..reminders.display import when_text
from ..reminders.store import list_reminders, next_times
from .tasks import Task, list_tasks

log = logging.getLogger(__name__)

PLANS_QUERY = "what I plan to do today, I will, I need to, I have to"
PLANS_MAX_AGE = timedelta(hours=36)  # "tomorrow I'll call the bank" said last night counts; last week's doesn't
MIN_SIMILARITY = 0.3

Recall = Callable[[datetime], list[str]]


@dataclass(frozen=True)
class Briefing:
    day: datetime
    reminders: list[tuple[datetime, str]] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.reminders or self.tasks or self.plans)

    def text(self) -> str:
        lines = []
        if self.reminders:
            lines.append("Today: " + "; ".join(f"{t:%H:%M} {task}" for t, task in self.reminders))
        for task in self.tasks:
            lines.append(f"Task {task.id} {task.status} ({task.percent}%): {task.title[:60]}")
        if self.plans:
            lines.append("You said: " + "; ".join(self.plans))
        return "\n".join(lines) or f"Nothing planned for {when_text(self.day).split(',')[0]}."


def memory_plans(now: datetime) -> list[str]:
    """Recent memories that sound like plans. Memory is optional here: any failure just leaves them out."""
    try:
        from ..memory.api import search_memories

        hits = search_memories(PLANS_QUERY, limit=8)
    except Exception:
        log.exception("briefing: memory search failed; briefing without it")
        return []
    recent = []
    for hit in hits:
        try:
            created = datetime.fromisoformat(hit.memory.created.replace("Z", "+00:00"))
        except ValueError:
            continue
        if hit.similarity >= MIN_SIMILARITY and now - created <= PLANS_MAX_AGE:
            recent.append(hit.memory.text)
    return recent


def build_briefing(db: sqlite_utils.Database, now: datetime, recall: Recall | None = memory_plans) -> Briefing:
    end = now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    today: list[tuple[datetime, str]] = []
    for reminder in list_reminders(db):
        if reminder.status != "scheduled":
            continue
        # A recurring reminder may come round more than once today ("every 2 hours").
        today += [(t, reminder.task) for t in next_times(reminder, 24) if now <= t < end]
    tasks = [
        t
        for t in list_tasks(db)
        if t.status in ("queued", "running", "failed")
        or (t.status == "done" and t.finished and now - t.finished <= timedelta(days=1))
    ]
    plans = recall(now) if recall else []
    return Briefing(day=now, reminders=sorted(today), tasks=tasks, plans=plans)
