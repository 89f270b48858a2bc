"""The English vocabulary the time rules share: weekdays, months, and the shape of a rule's handler."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from .timespec import TimeSpec

# Fills in the spec from a match; returning False declines the match, leaving its words in the task.
Handler = Callable[[re.Match[str], TimeSpec, datetime], "bool | None"]

WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "weds": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
FULL_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
ANY_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)"
# How people write "tomorrow" and "tonight" in a hurry ("tommorow", "tmrw", "2moro", "tonite"); other
# misspellings of a day are caught by leftovers.misspelt_day() and asked about.
TOMORROW = r"(?:to?|2)m+o?r+o?w*"  # tomorrow, tommorow, tmrw, tmr, 2moro, 2mrw (the probe found "2mrw")
TONIGHT = r"(?:tonight|tonite|2nite|2night)"
MONTH_NUMBERS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
PREP = r"(?:(?:on|at|by|for|from)\s+)?"
# Nouns that make "the 5th", "morning" or "3.30" part of a name rather than a time: "the 5th floor".
NOT_A_DAY = (
    r"(?:floor|time|times|grade|anniversary|birthday|edition|place|row|street|avenue|century|chapter|"
    r"round|lesson|year|week|attempt|draft|copy|version|house|door|gate|platform|amendment|child|"
    r"generation|item|page|step|level|person|wedding)s?"
)


def month_number(name: str) -> int:
    return MONTH_NUMBERS[name.lower().rstrip(".")]
