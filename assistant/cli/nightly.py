"""`assistant consolidate`: run the nightly job now (a day's summary into memory, repeats merged)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime, timedelta

import click

from . import emit


@click.command()
@click.option("--day", type=click.DateTime(["%Y-%m-%d"]), help="The day to summarise (default: yesterday).")
@click.option("--json", "as_json", is_flag=True)
def consolidate(day: object, as_json: bool) -> None:
    """Summarise a day's conversations into memory and merge repeated memories (the worker does this nightly)."""
    from ..assistant import Assistant
    from ..worker.nightly import run_nightly

    chosen = day.date() if isinstance(day, datetime) else date.today() - timedelta(days=1)
    assistant = Assistant.open()
    report = run_nightly(assistant.db, assistant.memory(), chosen)
    emit(
        asdict(report),
        as_json,
        (f"Summary for {report.day}: {report.summary}" if report.summary else f"Nothing was said on {report.day}.")
        + (f"\nMerged {report.merged} repeated memories." if report.merged else ""),
    )


COMMANDS = [consolidate]
