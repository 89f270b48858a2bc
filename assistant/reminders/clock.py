"""The user's local zone and wall-clock maths that stays right across daylight-saving changes.

Reminders are said in wall-clock terms ("every day at 9"), so times are built as naive local wall times
and only then given the zone; this module is the one place that turns one into the other.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from .model import ReminderError


def local_zone() -> ZoneInfo:
    """The user's zone ($TZ first, then the system's), as a ZoneInfo so DST rules come with it."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        # Read on every call (tzlocal caches its answer): a changed $TZ, or a test's, takes effect at once.
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(name)
    zone = tzlocal.get_localzone()
    if isinstance(zone, ZoneInfo):
        return zone
    return ZoneInfo(str(zone))


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def now_local() -> datetime:
    return datetime.now(local_zone())


def as_local(moment: datetime, zone: ZoneInfo | None = None) -> datetime:
    """An aware datetime in the user's zone; a naive one is taken to be local wall time already."""
    zone = zone or local_zone()
    if moment.tzinfo is None:
        return localize(moment, zone)
    return moment.astimezone(zone)


def localize(wall: datetime, zone: ZoneInfo) -> datetime:
    """Give a naive wall time its zone. A time skipped by a spring-forward change (02:30 on the night the
    clocks jump from 02:00 to 03:00) becomes the moment just after the jump; a time that happens twice
    in autumn means the first of the two (fold=0), as people mean it."""
    aware = wall.replace(tzinfo=zone, fold=0)
    # Round-tripping through UTC moves a non-existent wall time forward by the size of the gap.
    return aware.astimezone(UTC).astimezone(zone)


def parse_now(value: str | None, zone: ZoneInfo | None = None) -> datetime:
    """`--now` for the CLI: ISO 8601; without an offset it means local time."""
    zone = zone or local_zone()
    if not value:
        return datetime.now(zone)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as e:
        raise ReminderError(f"--now {value!r} is not an ISO date and time such as 2026-03-02T08:00") from e
    return as_local(moment, zone)


def iso(moment: datetime) -> str:
    """ISO 8601 with the offset, to the second: 2026-03-03T07:15:00+00:00."""
    return moment.replace(microsecond=0).isoformat()


def utc_iso(moment: datetime) -> str:
    """How instants are stored: UTC, fixed width, so text order is time order in SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_utc_iso(value: str, zone: ZoneInfo) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone(zone)
