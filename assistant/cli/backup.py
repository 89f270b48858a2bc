"""`assistant backup FILE`, `restore FILE`, `export FOLDER`."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from .. import config
from . import emit


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def backup(file: Path, as_json: bool) -> None:
    """Write a consistent snapshot of conversations, memories, reminders and settings to FILE (safe while
    the app runs)."""
    from dataclasses import asdict

    from ..backup import backup as make_backup

    manifest = make_backup(file)
    emit(
        asdict(manifest),
        as_json,
        f"Backed up {manifest.conversations} conversations and {manifest.memories} memories to {file}",
    )


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore(file: Path, yes: bool) -> None:
    """Replace everything with the backup in FILE, after checking it. The window and the worker may stay
    open: they wait for it and then carry on with the restored data."""
    from .. import generation

    with contextlib.ExitStack() as held:
        if yes:
            # Taken before the slow imports below, so that a command started after this one (a chat a
            # moment later) waits and lands in the restored data rather than racing ahead into the old.
            held.enter_context(generation.exclusive())
        from ..backup import read_manifest
        from ..backup import restore as do_restore

        manifest = read_manifest(file)
        if not yes and not click.confirm(
            f"Replace the data in {config.data_dir()} with the backup of {manifest.created} "
            f"({manifest.conversations} conversations, {manifest.memories} memories)?",
            err=True,
        ):
            raise click.Abort()
        do_restore(file)
    click.echo(f"Restored {manifest.conversations} conversations and {manifest.memories} memories.", err=True)


@click.command("export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def export_command(folder: Path, as_json: bool) -> None:
    """Write everything in open formats: conversations (Markdown, JSON Lines), memories and reminders
    (JSON Lines)."""
    from ..backup import export_all

    counts = export_all(folder)
    emit(
        counts,
        as_json,
        f"Exported {counts['conversations']} conversations, {counts['memories']} memories and "
        f"{counts['reminders']} reminders to {folder}",
    )


COMMANDS = [backup, restore, export_command]
