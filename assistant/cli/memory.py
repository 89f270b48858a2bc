"""`assistant memory …` and `assistant profile`: search, add, list, forget, export and import memories."""

from __future__ import annotations

from pathlib import Path

import click

from ..assistant import Assistant
from ..bounded import InputRefused, clean_text
from ..errors import AssistantError, NotFound
from ..memory.model import KINDS
from ..memory.replacement import Replacement
from . import emit, json_text


def _line(text: str, width: int = 100) -> str:
    flat = " ".join(clean_text(text).split())  # an old row may still hold terminal control
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@click.group("memory")
def memory_group() -> None:
    """What the assistant remembers: search it, add to it, forget from it, import and export it."""


@memory_group.command("search")
@click.argument("queries", nargs=-1, required=True)
@click.option("--limit", "-n", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per query.")
def search_command(queries: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Search memories by meaning and words; several QUERIES share one warm process."""
    if not all(q.strip() for q in queries):  # it printed ":" and "nothing remembered matches"
        raise InputRefused("a search needs words: one of the queries is empty")
    memories = Assistant.open().memories
    for query in queries:
        hits = memories.search(query, limit)
        if as_json:
            click.echo(json_text({"query": query, "results": [h.to_json() for h in hits]}))
            continue
        click.echo(f"{query}:")
        if not hits:
            click.echo("  (nothing remembered matches)")
        replaced = memories.replaced([h.memory for h in hits])
        for h in hits:
            m = h.memory
            note = _replaced_note(replaced[m.id]) if m.id in replaced else ""
            click.echo(f"  {_line(m.id)}  {m.created[:10]}  {m.kind:<8} {_line(m.text)}{clean_text(note)}")


def _replaced_note(replacement: Replacement) -> str:
    """ "(outdated)" only for what states nothing current: a remark a newer one partly replaced still
    answers for the rest it says ("I live in Leeds with my wife Jen" after "We moved to York")."""
    if replacement.whole:
        return "  (outdated)"
    changed = "; ".join(
        f"“{_line(r.said, 60)}” is now “{_line(r.newer, 60)}”" if r.newer else f"“{_line(r.said, 60)}” no longer holds"
        for r in replacement.parts
    )
    return f"  (partly replaced: {changed})"


@memory_group.command("add")
@click.argument("text", nargs=-1, required=True)
@click.option("--kind", type=click.Choice(["fact", "turn", "summary"]), default="fact", show_default=True)
@click.option("--json", "as_json", is_flag=True)
def add_command(text: tuple[str, ...], kind: str, as_json: bool) -> None:
    """Remember TEXT."""
    stored = Assistant.open().memories.add(" ".join(text), kind=kind, source="cli")
    first = stored[0]
    emit(
        first.to_json(profile=[m.text for m in stored[1:]]),
        as_json,
        f"remembered {first.id}: {_line(first.text)}" + "".join(f"\n  profile: {m.text}" for m in stored[1:]),
    )


@memory_group.command("list")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def list_command(kind: str | None, as_json: bool) -> None:
    """List memories, oldest first."""
    for m in Assistant.open().memories.list(kind):
        if as_json:
            click.echo(json_text(m.to_json(source=m.source, superseded_by=m.superseded_by or None)))
        else:
            note = f"  (replaced by {m.superseded_by})" if m.superseded_by else ""
            click.echo(f"{_line(m.id)}  {m.created[:10]}  {m.kind:<8} {_line(m.text)}{clean_text(note)}")


@memory_group.command("forget")
@click.argument("target", nargs=-1, required=True)
@click.option("--yes", "-y", is_flag=True, help="Do not ask; for scripts.")
@click.option("--json", "as_json", is_flag=True)
def forget_command(target: tuple[str, ...], yes: bool, as_json: bool) -> None:
    """Forget a memory by ID, or the memories matching a description, for good."""
    what = " ".join(target)
    assistant = Assistant.open()
    doomed = assistant.memories.find_to_forget(what)
    if not doomed:
        raise NotFound(f"nothing remembered matches {what!r}")
    if not as_json or not yes:
        click.echo(f"This will remove {len(doomed)} memor{'y' if len(doomed) == 1 else 'ies'} for good:", err=as_json)
        for m in doomed:
            click.echo(f"  {_line(m.id)}  {m.created[:10]}  {m.kind:<8} {_line(m.text)}", err=as_json)
    if not yes and not click.confirm("Forget them?", default=False, err=True):
        raise AssistantError("nothing was forgotten")
    gone = assistant.memories.forget([m.id for m in doomed])
    # The conversations that said or quoted it forget it too.
    assistant.conversations.redact([m.text for m in gone], [m.id for m in gone])
    emit({"forgotten": [m.id for m in gone]}, as_json, f"forgot {len(gone)}")


@memory_group.command("edit")
@click.argument("memory_id", metavar="ID")
@click.argument("text", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True)
def edit_command(memory_id: str, text: tuple[str, ...], as_json: bool) -> None:
    """Correct a memory's words (its date and source stay; the old words are removed for good)."""
    m = Assistant.open().memories.edit(memory_id, " ".join(text))
    emit(m.to_json(), as_json, f"{m.id}  {m.text}")


@memory_group.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def export_command(file: Path) -> None:
    """Write all memories to FILE as JSON Lines (what `memory import` reads)."""
    count = Assistant.open().memories.export_file(file)
    click.echo(f"exported {count} memories to {file}")


@memory_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def import_command(file: Path, as_json: bool) -> None:
    """Import JSON Lines ({"text", "at", "id", "kind"}), a text/Markdown document, or a book (EPUB, PDF,
    DOCX, HTML: it joins the library, as with `books add`). All or nothing."""
    a = Assistant.open()
    report = a.books.import_file(file) or a.memories.import_file(file)
    emit(
        report.__dict__,
        as_json,
        f"imported {report.added} new memories from {file} ({report.format}"
        + (f"; {report.unchanged} already there" if report.unchanged else "")
        + ")",
    )


@click.command("profile")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def profile_command(as_json: bool) -> None:
    """What the assistant believes about you now, each with where it learnt it (and anything you said
    about it later in words the assistant could not read as a fact)."""
    facts = Assistant.open().memories.profile()
    if not facts and not as_json:
        click.echo('nothing yet: tell me about yourself, or `assistant memory add "I live in …"`')
    for fact in facts:
        if as_json:
            click.echo(json_text(fact.to_json()))
        else:
            click.echo(
                clean_text(f"{fact.fact.text}  — {fact.fact.created[:10]}, from {fact.origin}: ")
                + f"“{_line(fact.said, 70)}” ({clean_text(fact.source)})"
            )
            if fact.later:
                click.echo(
                    f"    and later, on {fact.later.created[:10]}: “{_line(fact.later.text, 70)}” "
                    f"({_line(fact.later.id)})"
                )


COMMANDS = [memory_group, profile_command]
