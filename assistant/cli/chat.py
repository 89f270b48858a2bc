"""`assistant chat`: one turn (--once) or an interactive chat in the terminal, streamed."""

from __future__ import annotations

import sys
import time

import click

from ..assistant import Assistant, TurnResult
from ..errors import AssistantError, Interrupted
from . import emit


def _open(model: str | None, seed: int | None, temperature: float | None,
          max_tokens: int | None) -> Assistant:
    assistant = Assistant.open(model_path=model)
    # Flags change this run only; the saved settings stay as they are.
    if seed is not None:
        assistant.settings.seed = seed
    if temperature is not None:
        assistant.settings.temperature = temperature
    if max_tokens is not None:
        assistant.settings.max_tokens = max_tokens
    return assistant


def _stream_to_terminal(piece: str) -> None:
    sys.stdout.write(piece)
    sys.stdout.flush()


@click.command()
@click.option("--once", "once", metavar="TEXT", help="Answer one message and exit.")
@click.option("--json", "as_json", is_flag=True, help="With --once: print one JSON object.")
@click.option("--model", type=click.Path(dir_okay=True), help="A GGUF model file to use instead of the setting.")
@click.option("--conversation", "conversation_id", metavar="ID", help="Continue this conversation.")
@click.option("--seed", type=int, help="Sampling seed, for reproducible replies.")
@click.option("--temperature", type=click.FloatRange(0, 2), help="0 for the most predictable replies.")
@click.option("--max-tokens", type=click.IntRange(1, 32768), help="Longest reply, in tokens.")
def chat(once: str | None, as_json: bool, model: str | None, conversation_id: str | None,
         seed: int | None, temperature: float | None, max_tokens: int | None) -> None:
    """Chat with the assistant in the terminal (Ctrl+C stops a reply, Ctrl+D quits)."""
    started = time.perf_counter()
    assistant = _open(model, seed, temperature, max_tokens)
    if once is None:
        if as_json:
            raise click.UsageError("--json needs --once TEXT")
        _interactive(assistant, conversation_id)
        return
    result = assistant.handle(once, conversation_id, on_token=None if as_json else _stream_to_terminal)
    if as_json:
        payload = result.to_json()
        payload["seconds"] = round(time.perf_counter() - started, 3)  # what the caller waited, start to end
        emit(payload, True)
    else:
        click.echo()
    if result.interrupted:
        raise Interrupted(f"interrupted: the partial reply is kept in conversation {result.conversation}")


def _interactive(assistant: Assistant, conversation_id: str | None) -> None:
    click.echo(f"Chatting with {assistant.model_path or 'the bundled model'}. "
               "Ctrl+C stops a reply, Ctrl+D or /quit leaves, /new starts a new conversation.", err=True)
    while True:
        try:
            text = click.prompt(click.style("you", bold=True), prompt_suffix="> ", default="",
                                show_default=False)
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
        click.echo(click.style("assistant> ", bold=True), nl=False)
        try:
            result: TurnResult = assistant.handle(text, conversation_id, on_token=_stream_to_terminal)
        except AssistantError as e:  # one bad turn must not end the chat
            click.echo(f"\nassistant: {e}", err=True)
            continue
        conversation_id = result.conversation
        click.echo(" [stopped]" if result.interrupted else "")


COMMANDS = [chat]
