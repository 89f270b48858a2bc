"""`assistant chat`: one turn (--once) or an interactive chat in the terminal, streamed."""

from __future__ import annotations

import sys
import time

import click

from ..assistant import Assistant
from ..bounded import clean_text
from ..errors import AssistantError, Interrupted
from ..turn import TurnResult
from . import emit
from .setting_types import SettingValue, setting_help
from .stopping import ctrl_c_stops


def _stream_to_terminal(piece: str) -> None:
    sys.stdout.write(clean_text(piece))  # the model's words, and memories it quotes, may hold terminal control
    sys.stdout.flush()


def _message(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--once's TEXT. `chat --once --book ID "…"` took "--book" for the message and ended in "unexpected
    extra arguments"; say where the message goes instead."""
    options = {name for p in ctx.command.params for name in p.opts}
    if value is not None and value.split("=")[0] in options:
        raise click.BadParameter(f'the message goes right after it: chat --once "…" {value} …', ctx, param)
    return value


@click.command()
@click.option("--once", "once", metavar="TEXT", callback=_message, help="Answer one message and exit.")
@click.option("--json", "as_json", is_flag=True, help="With --once: print one JSON object.")
@click.option("--model", type=click.Path(dir_okay=True), help="A GGUF model file to use instead of the setting.")
@click.option("--conversation", "conversation_id", metavar="ID", help="Continue this conversation.")
@click.option("--book", "book", metavar="ID", help="Discuss this book: questions are answered from it (`books list`).")
@click.option("--seed", type=SettingValue("seed"), help=setting_help("seed"))
@click.option("--temperature", type=SettingValue("temperature"), help=setting_help("temperature"))
@click.option("--max-tokens", type=SettingValue("max_tokens"), help=setting_help("max_tokens"))
def chat(
    once: str | None,
    as_json: bool,
    model: str | None,
    conversation_id: str | None,
    book: str | None,
    seed: int | None,
    temperature: float | None,
    max_tokens: int | None,
) -> None:
    """Chat with the assistant in the terminal (Ctrl+C stops a reply, Ctrl+D quits)."""
    started = time.perf_counter()
    assistant = Assistant.open(model_path=model)
    # Flags change this run only; the saved settings stay as they are.
    assistant.settings.override(seed=seed, temperature=temperature, max_tokens=max_tokens)
    book_id = _chosen_book(assistant, book)
    if once is None:
        if as_json:
            raise click.UsageError("--json needs --once TEXT")
        _interactive(assistant, conversation_id, book_id)
        return
    with ctrl_c_stops(assistant):
        result = assistant.handle(
            once, conversation_id, on_token=None if as_json else _stream_to_terminal, book=book_id
        )
    if as_json:
        payload = result.to_json()
        payload["seconds"] = round(time.perf_counter() - started, 3)  # what the caller waited, start to end
        emit(payload, True)
    else:
        click.echo()
        _mark_general(result)
    if result.interrupted:
        raise Interrupted(f"interrupted: the partial reply is kept in conversation {result.conversation}")


def _chosen_book(assistant: Assistant, book: str | None) -> str | None:
    """The full id of the book to discuss (an unknown one is one clear line, before anything is asked)."""
    if book is None:
        return None
    from ..books.library import Library

    return Library(assistant.db).get(book).id


def _interactive(assistant: Assistant, conversation_id: str | None, book: str | None = None) -> None:
    click.echo(
        f"Chatting with {assistant.model_path or 'the bundled model'}. "
        "Ctrl+C stops a reply, Ctrl+D or /quit leaves, /new starts a new conversation, "
        "/book ID discusses a book (/book alone stops).",
        err=True,
    )
    if book:
        _say_book(assistant, book)
    while True:
        try:
            text = click.prompt(click.style("you", bold=True), prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo(err=True)
            return
        if text.strip() in ("/quit", "/exit"):
            return
        if text.strip() == "/new":
            conversation_id = None
            continue
        if not text.strip():
            continue
        if text.strip().split()[0] == "/book":
            try:
                book = _chosen_book(assistant, text.strip()[5:].strip() or None)
            except AssistantError as e:
                click.echo(f"assistant: {e}", err=True)
                continue
            _say_book(assistant, book)
            continue
        click.echo(click.style("assistant> ", bold=True), nl=False)
        try:
            with ctrl_c_stops(assistant):
                result: TurnResult = assistant.handle(text, conversation_id, on_token=_stream_to_terminal, book=book)
        except AssistantError as e:  # one bad turn must not end the chat
            click.echo(f"\nassistant: {e}", err=True)
            continue
        conversation_id = result.conversation
        click.echo(" [stopped]" if result.interrupted else "")
        _mark_general(result)


def _say_book(assistant: Assistant, book: str | None) -> None:
    from ..books.library import Library

    if book is None:
        click.echo("(no book chosen: questions are answered from everything)", err=True)
    else:
        title = clean_text(Library(assistant.db).get(book).title, False)
        click.echo(f"(discussing “{title}”: questions are answered from it)", err=True)


GENERAL_NOTE = "(general knowledge from the model, not from your memories or documents: check it)"
SOURCE_CHARS = 70  # of a memory's words beside its number; a book passage is named by its place alone


def _mark_general(result: TurnResult) -> None:
    """What the reply rests on, on stderr so a pipe gets only the reply: its sources, numbered as the [1], [2]
    in its text (as the window's chips are; without them the numbers pointed nowhere), or a note that it is
    the model's own knowledge."""
    for n, citation in enumerate(result.citations, 1):
        words = " ".join(clean_text(citation.text).split())
        words = words if len(words) <= SOURCE_CHARS else words[: SOURCE_CHARS - 1].rstrip() + "…"
        if citation.place is None:
            shown = words
        else:
            place = clean_text(citation.place, False)
            shown = place if citation.kind == "document" else f"{place}: {words}"
        click.echo(click.style(f"[{n}] {shown}", dim=True), err=True)
    if not result.grounded:
        click.echo(click.style(GENERAL_NOTE, dim=True), err=True)


COMMANDS = [chat]
