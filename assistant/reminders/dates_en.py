"""English (and numeric) dates: "15 March", "the first of April", "5/15/2026", "23.04.2026", "the 5th",
"the 2nd Tuesday of the month", "the last day of the month", "a week from tomorrow".

Read by hand rather than by dateparser, so that dateparser stays an independent second reading
(crosscheck.py) instead of checking its own answer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..language import has_cjk
from .numbers import EN_NUMBER, EN_ORDINAL, english_number, english_ordinal
from .timespec import TimeSpec
from .words_en import ANY_WD, MONTHS, NOT_A_DAY, PREP, WEEKDAYS, Handler, month_number

NTH = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
}
# Words before a two-part numeric date that make it one: "on 15/03", not "1/2 a cup".
DATE_LEAD = re.compile(r"(?:\b(?:on|by|for|until|till|due|before|after)\s+|^\s*)$", re.IGNORECASE)


def set_date(spec: TimeSpec, year: int | None, month: int, day: int, phrase: str, now: datetime) -> None:
    try:
        spec.on_date = date(year or now.year, month, day)
    except ValueError:
        spec.refuse_invalid(f"'{phrase}' is not a date.")
        return
    spec.year_given = year is not None
    if year is None and spec.on_date < now.date():
        try:
            spec.on_date = spec.on_date.replace(year=now.year + 1)  # "Jan 5" said in March: next January
        except ValueError:  # 29 February
            spec.refuse_invalid(f"'{phrase}' is not a date next year.")
            return
    spec.phrases.append(phrase)


def _month_date(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    day = english_ordinal(m["d"]) if not m["d"].isdigit() else int(m["d"])
    year = int(m["y"]) if m["y"] else None
    set_date(spec, year, month_number(m["mo"]), day, m[0].strip(), now)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) + (2000 if len(text) == 2 else 0)


def _numeric_date(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    a, b, c = m["a"], m["b"], m["c"]
    if c is None:
        # "3.30", "version 3.5" and the range "10-12" are not dates; "20.3.", "15/03" and "on 5.3" are ("on
        # 5.3 at 2pm" was stored for tomorrow at 2pm, "5.3" left in the task)
        two_part_ok = m["sep"] == "/" or m["sep"] == "." and (m["dot"] or (m["lead"] or "").lower() == "on")
        led = m["lead"] or DATE_LEAD.search(m.string[: m.start()]) or has_cjk(m.string)
        if not two_part_ok or not led:
            return False
    phrase = m[0].strip()
    if len(a) == 4:  # 2026/03/20: year first, as everywhere that writes it so
        if c is None:
            return False
        set_date(spec, int(a), int(b), int(c), phrase, now)
        return None
    if len(a) > 2:
        return False
    first, second, year = int(a), int(b), _year(c)
    if has_cjk(m.string):
        orders = ["MDY"]  # Chinese writes the month first: 3/20 is 20 March
    elif first > 12 and second <= 12:
        orders = ["DMY"]
    elif second > 12 and first <= 12:
        orders = ["MDY"]
    elif first == second or spec.date_order:
        orders = [spec.date_order or "DMY"]
    else:
        orders = ["DMY", "MDY"]  # no locale says which: both readings go back to the person
    dates = []
    for order in orders:
        day, month = (first, second) if order == "DMY" else (second, first)
        probe = TimeSpec()
        set_date(probe, year, month, day, phrase, now)
        if probe.invalid:
            spec.refuse_invalid(probe.invalid)
            return None
        assert probe.on_date is not None
        dates.append(probe.on_date)
    spec.on_date, spec.year_given = dates[0], year is not None
    if len(dates) > 1:
        spec.readings = dates
    spec.phrases.append(phrase)
    return None


# "the first" is a day after "on" ("on the first at 9"), or before at/of/to… ("the 1st to pay rent"), but
# not before a word it counts: "pay the first instalment at 5pm" was stored for the 1st of next month.
_LED = re.compile(r"(?:on|at|by|for|from)\s", re.IGNORECASE)
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:at|of|to|and|or|in|on|by|for|from|please|then|until|till|every|each|next|this|morning|afternoon"
    r"|evening|night|tonight)\b)[a-z]{2,}"
)


def _ordinal_day(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.month_day is not None:
        return False
    if not _LED.match(m[0]) and _COUNTED_AFTER.match(m.string, m.end()):
        return False
    day = english_ordinal(m["d"])
    if not 1 <= day <= 31:
        spec.refuse_invalid(f"'{m[0].strip()}' is not a day of the month.")
        return None
    spec.month_day = day
    spec.phrases.append(m[0].strip())
    return None


def _which_month(which: str, spec: TimeSpec) -> None:
    which = re.sub(r"\s+", " ", which.lower())
    if which in ("the month", "this month", "month"):
        spec.month_offset = 0
    elif which == "next month":
        spec.month_offset = 1
    elif which in ("every month", "each month"):
        spec.freq, spec.month_offset = "MONTHLY", 0
    else:
        spec.month = month_number(which)


def _nth_weekday(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.nth_weekday = (NTH[m["n"].lower()], WEEKDAYS[m["wd"].lower()])
    _which_month(m["which"], spec)
    if m["every"]:
        spec.freq = "MONTHLY"
    spec.phrases.append(m[0].strip())


def _last_day(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.last_day = True
    _which_month(m["which"], spec)
    if m["every"]:  # "every last day of the month"
        spec.freq = "MONTHLY"
    spec.phrases.append(m[0].strip())


def _from_day(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'a week from tomorrow', '3 days from Friday' is not read (it needs the weekday maths twice)."""
    n = english_number(m["n"])
    if n != int(n):
        spec.refuse_invalid(f"'{m[0].strip()}': say a whole number of {m['unit']}.")
        return
    days = int(n) * (7 if m["unit"].lower().startswith("week") else 1)
    spec.on_date = now.date() + timedelta(days=days + (1 if m["base"].lower() == "tomorrow" else 0))
    spec.phrases.append(m[0].strip())


def _day_of_month(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'the 15th of next month', 'the 3rd of this month'."""
    _ordinal_day(m, spec, now)
    _which_month(m["which"], spec)


_WHICH = rf"(?P<which>(?:the|this|next|every|each)\s+month|{MONTHS})"
_NTH = r"(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"

# Before the recurrence rules, so "every 2nd Tuesday of the month" is not read as "every month".
EARLY: list[tuple[str, Handler]] = [
    (rf"\b{PREP}(?:the\s+)?(?P<d>{EN_ORDINAL})\s+of\s+(?P<which>(?:this|next)\s+month)\b", _day_of_month),
    (
        rf"\b(?P<every>(?:every|each)\s+)?{PREP}(?:the\s+)?{_NTH}\s+(?P<wd>{ANY_WD})\s+(?:of|in)\s+{_WHICH}\b",
        _nth_weekday,
    ),
    (
        rf"\b(?P<every>(?:every|each)\s+)?{PREP}(?:the\s+)?(?:last\s+day|end)\s+of\s+(?:the\s+)?(?P<which>(?:this|next|every|each)\s+month|month|"
        rf"{MONTHS})\b",
        _last_day,
    ),
]
# Where the month-name date rule used to be: after "every …" and relative delays, before weekdays.
DATES: list[tuple[str, Handler]] = [
    (rf"\b(?P<n>{EN_NUMBER})\s+(?P<unit>days?|weeks?)\s+from\s+(?P<base>tomorrow|today)\b", _from_day),
    (
        r"(?<![\d./:-])(?:\b(?P<lead>on|by|for)\s+)?(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})"
        r"(?:(?P=sep)(?P<c>\d{4}|\d{2}))?(?P<dot>\.)?(?![\d/]|\.\d)",
        _numeric_date,
    ),
    (
        rf"\b{PREP}(?:the\s+)?(?P<d>{EN_ORDINAL}|\d{{1,2}})\s+(?:of\s+)?(?P<mo>{MONTHS})\b\.?(?:,?\s+(?P<y>\d{{4}}))?",
        _month_date,
    ),
    (rf"\b{PREP}(?P<mo>{MONTHS})\.?\s+(?:the\s+)?(?P<d>{EN_ORDINAL}|\d{{1,2}})\b(?:,?\s+(?P<y>\d{{4}}))?", _month_date),
]
# After weekdays, so "Monday the 27th" is a weekday and a day of the month that must agree.
ORDINALS: list[tuple[str, Handler]] = [
    (rf"\b{PREP}the\s+(?P<d>{EN_ORDINAL})\b(?!\s+{NOT_A_DAY}\b)(?!\s+(?:of\s+)?{MONTHS}\b)", _ordinal_day),
    (r"\b(?:on\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th))\b(?=\s*(?:,|at\b|@|$))", _ordinal_day),
]
