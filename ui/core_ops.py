"""What the window asks of the core, as plain functions that run on the core thread (ui/ops.py).

Kept apart from the widgets so that the window can be shown before any of the core is imported: this
module is imported by the first core call, off the UI thread, while the window is already on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.assistant import Assistant
from assistant.config import Settings
from assistant.conversations import Conversation
from assistant.data import delete_all_data
from assistant.memory import ImportReport, Memory, edit, export_file, forget, import_file, search_memories
from assistant.reminders import (
    Reminder,
    ReminderError,
    add_reminder,
    cancel_reminder,
    confirmation,
    done_reminder,
    list_reminders,
    next_times,
    parse_reminder,
    snooze_reminder,
)
from assistant.reminders.clock import now_local
from assistant.reminders.display import when_text
from assistant.worker import Worker, WorkerRunning
from assistant.worker.run import parse_clock, parse_quiet_hours, worker_for
from assistant.worker.tasks import Task, add_task, cancel_task, list_tasks, result_text

# Re-exported for the window, which reaches the core only through this module.
__all__ = ["add_task", "cancel_reminder", "cancel_task", "delete_all_data", "done_reminder", "list_tasks",
           "result_text", "snooze_reminder"]


def open_assistant(model_path: str | None) -> Assistant:
    return Assistant.open(model_path=model_path)


def conversations_and_model(assistant: Assistant) -> tuple[list[Conversation], str]:
    # Memory is opened here, while the window says "Loading model…": opening it imports LanceDB and
    # loads the embedder, which holds the interpreter long enough to stall the window mid-reply
    # (measured: 108–136 ms during the first streamed reply when left to the first question).
    assistant.memory().embedder.embed_query("warm up")  # the embedder loads its weights on first use
    return assistant.conversations.list(), assistant.engine().name


def start_worker(extra: list[Any]) -> Worker | None:
    """The worker for this data folder, or None when another process (`assistant worker`) runs it."""
    worker = worker_for(headless=False, extra=extra)
    try:
        worker.start()
    except WorkerRunning:
        return None
    return worker


def reminder_rows(db: Any) -> list[tuple[Reminder, str, list[str]]]:
    """Each active reminder with its due time and next times as people read them."""
    return [(r, when_text(r.due), [when_text(t) for t in next_times(r, 3)]) for r in list_reminders(db)]


def preview_reminder(sentence: str) -> tuple[str, str, bool]:
    """How a sentence would be read: (sentence, text to show, whether it can be saved)."""
    try:
        return sentence, confirmation(parse_reminder(sentence, now_local())), True
    except ReminderError as e:
        return sentence, str(e), False


def add_reminder_from(db: Any, sentence: str) -> str:
    return confirmation(add_reminder(db, parse_reminder(sentence, now_local())))


def tasks(db: Any) -> list[Task]:
    return list_tasks(db)


def memories(assistant: Assistant, query: str, kind: str) -> list[Memory]:
    """What the Memory panel lists: a search when there is a query, else everything of that kind."""
    store = assistant.memory()
    if query:
        return [h.memory for h in search_memories(query, 50, kinds=[kind] if kind else None, store=store)]
    return sorted(store.list(kind or None), key=lambda m: m.created, reverse=True)[:500]


def forget_memories(assistant: Assistant, ids: list[str]) -> list[Memory]:
    return forget(ids, store=assistant.memory())


def edit_memory(assistant: Assistant, memory_id: str, text: str) -> Memory:
    return edit(memory_id, text, store=assistant.memory())


def import_memories(assistant: Assistant, path: str) -> ImportReport:
    return import_file(Path(path), store=assistant.memory())


def export_memories(assistant: Assistant, path: str) -> int:
    return export_file(Path(path), store=assistant.memory())


def memory_by_id(assistant: Assistant, memory_id: str) -> Memory:
    return assistant.memory().get(memory_id)


def check_settings(settings: Settings) -> None:
    """Refuse times that cannot be read before anything is saved (AssistantError says which)."""
    if settings.briefing_time:
        parse_clock(settings.briefing_time)
    if settings.quiet_hours:
        parse_quiet_hours(settings.quiet_hours)
