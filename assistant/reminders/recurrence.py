"""Recurring reminders as RFC 5545 RRULE strings, expanded with dateutil's rrule in local wall time.

The rule is kept without DTSTART ("FREQ=WEEKLY;BYDAY=WE"); DTSTART is stored beside it as a local wall
time. Expanding in wall time and giving the zone afterwards keeps "every day at 9" at 09:00 on both sides
of a daylight-saving change.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from ..clock import elapsed, localize

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SUB_DAILY = ("HOURLY", "MINUTELY")
# Search a little early so an occurrence that a DST gap moved forward past `after` is still seen.
SEARCH_SLACK = timedelta(hours=3)


def build_rrule(
    freq: str,
    interval: int = 1,
    byday: list[int] | None = None,
    bymonthday: int | None = None,
    nth: tuple[int, int] | None = None,
) -> str:
    """`nth` is (n, weekday) for "the 2nd Tuesday" (+2TU) or "the last Friday" (-1FR) of each month."""
    parts = [f"FREQ={freq}"]
    if interval != 1:
        parts.append(f"INTERVAL={interval}")
    if nth is not None:
        parts.append(f"BYDAY={nth[0]:+d}{WEEKDAY_CODES[nth[1]]}")
    elif byday:
        parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in sorted(set(byday))))
    if bymonthday:
        parts.append(f"BYMONTHDAY={bymonthday}")
    return ";".join(parts)


def occurrences(
    rule: str, dtstart: datetime, zone: ZoneInfo, after: datetime, count: int = 3, inclusive: bool = False
) -> list[datetime]:
    """The next `count` occurrences strictly after `after` (or at it, if `inclusive`), aware in `zone`.

    `dtstart` is the series' anchor wall time (naive or aware; only its wall clock counts).
    """
    return [aware for _, aware in occurrences_with_wall(rule, dtstart, zone, after, count, inclusive)]


def occurrences_with_wall(
    rule: str, dtstart: datetime, zone: ZoneInfo, after: datetime, count: int = 3, inclusive: bool = False
) -> list[tuple[datetime, datetime]]:
    """Like occurrences(), paired with the wall time each one was meant as: in a DST gap 01:30 is shown as
    02:30, but the series must keep 01:30 as its anchor so the following days are 01:30 again."""
    wall_start = dtstart.replace(tzinfo=None)
    if any(f"FREQ={f}" in rule.upper() for f in SUB_DAILY):
        # "Every 2 hours" means elapsed time, not wall time: expand in absolute steps.
        found = _absolute_occurrences(rule, dtstart, zone, after, count, inclusive)
        return [(t.replace(tzinfo=None), t) for t in found]
    series = rrulestr(rule, dtstart=wall_start, cache=False)
    out: list[tuple[datetime, datetime]] = []
    # Search on wall times, then check the aware result: a DST jump can move a wall time past `after`.
    wall_after = after.astimezone(zone).replace(tzinfo=None)
    cursor = series.after(wall_after.replace(second=0, microsecond=0) - SEARCH_SLACK, inc=True)
    while cursor is not None and len(out) < count:
        moment = localize(cursor, zone)
        # In real time: one zone's times compare by clock face, and 01:30 BST is not after 01:10 GMT.
        ahead = elapsed(after, moment)
        if ahead > timedelta(0) or (inclusive and ahead == timedelta(0)):
            if not out or elapsed(out[-1][1], moment) > timedelta(0):  # two wall times on one instant fire once
                out.append((cursor, moment))
        cursor = series.after(cursor, inc=False)
    return out


def upcoming(rule: str | None, anchor: datetime, first: datetime, count: int = 3) -> list[datetime]:
    """The first occurrence and, for a recurring reminder, the ones after it: `count` in all."""
    if rule is None:
        return [first]
    assert isinstance(first.tzinfo, ZoneInfo)
    return occurrences(rule, anchor, first.tzinfo, after=first, count=count, inclusive=True)


def _absolute_occurrences(
    rule: str, dtstart: datetime, zone: ZoneInfo, after: datetime, count: int, inclusive: bool
) -> list[datetime]:
    start_utc = (dtstart if dtstart.tzinfo else localize(dtstart, zone)).astimezone(UTC).replace(tzinfo=None)
    series = rrulestr(rule, dtstart=start_utc, cache=False)
    cursor = series.after(after.astimezone(UTC).replace(tzinfo=None), inc=inclusive)
    out: list[datetime] = []
    while cursor is not None and len(out) < count:
        out.append(cursor.replace(tzinfo=UTC).astimezone(zone))
        cursor = series.after(cursor, inc=False)
    return out


def describe(rule: str) -> str:
    """A short English gloss for people: 'every Wednesday', 'every weekday', 'every 2 days'."""
    fields = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    interval = int(fields.get("INTERVAL", "1"))
    freq = fields.get("FREQ", "")
    unit = {
        "MINUTELY": "minute",
        "HOURLY": "hour",
        "DAILY": "day",
        "WEEKLY": "week",
        "MONTHLY": "month",
        "YEARLY": "year",
    }.get(freq, freq.lower())
    names = {
        "MO": "Monday",
        "TU": "Tuesday",
        "WE": "Wednesday",
        "TH": "Thursday",
        "FR": "Friday",
        "SA": "Saturday",
        "SU": "Sunday",
    }
    days = fields.get("BYDAY", "").split(",") if fields.get("BYDAY") else []
    nth = re.fullmatch(r"([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)", days[0]) if len(days) == 1 else None
    # The gap is always said: "every other Friday" shown as "every Friday" reads as a weekly reminder.
    months = f"every {interval} months" if interval > 1 else "every month"
    if nth:
        n = int(nth[1])
        which = "last" if n == -1 else {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, str(n))
        return f"on the {which} {names[nth[2]]} of {months}"
    if fields.get("BYMONTHDAY") == "-1":
        return f"on the last day of {months}"
    if "BYMONTHDAY" in fields:
        return f"on day {fields['BYMONTHDAY']} of {months}"
    if interval == 2 and len(days) == 1:
        return f"every other {names[days[0]]}"
    if interval > 1 and days:
        return f"every {interval} weeks on " + ", ".join(names[d] for d in days)
    if days == ["MO", "TU", "WE", "TH", "FR"]:
        return "every weekday"
    if days == ["SA", "SU"]:
        return "every weekend day"
    if days:
        return "every " + ", ".join(names[d] for d in days)
    return f"every {interval} {unit}s" if interval > 1 else f"every {unit}"
