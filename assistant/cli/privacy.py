"""`assistant privacy`: where your data is, how big it is, and that none of it leaves the machine."""

from __future__ import annotations

import contextlib
from dataclasses import asdict

import click

from .. import config
from ..privacy import folder_is_private, inventory
from . import emit


def _human(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


@click.command()
@click.option("--json", "as_json", is_flag=True)
def privacy(as_json: bool) -> None:
    """Where every piece of your data lives and how big it is."""
    items = inventory()
    private = folder_is_private()
    if as_json:
        emit(
            {
                "data_folder": str(config.data_dir()),
                "owner_only": private,
                "network": "none",
                "items": [asdict(i) for i in items],
            },
            True,
        )
        return
    click.echo(
        f"Everything is in {config.data_dir()} "
        f"({'readable by you only' if private else 'WARNING: readable by others; run chmod 700 on it'})."
    )
    click.echo("Nothing is sent anywhere: the assistant makes no network connections.\n")
    for i in items:
        click.echo(f"{_human(i.bytes):>10}  {i.what}\n            {i.path}{'' if i.exists else '  (not created yet)'}")


@click.command("delete-all-data")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete_all_data_command(yes: bool) -> None:
    """Delete everything: conversations, memories and their search indexes, reminders, tasks, settings, logs."""
    from .. import generation

    with contextlib.ExitStack() as held:
        if yes:
            held.enter_context(generation.exclusive())  # before the imports: see `restore`
        from ..data import delete_all_data

        if not yes and not click.confirm(f"Delete everything in {config.data_dir()}? This cannot be undone.", err=True):
            raise click.Abort()
        removed = delete_all_data()
    click.echo(f"Deleted {len(removed)} items from {config.data_dir()}.", err=True)


COMMANDS = [privacy, delete_all_data_command]
