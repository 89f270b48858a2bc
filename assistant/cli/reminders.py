"""`assistant remind`, `assistant reminders list|cancel|snooze|done` and `assistant worker`."""

from __future__ import annotations

import click

from .. import config
from ..assistant import Assistant
from ..clock import iso, parse_now
from ..reminders.display import list_line, when_text
from ..reminders.durations import parse_duration
from ..reminders.model import Reminder
from . import emit


def _row(reminder: Reminder) -> dict[str, object]:
    return {
        "id": reminder.id,
        "task": reminder.task,
        "due": iso(reminder.due),
        "recurrence": reminder.rrule,
        "status": reminder.status,
    }


@click.command(short_help="Set a reminder from a sentence, in English or Chinese.")
@click.argument("text")
@click.option("--now", "now_text", metavar="ISO", help="Reference time (ISO 8601; no offset means local time).")
@click.option("--dry-run", is_flag=True, help="Only parse: store nothing.")
@click.option("--json", "as_json", is_flag=True)
def remind(text: str, now_text: str | None, dry_run: bool, as_json: bool) -> None:
    """Set a reminder from a sentence, e.g. "remind me to call Ana on Friday at 9" or "每周三晚上八点倒垃圾"."""
    new = Assistant.open().reminders.from_sentence(text, parse_now(now_text), dry_run=dry_run)
    reminder_id = new.reminder.id
    said = (
        new.confirmation()
        if new.duplicate_of
        else (new.confirmation() + ("" if reminder_id is None else f"  (reminder {reminder_id})"))
    )
    emit({**new.reminder.to_json(), "duplicate": new.duplicate_of is not None}, as_json, said)
    if reminder_id is not None and not as_json and not worker_running():
        click.echo(
            "Note: no worker is running, so it will fire when the window or `assistant worker` next starts.", err=True
        )


def worker_running() -> bool:
    """A hint only (never takes the lock, so it cannot get in a starting worker's way)."""
    from ..worker import WorkerLock

    return WorkerLock(config.data_dir()).holder_alive()


@click.group(invoke_without_command=True)
@click.pass_context
def reminders(ctx: click.Context) -> None:
    """List and manage reminders (alone: the list)."""
    # What a new user types first; it printed usage and exited 2.
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_command)


@reminders.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include done and cancelled reminders.")
@click.option(
    "--missed",
    is_flag=True,
    help="Reminders missed while away (due while nothing ran, or never shown), each listed once.",
)
@click.option("--json", "as_json", is_flag=True)
def list_command(show_all: bool, missed: bool, as_json: bool) -> None:
    """Reminders still to come (and fired ones not yet marked done), soonest first."""
    if missed:
        _list_missed(as_json)
        return
    rows = Assistant.open().reminders.list(include_finished=show_all)
    text = "\n".join(list_line(r) for r in rows) if rows else "No reminders."
    emit([_row(r) for r in rows], as_json, text)


def _list_missed(as_json: bool) -> None:
    found = Assistant.open().reminders.missed()
    rows = [
        {"reminder_id": f.reminder_id, "task": f.task, "due": iso(f.due), "fired_at": iso(f.fired_at)} for f in found
    ]
    text = "\n".join(f"{f.reminder_id:>4}  {when_text(f.due)}  {f.task}  (missed while away)" for f in found)
    emit(rows, as_json, text or "Nothing missed while away.")


@reminders.command("cancel")
@click.argument("reminder_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True)
def cancel_command(reminder_id: int, as_json: bool) -> None:
    """Cancel a reminder (a recurring one stops for good)."""
    r = Assistant.open().reminders.cancel(reminder_id)
    emit(_row(r), as_json, f"Cancelled reminder {r.id}: {r.task}")


@reminders.command("snooze")
@click.argument("reminder_id", metavar="ID", type=int)
@click.argument("duration", required=False)
@click.option("--json", "as_json", is_flag=True)
def snooze_command(reminder_id: int, duration: str | None, as_json: bool) -> None:
    """Remind again DURATION from now ("10m", "1 hour", "90" minutes, "半小时"; default 10 minutes).

    A reminder not yet due moves back by DURATION instead."""
    length = parse_duration(duration)
    r = Assistant.open().reminders.snooze(reminder_id, max(1, round(length.total_seconds() / 60)))
    emit(_row(r), as_json, f"Snoozed reminder {r.id} until {when_text(r.due)}: {r.task}")


@reminders.command("done")
@click.argument("reminder_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True)
def done_command(reminder_id: int, as_json: bool) -> None:
    """Mark a reminder done (a recurring one ends)."""
    r = Assistant.open().reminders.done(reminder_id)
    emit(_row(r), as_json, f"Done: {r.task}")


@reminders.command("next")
@click.argument("reminder_id", metavar="ID", type=int)
@click.option("--count", default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def next_command(reminder_id: int, count: int, as_json: bool) -> None:
    """The next times a reminder will fire."""
    times = Assistant.open().reminders.next_times(reminder_id, count)
    emit([iso(t) for t in times], as_json, "\n".join(when_text(t) for t in times))


@click.command()
@click.option(
    "--exit-if-running",
    is_flag=True,
    help="Exit quietly (status 0) when a worker already serves this data folder (for autostart).",
)
def worker(exit_if_running: bool) -> None:
    """Run reminders (and background jobs) without a window, until SIGTERM or Ctrl+C."""
    from ..worker import Worker, WorkerRunning, run_until_stopped
    from ..worker.run import worker_for

    def ready(w: Worker) -> None:
        click.echo(
            f"worker running for {config.data_dir()}: {w.scheduled_count} reminders scheduled; Ctrl+C to stop.",
            err=True,
        )

    try:
        run_until_stopped(worker_for(headless=True), ready=ready)
    except WorkerRunning:
        if exit_if_running:
            return
        raise
    click.echo("worker stopped.", err=True)


COMMANDS = [remind, reminders, worker]
