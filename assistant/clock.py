"""The clock: the user's zone, wall-clock maths that stays right across daylight-saving changes, and the
one text format every stored time uses.

Reminders are said in wall-clock terms ("every day at 9"), so times are built as naive local wall times
and only then given the zone; this module is the one place that turns one into the other.

Stored times (conversations, memories, reminders, tasks) are all `stamp()`: UTC, fixed width, with
microseconds, so text order is time order in SQLite and LanceDB, and two events in the same second keep
their order. `iso()` is for people and JSON: local, to the second, with the offset.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from .errors import AssistantError


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


def instants(moment: datetime) -> list[datetime]:
    """The instants the wall time of `moment` names: one, or two, first first, when the clocks go back and it
    comes round twice (01:30 BST, then 01:30 GMT an hour later)."""
    first, second = (moment.replace(fold=fold).astimezone(UTC).astimezone(moment.tzinfo) for fold in (0, 1))
    wall = moment.replace(tzinfo=None)
    if first.utcoffset() == second.utcoffset() or {first.replace(tzinfo=None), second.replace(tzinfo=None)} != {wall}:
        return [moment]  # one instant, or a time skipped by spring-forward (localize() moves it past the gap)
    return [first, second]


def next_daily(at: time, after: datetime) -> datetime:
    """The first moment strictly after `after` (in real time) at which a once-a-day job set for wall time `at`
    runs, in after's zone: localize()'s reading of that wall time on after's day or the next. So a time in
    autumn's repeated hour comes round once, at its first instant, and one skipped by spring-forward runs
    just past the gap, once."""
    zone = after.tzinfo
    assert isinstance(zone, ZoneInfo), "after must carry a ZoneInfo so wall-clock maths knows the DST rules"
    today = localize(datetime.combine(after.date(), at), zone)
    if today.astimezone(UTC) > after.astimezone(UTC):
        return today
    return localize(datetime.combine(after.date() + timedelta(days=1), at), zone)


def elapsed(since: datetime, until: datetime) -> timedelta:
    """Real time from `since` to `until`. Python subtracts (and compares) two datetimes that share a tzinfo as
    wall times, so across a DST change it is an hour out: 00:59:59 GMT to 02:00:00 BST is one second, not an
    hour and a second, and in autumn's repeated hour 01:20 GMT comes after 01:50 BST."""
    return until.astimezone(UTC) - since.astimezone(UTC)


def after(moment: datetime, delta: timedelta) -> datetime:
    """`delta` of real time after `moment`, in its zone: a delay or a snooze is elapsed time. Adding to an
    aware datetime moves its wall time instead, and in autumn's repeated hour 01:20 GMT + 10 minutes gives
    01:30 BST, fifty minutes in the past."""
    return (moment.astimezone(UTC) + delta).astimezone(moment.tzinfo)


def parse_now(value: str | None, zone: ZoneInfo | None = None) -> datetime:
    """`--now` for the CLI: ISO 8601; without an offset it means local time."""
    zone = zone or local_zone()
    if not value:
        return datetime.now(zone)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as e:
        raise AssistantError(f"--now {value!r} is not an ISO date and time such as 2026-03-02T08:00") from e
    return as_local(moment, zone)


def iso(moment: datetime) -> str:
    """ISO 8601 with the offset, to the second: 2026-03-03T07:15:00+00:00."""
    return moment.replace(microsecond=0).isoformat()


STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime | None = None) -> str:
    """How instants are stored (now, when None): 2026-03-03T07:15:00.123456Z. A naive time is local."""
    return (moment or utc_now()).astimezone(UTC).strftime(STAMP_FORMAT)


def from_stamp(value: str, zone: ZoneInfo) -> datetime:
    """A stored time, in `zone`."""
    return datetime.strptime(value, STAMP_FORMAT).replace(tzinfo=UTC).astimezone(zone)


def parse_time(text: str) -> datetime:
    """Any ISO 8601 time (a stored one, or one a user's file gives) in UTC; a naive one is local. Raises
    ValueError, which callers turn into a message that names the input."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC)
