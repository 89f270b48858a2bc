"""`assistant models` and `assistant doctor`: what is installed and what works."""

from __future__ import annotations

import sys
from dataclasses import asdict

import click

from ..doctor import run_checks
from ..llm.catalogue import installed_path, load_catalogue
from . import emit


@click.command()
@click.option("--json", "as_json", is_flag=True)
def models(as_json: bool) -> None:
    """The model catalogue, and which models are installed here."""
    rows = []
    for entry in load_catalogue():
        path = installed_path(entry)
        rows.append({**asdict(entry), "installed": path is not None, "path": str(path) if path else None})
    if as_json:
        emit(rows, True)
        return
    for r in rows:
        state = "bundled" if r["bundled"] else ("installed" if r["installed"] else "not installed")
        click.echo(
            f"{r['name']}  [{state}]  {r['size_mb']} MB, context {r['context']}, {'/'.join(r['languages'])}, "
            f"{r['licence']}"
        )
        click.echo(f"    {r['notes']}")
        if r["installed"]:
            click.echo(f"    {r['path']}")
        elif r["source"]:
            click.echo(f"    get {r['file']} from {r['source']}, then: assistant chat --model PATH")


@click.command()
@click.option("--json", "as_json", is_flag=True)
def doctor(as_json: bool) -> None:
    """Check each part (model, database, audio, speech, notifications) and say what to do."""
    checks = run_checks()
    if as_json:
        emit([asdict(c) for c in checks], True)
    else:
        width = max(len(c.part) for c in checks)
        for c in checks:
            line = f"{'ok ' if c.ok else 'NO '} {c.part:{width}}  {c.detail}"
            click.echo(line + (f" — {c.fix}" if not c.ok and c.fix else ""))
    if any(not c.ok and c.essential for c in checks):
        sys.exit(1)


COMMANDS = [models, doctor]
