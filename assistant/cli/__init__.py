"""The `assistant` command: parses arguments, calls the core, prints text or --json.

Each feature's commands live in a module of their own beside this one, listed in COMMANDS below.
Errors the user can cause (AssistantError) are caught once, here, and shown as one line on stderr.
"""

from __future__ import annotations

import importlib
import json
import logging
import sys
from typing import Any

import click

from .. import __version__
from ..errors import AssistantError
from ..logs import setup_logging

log = logging.getLogger("assistant.cli")


def emit(obj: Any, as_json: bool, text: str | None = None) -> None:
    """Print `obj` as one JSON document (UTF-8, not escaped) or `text` for people."""
    if as_json:
        click.echo(json.dumps(obj, ensure_ascii=False))
    elif text is not None:
        click.echo(text)


# Each command's module is imported only when that command runs, so `assistant` alone (the window)
# starts without loading the model runtime, the scheduler or the speech stack.
COMMANDS = {
    "chat": "chat", "conversations": "conversations", "remind": "reminders", "reminders": "reminders",
    "worker": "reminders", "tasks": "tasks", "settings": "settings", "models": "system", "doctor": "system",
    "transcribe": "voice", "say": "voice", "voice": "voice", "listen": "voice",
    "memory": "memory", "profile": "memory", "consolidate": "nightly",
    "install-desktop": "desktop", "uninstall-desktop": "desktop", "privacy": "privacy", "delete-all-data": "privacy",
    "backup": "backup", "restore": "backup", "export": "backup", "books": "books",
}


class Group(click.Group):
    """The root group: loads commands lazily; shows AssistantError as one line, anything unexpected as
    one line plus the log."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module = importlib.import_module(f"{__name__}.{COMMANDS[cmd_name]}")
        return next(c for c in module.COMMANDS if c.name == cmd_name)
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AssistantError as e:
            log.info("refused: %s", e, exc_info=True)
            click.echo(f"assistant: {e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("assistant: interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as e:  # the edge: never a traceback to a user
            log.exception("unexpected error")
            from .. import config

            click.echo(
                f"assistant: unexpected error ({type(e).__name__}: {e}); details in {config.log_path()}",
                err=True,
            )
            sys.exit(1)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="assistant")
def main() -> None:
    """A private assistant that runs on this computer. With no command, `assistant` opens the window."""
    setup_logging()
