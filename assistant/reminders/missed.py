"""Reminders missed while away: firings that fell due while nothing ran, or whose notification a stopped
process never handed over. Each is listed once (window banner, tray, `reminders list --missed`), then
acknowledged, so the list is what the person has not yet been told.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from ..clock import from_stamp, local_zone, stamp
from .model import Firing


def _firing(row: dict[str, Any]) -> Firing:
    shown = local_zone()
    return Firing(
        id=int(row["id"]),
        reminder_id=int(row["reminder_id"]),
        task=str(row["task"]),
        due=from_stamp(str(row["due"]), shown),
        fired_at=from_stamp(str(row["fired_at"]), shown),
        late=bool(row["late"]),
        lateness_s=float(row["lateness_s"] or 0.0),
        missed=bool(row["missed"]),
    )


def missed_firings(db: sqlite_utils.Database) -> list[Firing]:
    """Missed firings not yet acknowledged, oldest due first."""
    rows = db.query(
        "SELECT f.*, r.task FROM reminder_firings f JOIN reminders r ON r.id = f.reminder_id"
        " WHERE f.missed = 1 AND f.acknowledged IS NULL ORDER BY f.due, f.id"
    )
    return [_firing(r) for r in rows]


def take_missed(db: sqlite_utils.Database, now: datetime | None = None) -> list[Firing]:
    """The missed firings not yet listed, marked as listed in the same transaction: each is handed out once,
    however many windows, workers or commands ask at the same moment."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = missed_firings(db)
        if found:
            when = stamp(now or datetime.now(local_zone()))
            db.execute(
                f"UPDATE reminder_firings SET acknowledged = ? WHERE id IN ({','.join('?' * len(found))})",
                [when, *(f.id for f in found)],
            )
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return found


def mark_missed(db: sqlite_utils.Database, firing_id: int) -> None:
    with db.atomic():
        db.execute("UPDATE reminder_firings SET missed = 1 WHERE id = ?", [firing_id])


def firings_after(db: sqlite_utils.Database, last_id: int) -> list[Firing]:
    """Firings recorded after `last_id` (by any process), for a window whose worker runs elsewhere."""
    rows = db.query(
        "SELECT f.*, r.task FROM reminder_firings f JOIN reminders r ON r.id = f.reminder_id"
        " WHERE f.id > ? ORDER BY f.id",
        [last_id],
    )
    return [_firing(r) for r in rows]


def last_firing_id(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT COALESCE(MAX(id), 0) FROM reminder_firings").fetchone()
    return int(row[0])


def acknowledge(db: sqlite_utils.Database, reminder_id: int, due: datetime, now: datetime | None = None) -> None:
    """Mark one firing (of `reminder_id` at `due`) as listed, where it was shown some other way (the window)."""
    with db.atomic():
        db.execute(
            "UPDATE reminder_firings SET acknowledged = ? WHERE reminder_id = ? AND due = ? AND acknowledged IS NULL",
            [stamp(now or datetime.now(local_zone())), reminder_id, stamp(due)],
        )
