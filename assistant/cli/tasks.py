"""`assistant tasks add|list|show|cancel`: long jobs the worker runs while the user is away."""

from __future__ import annotations

import click

from ..assistant import Assistant
from ..clock import iso
from ..worker.tasks import Task
from . import emit


def _row(task: Task) -> dict[str, object]:
    return {
        "id": task.id,
        "prompt": task.prompt,
        "status": task.status,
        "chunks_done": task.chunks_done,
        "chunks_total": task.chunks_total,
        "tokens": task.tokens,
        "percent": task.percent,
        "created": iso(task.created),
        "finished": iso(task.finished) if task.finished else None,
        "error": task.error,
    }


def _line(task: Task) -> str:
    return (
        f"{task.id:>4}  {task.status:<9} {task.percent:>3}%  {task.chunks_done}/{task.chunks_total} chunks, "
        f"{task.tokens} tokens  {task.title[:60]}"
    )


@click.group(invoke_without_command=True)
@click.pass_context
def tasks(ctx: click.Context) -> None:
    """Offline tasks: long writing jobs run by the worker (`assistant worker` or the window)."""
    if ctx.invoked_subcommand is None:  # alone: the list, as `reminders` alone is
        ctx.invoke(list_command)


@tasks.command("add")
@click.argument("text")
@click.option("--words", type=int, help="Length in words (default: read from TEXT, e.g. '3,000-word', else 600).")
@click.option("--json", "as_json", is_flag=True)
def add_command(text: str, words: int | None, as_json: bool) -> None:
    """Queue a writing job, e.g. "write a 3,000-word story for my daughter about a fox"."""
    task = Assistant.open().tasks.add(text, words)
    emit(
        _row(task),
        as_json,
        f"Queued task {task.id} ({task.target_words} words in {task.chunks_total} chunks); "
        "the worker writes it in the background.",
    )


@tasks.command("list")
@click.option("--json", "as_json", is_flag=True)
def list_command(as_json: bool) -> None:
    """Every task with its progress."""
    rows = Assistant.open().tasks.list()
    emit([_row(t) for t in rows], as_json, "\n".join(_line(t) for t in rows) if rows else "No tasks.")


@tasks.command("show")
@click.argument("task_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True)
def show_command(task_id: int, as_json: bool) -> None:
    """A task's progress and the text written so far."""
    jobs = Assistant.open().tasks
    task = jobs.get(task_id)
    text = jobs.result_text(task_id)
    emit({**_row(task), "text": text}, as_json, _line(task) + ("\n\n" + text if text else ""))


@tasks.command("cancel")
@click.argument("task_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True)
def cancel_command(task_id: int, as_json: bool) -> None:
    """Stop a task; what was written so far is kept."""
    task = Assistant.open().tasks.cancel(task_id)
    emit(_row(task), as_json, f"Cancelled task {task.id}.")


COMMANDS = [tasks]
