"""`assistant settings`: show and change what the window's settings dialog changes.

Each setting's type, bounds and help come from its declaration (settings.py); `set` goes through the same
`Assistant.settings.update()` as the dialog.
"""

from __future__ import annotations

import json

import click

from ..assistant import Assistant
from ..settings import FIELDS
from . import emit
from .setting_types import setting_help


def _described() -> str:
    return "\n\n".join(f"{name}: {setting_help(name)}" for name in FIELDS)


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def settings(ctx: click.Context, as_json: bool) -> None:
    """Show the settings; `settings set NAME VALUE` changes one."""
    if ctx.invoked_subcommand is None:
        current = Assistant.open().settings.current.to_json()
        emit(current, as_json, "\n".join(f"{k} = {json.dumps(v)}" for k, v in current.items()))


# Unknown options are taken as the value, so `set seed -5` is read (and refused as a seed) rather than
# taken for an option.
@settings.command("set", context_settings={"ignore_unknown_options": True}, epilog=_described())
@click.argument("name", type=click.Choice(sorted(FIELDS)))
@click.argument("value")
def set_(name: str, value: str) -> None:
    """Change one setting; `default` restores it. A model file is loaded first and kept only if it works."""
    assistant = Assistant.open()
    new = assistant.settings.update_text(name, value)
    shown = json.dumps(getattr(new, name), ensure_ascii=False)
    if name == "model_path":
        click.echo(f"model_path = {shown} ({assistant.engine().name} loads and works)")
    else:
        click.echo(f"{name} = {shown}")


COMMANDS = [settings]
