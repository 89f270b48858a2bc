"""`assistant conversations list|show|export|delete`."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import click

from ..assistant import Assistant
from ..bounded import clean_text
from ..conversations import Conversations
from ..db import storage_errors
from . import emit, json_text


def _store() -> Conversations:
    return Assistant.open().conversations


@click.group(invoke_without_command=True)
@click.pass_context
def conversations(ctx: click.Context) -> None:
    """Past conversations: list, show, export, delete."""
    if ctx.invoked_subcommand is None:  # alone: the list, as `reminders` alone is
        ctx.invoke(list_)


@conversations.command("list")
@click.option("--json", "as_json", is_flag=True)
def list_(as_json: bool) -> None:
    """Conversations, most recent first."""
    rows = _store().list()
    if as_json:
        emit([asdict(c) for c in rows], True)
        return
    if not rows:
        click.echo("No conversations yet: `assistant chat` starts one.")
    for c in rows:
        title = clean_text(c.title or "(untitled)", False)
        click.echo(f"{c.id}  {c.updated[:16].replace('T', ' ')}  {c.messages:3d} msgs  {title}")


@conversations.command()
@click.argument("conversation_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True)
def show(conversation_id: str, as_json: bool) -> None:
    """Print a conversation."""
    store = _store()
    conv = store.get(conversation_id)
    if as_json:
        emit({**asdict(conv), "messages": [asdict(m) for m in store.messages(conv.id)]}, True)
    else:
        click.echo(clean_text(store.to_markdown(conv.id)))


@conversations.command()
@click.argument("conversation_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["markdown", "jsonl"]), default="markdown", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of stdout.")
def export(conversation_id: str, fmt: str, out: str | None) -> None:
    """Export a conversation as Markdown or JSON Lines (one message per line)."""
    store = _store()
    conv = store.get(conversation_id)
    if fmt == "markdown":
        text = store.to_markdown(conv.id)
    else:
        text = "".join(json_text(asdict(m)) + "\n" for m in store.messages(conv.id))
    if out:
        with storage_errors(out):
            Path(out).write_text(text, encoding="utf-8")
        click.echo(f"Exported {conv.id} to {out}", err=True)
    else:
        click.echo(clean_text(text), nl=False)


@conversations.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True)
def search(query: str, as_json: bool) -> None:
    """Conversations whose title or messages contain QUERY."""
    rows = _store().search(query)
    if as_json:
        emit([asdict(c) for c in rows], True)
        return
    for c in rows:
        click.echo(f"{c.id}  {c.updated[:16].replace('T', ' ')}  {clean_text(c.title or '(untitled)', False)}")


@conversations.command()
@click.argument("conversation_id", metavar="ID")
@click.argument("title")
def rename(conversation_id: str, title: str) -> None:
    """Give a conversation a new title."""
    _store().rename(conversation_id, title.strip())


@conversations.command()
@click.argument("conversation_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True)
def regenerate(conversation_id: str, as_json: bool) -> None:
    """Answer the conversation's last question again, replacing the last reply."""
    from .stopping import ctrl_c_stops

    assistant = Assistant.open()
    with ctrl_c_stops(assistant):
        result = assistant.regenerate(conversation_id, on_token=None if as_json else _stream)
    emit(result.to_json(), as_json, "" if not as_json else None)


def _stream(piece: str) -> None:
    click.echo(clean_text(piece), nl=False)


@conversations.command()
@click.argument("conversation_id", metavar="ID")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete(conversation_id: str, yes: bool) -> None:
    """Delete a conversation and its messages."""
    store = _store()
    conv = store.get(conversation_id)
    if not yes and not click.confirm(f"Delete “{conv.title or conv.id}” ({conv.messages} messages)?", err=True):
        raise click.Abort()
    store.delete(conv.id)
    click.echo(f"Deleted conversation {conv.id}.", err=True)


COMMANDS = [conversations]
