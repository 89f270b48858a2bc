"""The nightly job: a summary of the day's conversations goes into memory, and memory is consolidated
(exact repeats merged, indexes brought up to date).

The summary is built by the product from what was said, not written by the model: a small model's
summary would put words in the user's mouth, and this one is searched as if the user had said it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlite_utils

from ..clock import local_zone, localize, stamp
from ..memory.api import remember
from ..memory.model import Memory
from ..memory.store import MemoryStore

log = logging.getLogger(__name__)


@dataclass
class NightlyReport:
    day: str
    summary: str | None  # the memory text written, None when nothing was said that day
    merged: int  # repeated memories removed


def _day_bounds(day: date) -> tuple[str, str]:
    """The user's local day as stored stamps (UTC), so it compares with `created` as text. Local midnight to
    local midnight: a day in a zone west of UTC ends after UTC's does, and a DST day is 23 or 25 hours."""
    zone = local_zone()
    start = localize(datetime.combine(day, time.min), zone)
    end = localize(datetime.combine(day + timedelta(days=1), time.min), zone)
    return stamp(start), stamp(end)


def day_summary(db: sqlite_utils.Database, store: MemoryStore, day: date) -> str | None:
    start, end = _day_bounds(day)
    titles = [
        row["title"]
        for row in db.query(
            "SELECT DISTINCT c.title FROM conversations c JOIN messages m ON m.conversation_id = c.id "
            "WHERE m.role = 'user' AND m.created >= ? AND m.created < ? ORDER BY c.updated",
            [start, end],
        )
        if row["title"]
    ]
    if not titles:
        return None
    told = [m.text for m in store.list("profile") if not m.superseded_by and start <= m.created < end]
    text = f"On {day:%A %d %B %Y} we talked about: " + "; ".join(t.rstrip(" .!?。！？") for t in titles[:12]) + "."
    if told:
        text += " You told me: " + "; ".join(told[:12]) + "."
    return text


def merge_repeats(store: MemoryStore) -> int:
    """The same words remembered more than once (a fact told twice, a re-pasted note) become one: the
    newest is kept, so the date shown is when it was last said."""
    groups: dict[tuple[str, str], list[Memory]] = {}
    for m in store.list():
        if m.kind in ("turn", "fact"):
            groups.setdefault((m.kind, " ".join(m.text.lower().split())), []).append(m)
    older = [
        m.id for ms in groups.values() if len(ms) > 1 for m in sorted(ms, key=lambda m: m.created, reverse=True)[1:]
    ]
    if older:
        store.remove(older)
    return len(older)


def run_nightly(db: sqlite_utils.Database, store: MemoryStore, day: date) -> NightlyReport:
    summary = day_summary(db, store, day)
    already = summary is not None and any(m.text == summary for m in store.list("summary"))
    if summary is not None and not already:
        remember(
            summary,
            kind="summary",
            source=f"nightly:{day.isoformat()}",
            at=localize(datetime.combine(day, time(23, 59)), local_zone()),
            store=store,
            extractor=lambda _t: [],
        )
    merged = merge_repeats(store)
    store.optimize()
    return NightlyReport(day.isoformat(), summary, merged)
