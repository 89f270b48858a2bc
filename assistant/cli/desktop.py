"""`assistant install-desktop` and `uninstall-desktop`."""

from __future__ import annotations

import click

from ..desktop import install, uninstall


@click.command("install-desktop")
def install_desktop() -> None:
    """Add the launcher, its icon, and the worker's autostart entry and systemd user unit for this user."""
    for path in install():
        click.echo(f"installed {path}")
    click.echo(
        "To keep reminders running without the window: systemctl --user enable --now assistant-worker "
        "(or log out and in: the autostart entry starts it).",
        err=True,
    )


@click.command("uninstall-desktop")
def uninstall_desktop() -> None:
    """Remove what install-desktop added (your data stays where it is)."""
    removed = uninstall()
    for path in removed:
        click.echo(f"removed {path}")
    if not removed:
        click.echo("nothing to remove: the desktop files were not installed", err=True)


COMMANDS = [install_desktop, uninstall_desktop]
