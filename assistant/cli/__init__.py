"""The `assistant` command: parses arguments, calls the core, prints text or --json.

Each feature's commands live in a module of their own beside this one, listed in COMMANDS below.
Errors the user can cause (AssistantError) are caught once, here, and shown as one line on stderr.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import re
import sys
from typing import Any

import click

from .. import __version__
from ..bounded import clean_text
from ..errors import AssistantError
from ..logs import private, setup_logging

log = logging.getLogger("assistant.cli")


def emit(obj: Any, as_json: bool, text: str | None = None) -> None:
    """Print `obj` as one JSON document or `text` for people, without the terminal control a stored row
    may still hold (bounded.clean_text: rows from before input was cleaned)."""
    if as_json:
        click.echo(json_text(obj))
    elif text is not None:
        click.echo(clean_text(text))


# json.dumps escapes only C0 controls; C1 (U+0080-U+009F: U+009B is a one-character CSI) and the bidi
# overrides a stored row from before input was cleaned may hold are escaped too.
_JSON_UNSAFE = re.compile("[\x80-\x9f\u202a-\u202e\u2066-\u2069]")


def json_text(obj: Any) -> str:
    """`obj` as one line of JSON, Chinese and other text readable as written (UTF-8, not escaped)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False))


# Each command's module is imported only when that command runs, so `assistant` alone (the window)
# starts without loading the model runtime, the scheduler or the speech stack.
COMMANDS = {
    "chat": "chat",
    "conversations": "conversations",
    "remind": "reminders",
    "reminders": "reminders",
    "worker": "reminders",
    "tasks": "tasks",
    "settings": "settings",
    "models": "system",
    "doctor": "system",
    "transcribe": "voice",
    "say": "voice",
    "voice": "voice",
    "listen": "voice",
    "memory": "memory",
    "profile": "memory",
    "consolidate": "nightly",
    "install-desktop": "desktop",
    "uninstall-desktop": "desktop",
    "privacy": "privacy",
    "delete-all-data": "privacy",
    "backup": "backup",
    "restore": "backup",
    "export": "backup",
    "books": "books",
}


# Commands that run for long (the window, the worker, an interactive chat or listening loop) hold the
# data lock per turn or job instead, and restore and delete-all-data take it exclusive themselves.
LOCKS_ITSELF = {None, "worker", "chat", "listen", "voice", "restore", "delete-all-data"}


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
            # The line may quote the user's words, so the log keeps its kind and length (logs.private).
            log.info("refused (%s): %s", type(e).__name__, private(e))
            click.echo(f"assistant: {clean_text(str(e))}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("assistant: interrupted", err=True)
            sys.exit(130)
        except UnicodeEncodeError:
            # Undecodable bytes in an argument reach us as lone surrogates and fail where they are stored.
            click.echo(
                "assistant: the text given is not valid UTF-8: check the terminal's encoding; nothing was stored",
                err=True,
            )
            sys.exit(1)
        except BrokenPipeError:
            # `assistant privacy | head -2`: the reader has gone, so there is no one to tell. Later
            # writes (Python's own flush at exit) go nowhere instead of printing a traceback.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)  # 128 + SIGPIPE, as a shell tool killed by the broken pipe would
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
@click.pass_context
def main(ctx: click.Context) -> None:
    """A private assistant that runs on this computer. With no command, `assistant` opens the window."""
    from .. import config, generation

    config.secure_process()
    setup_logging()
    if ctx.invoked_subcommand not in LOCKS_ITSELF:
        # The whole command is one unit against restore and delete-all-data (generation.py): it runs
        # before a switch or after it, never across it.
        ctx.with_resource(generation.shared())
