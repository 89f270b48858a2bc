"""`assistant settings`: show and change what the window's settings page changes."""

from __future__ import annotations

import dataclasses
import json

import click

from ..assistant import Assistant
from ..config import Settings
from ..errors import AssistantError
from ..settings import save_settings
from ..worker.run import parse_clock, parse_quiet_hours
from . import emit

FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _parse(name: str, text: str) -> object:
    """A value as typed on the command line, checked against the setting's type."""
    kind = str(FIELDS[name].type)
    if text.lower() in ("none", "default", ""):
        return None if "None" in kind else getattr(Settings(), name)
    if "bool" in kind:
        if text.lower() not in ("on", "off", "true", "false", "yes", "no", "1", "0"):
            raise AssistantError(f"{name} is on or off, not {text!r}")
        return text.lower() in ("on", "true", "yes", "1")
    try:
        if "int" in kind:
            value: object = int(text)
        elif "float" in kind:
            value = float(text)
        else:
            value = text
    except ValueError:
        raise AssistantError(f"{name} must be a number, not {text!r}") from None
    limits = {"context_size": (256, 131072), "temperature": (0.0, 2.0), "max_tokens": (1, 32768), "threads": (1, 256)}
    if name in limits and not limits[name][0] <= value <= limits[name][1]:  # type: ignore[operator]
        low, high = limits[name]
        raise AssistantError(f"{name} must be between {low} and {high}")
    return value


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def settings(ctx: click.Context, as_json: bool) -> None:
    """Show the settings; `settings set NAME VALUE` changes one."""
    if ctx.invoked_subcommand is None:
        current = dataclasses.asdict(Assistant.open().settings)
        emit(current, as_json, "\n".join(f"{k} = {json.dumps(v)}" for k, v in current.items()))


@settings.command("set")
@click.argument("name", type=click.Choice(sorted(FIELDS)))
@click.argument("value")
def set_(name: str, value: str) -> None:
    """Change one setting; `default` restores it. A model file is loaded first and kept only if it works."""
    assistant = Assistant.open()
    parsed = _parse(name, value)
    if name == "model_path":
        engine = assistant.use_model(parsed)  # type: ignore[arg-type]
        click.echo(f"model_path = {json.dumps(assistant.settings.model_path)} ({engine.name} loads and works)")
        return
    if name == "briefing_time" and parsed is not None:
        parse_clock(str(parsed))
    if name == "quiet_hours" and parsed is not None:
        parse_quiet_hours(str(parsed))
    setattr(assistant.settings, name, parsed)
    save_settings(assistant.db, assistant.settings)
    click.echo(f"{name} = {json.dumps(parsed)}")


COMMANDS = [settings]
