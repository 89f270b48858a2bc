"""How long to snooze: "10m", "1 hour", "1h30", "half an hour", "90", "半小时", "十分钟".

The same words the reminder parser reads for delays ("in 10 minutes", "半小时后"), so a snooze is said the
way a reminder is; a bare number means minutes, as the command always took.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .model import ReminderError
from .numbers import EN_NUMBER, ZH_NUMBER, chinese_number, english_number

DEFAULT_SNOOZE = "10 minutes"
MAX_SNOOZE = timedelta(days=366)
_EN_UNITS = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "m": 60,
    "min": 60,
    "minute": 60,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
    "d": 86400,
    "day": 86400,
    "w": 604800,
    "wk": 604800,
    "week": 604800,
}
_EN_PART = re.compile(
    rf"(?<![a-z])(?P<n>{EN_NUMBER})(?:\s+and\s+a\s+(?P<half>half))?\s*"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|(?:(?<=\d)|(?<=\d\s))[smhdw])(?![a-z])"
    r"(?:\s+and\s+a\s+(?P<half2>half))?",
    re.IGNORECASE,
)
_ZH_UNITS = {
    "秒": 1,
    "秒钟": 1,
    "分": 60,
    "分钟": 60,
    "刻": 900,
    "刻钟": 900,
    "小时": 3600,
    "钟头": 3600,
    "天": 86400,
    "周": 604800,
    "星期": 604800,
}
_ZH_PART = re.compile(
    rf"(?P<n>{ZH_NUMBER}|半)个?(?P<half>半)?个?"
    r"(?P<unit>小时|钟头|分钟|分|刻钟|刻|秒钟|秒|天|周|星期)"
)
_TRIM = re.compile(r"^\s*(?:for|in|by|another)\s+|\s*(?:more|later|from\s+now)\s*$|[，,]", re.IGNORECASE)


def parse_duration(text: str | None) -> timedelta:
    """A snooze length; None or blank means DEFAULT_SNOOZE. Raises ReminderError (one line) otherwise."""
    said = (text or "").strip() or DEFAULT_SNOOZE
    if re.fullmatch(r"\d+", said):
        total = timedelta(minutes=int(said))
    else:
        total = _read(said)
    if total <= timedelta(0):
        raise ReminderError(f"Snooze for longer than nothing: '{said}' is no time at all.")
    if total > MAX_SNOOZE:
        raise ReminderError(f"Snooze for at most a year, not '{said}'.")
    return total


def _read(said: str) -> timedelta:
    rest = re.sub(r"(?<=[a-z])(?=\d)", " ", _TRIM.sub(" ", said), flags=re.IGNORECASE)  # "1h30m" → "1h 30m"
    seconds = 0.0
    for part in _ZH_PART.finditer(rest):
        n = 0.5 if part["n"] == "半" else chinese_number(part["n"])
        seconds += (n + (0.5 if part["half"] else 0)) * _ZH_UNITS[part["unit"]]
    rest = _ZH_PART.sub(" ", rest)
    rest = re.sub(r"\bhalf\s+an?\s+hour\b", " 30 minutes ", rest, flags=re.IGNORECASE)
    for part in _EN_PART.finditer(rest):
        unit = part["unit"].lower()
        unit = unit if unit in _EN_UNITS else unit.rstrip("s")
        half = 0.5 if part["half"] or part["half2"] else 0
        seconds += (english_number(part["n"]) + half) * _EN_UNITS[unit]
    rest = _EN_PART.sub(" ", rest)
    if re.search(r"\w", re.sub(r"\band\b", " ", rest)) or not seconds:
        raise ReminderError(f"'{said}' is not a length of time: say e.g. '10m', '1 hour', '90' (minutes) or '半小时'.")
    return timedelta(seconds=round(seconds))
