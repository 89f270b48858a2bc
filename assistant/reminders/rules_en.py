"""English time expressions: each rule is a regular expression and a function that fills in a TimeSpec.

Rules run in order and each match is blanked out of the sentence before the next rule looks, so "every
Monday" is read as a recurrence before "Monday" could be read as a day, and what is left is the task.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from .dates_en import DATES, EARLY, ORDINALS
from .holidays import RULES_EN as HOLIDAYS
from .leftovers import MARK
from .numbers import EN_HOUR, EN_NUMBER, english_number
from .timespec import TimeSpec
from .words_en import ANY_WD, FULL_WD, TOMORROW, TONIGHT, WEEKDAYS, Handler
from .words_en import PREP as _PREP

UNIT = r"(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|weeks?|wks?|fortnights?|months?|years?)"
# "pm", "p.m.", "p . m .", and "7p" (a bare a/p only right after the digits, so "at 5 a reminder" is not one).
MERIDIEM = r"(?P<mer>[ap]\s*\.?\s*m\b\s*\.?|(?<=\d)[ap]\b\.?)"
# Minutes that need no "at" before "past"/"to": "ten past 9", "twenty to eight" ("two to three" is no time).
CLOCK_MINUTES = r"(?:twenty[- ]five|twenty|ten|five)"
MINUTE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"fifteen|ten|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))"
)
# "first thing tomorrow" is the morning: it was read as 09:00 already, but left "first thing" in the task.
DAYPARTS = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
    "first thing": "morning",
}


def _unit(u: str) -> str:
    u = u.lower()
    for full in ("second", "sec", "minute", "min", "hour", "hr", "day", "week", "wk", "fortnight", "month", "year"):
        if u.startswith(full):
            return {"sec": "second", "min": "minute", "hr": "hour", "wk": "week"}.get(full, full)
    return {"m": "minute", "h": "hour"}[u]


def add_amount(spec: TimeSpec, amount: float, unit: str) -> None:
    """Add "3 days" or "20 minutes" to the spec: sub-day amounts are elapsed time, whole days calendar."""
    unit = _unit(unit)
    if unit == "fortnight":
        amount, unit = amount * 2, "week"
    if unit in ("second", "minute", "hour") or amount != int(amount):
        seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}.get(unit)
        if seconds is None:
            spec.refuse_invalid(f"'{amount:g} {unit}s' is not a delay I can schedule: use whole {unit}s.")
            return
        spec.exact = (spec.exact or timedelta(0)) + timedelta(seconds=amount * seconds)
    else:
        n = int(amount)
        step = {
            "day": relativedelta(days=n),
            "week": relativedelta(weeks=n),
            "month": relativedelta(months=n),
            "year": relativedelta(years=n),
        }[unit]
        spec.calendar = (spec.calendar or relativedelta()) + step
    if spec.exact is not None and spec.calendar is not None:
        # "in 1 day and 2 hours": all elapsed time
        base = datetime(2000, 1, 1)
        spec.exact += (base + spec.calendar) - base
        spec.calendar = None


def _number(text: str) -> float:
    return english_number(text)


def _relative(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    amount = _number(m["n"]) + (0.5 if m["half"] else 0)
    add_amount(spec, amount, m["unit"])
    if m["n2"]:
        add_amount(spec, _number(m["n2"]), m["unit2"])


def _ago(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.past = m[0].strip()


def _set_hour(spec: TimeSpec, hour: int, minute: int, meridiem: str | None, phrase: str) -> None:
    if meridiem:
        meridiem = "am" if meridiem.lower().startswith("a") else "pm"
        if not 1 <= hour <= 12 or not 0 <= minute <= 59:
            spec.refuse_invalid(f"'{phrase.strip()}' is not a time of day: with am/pm the hour is 1 to 12.")
            return
    elif not (0 <= hour <= 23 and 0 <= minute <= 59):
        spec.refuse_invalid(f"'{phrase.strip()}' is not a time of day: hours go 0–23 and minutes 0–59.")
        return
    spec.hour, spec.minute, spec.meridiem = hour, minute, meridiem
    spec.phrases.append(phrase.strip())


# What the rules have read just before a number: the phrase is blanked to MARK by then (parser.read_time).
_READ_BEFORE = re.compile(rf"{MARK}[\s,]*$")


def _right_after_its_day(m: re.Match[str], spec: TimeSpec) -> bool:
    """A number that follows the day it falls on: "dentist tomorrow 9.30", "on Fri 10.15", "tonight 9.30"."""
    return spec.names_a_day() and bool(_READ_BEFORE.search(m.string, 0, m.start()))


def _colon_time(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.hour is not None:
        return False  # the first, most specific clock time read wins
    if m["sep"] == "." and not m["mer"] and not m["at"] and not _right_after_its_day(m, spec):
        # "version 3.15", "the 3.30 leak": a dot makes a time only with "at", am/pm, or right after the day
        # it falls on ("dentist tomorrow 9.30", "Friday 10.15"), as British writers put it.
        return False
    h = int(m["h"])
    _set_hour(spec, h, int(m["m"]), m["mer"], m[0])
    # A leading zero or an hour past 12 is a 24-hour clock: no am/pm guessing.
    spec.unambiguous_hour = not m["mer"] and (m["h"].startswith("0") or h > 12)


def _four_digit_time(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    """'1140 a.m.', 'at 0830', 'at 1830': a clock time written without its colon."""
    if spec.hour is not None:
        return False
    digits = m["hhmm"]
    if not m["mer"] and len(digits) < 4:
        return False  # "at 930" is not sure enough
    # "at 1930" is 19:30: it was declined as a year until session 11 ("remind me at 1930 to call Gran" was
    # refused); a year comes after "in" or "by", which this rule does not read without am/pm.
    h, minute = divmod(int(digits), 100)
    _set_hour(spec, h, minute, m["mer"], m[0])
    spec.unambiguous_hour = not m["mer"]
    return None


def _half_hour(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    """British 'at half nine': half past nine."""
    if spec.hour is not None:
        return False
    _set_hour(spec, int(english_number(m["h"])), 30, m["mer"], m[0])
    return None


def _approximately(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'or so', 'around': words about the time that change nothing, read so they are accounted for."""


def _meridiem_time(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.hour is not None:
        return False  # the first, most specific clock time read wins
    _set_hour(spec, int(english_number(m["h"])), 0, m["mer"], m[0])


def _minute_word(text: str | None) -> int:
    if not text:
        return 0
    text = text.lower().replace("oh-", "oh ").replace("oh ", "")
    return int(english_number(text))


def _at_hour(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.hour is not None:
        return False  # the first, most specific clock time read wins
    h = int(english_number(m["h"]))
    minute = int(m["mm"]) if m["mm"] else _minute_word(m["mw"])
    _set_hour(spec, h, minute, m["mer"], m[0])
    spec.unambiguous_hour = not m["mer"] and (m["h"].startswith("0") or h > 12)


def _past_to(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.hour is not None:
        return False  # the first, most specific clock time read wins
    minutes = 15 if m["q"] else 30 if m["half"] else int(english_number(m["mins"] or m["minw"] or m["mins2"]))
    h = int(english_number(m["h"]))
    if m["dir"].lower() in ("to", "before"):
        h, minutes = (h - 1) % 12 or 12, 60 - minutes
    _set_hour(spec, h, minutes, m["mer"], m[0])


def _named_time(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.hour is not None:
        return False  # the first, most specific clock time read wins
    word = m["w"].lower()
    if word.startswith(("noon", "midday", "lunch")):
        spec.hour, spec.minute, spec.meridiem = 12, 0, "pm"
    else:  # midnight: the end of the day named, so "tomorrow at midnight" is the night after tomorrow
        spec.hour, spec.minute, spec.unambiguous_hour, spec.day_shift = 0, 0, True, 1
    spec.phrases.append(m[0].strip())


def _daypart(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.daypart = DAYPARTS[" ".join(m["dp"].lower().split())]
    if m["this"]:
        spec.day_offset = 0 if spec.day_offset is None else spec.day_offset
    spec.phrases.append(m[0].strip())


def _day(offset: int, part: str | None = None) -> Handler:
    def handler(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
        spec.day_offset = offset
        if part:
            spec.daypart = part
        spec.phrases.append(m[0].strip())

    return handler


def _weekday(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.weekday is not None and spec.weekday != WEEKDAYS[m["wd"].lower()]:
        return False  # a second, different weekday stays in the sentence, where it is asked about
    spec.weekday = WEEKDAYS[m["wd"].lower()]
    mode = (m["mode"] or "").lower().split()
    spec.weekday_mode = "next" if "next" in mode else "nearest"
    spec.phrases.append(m[0].strip())
    today = now.date()
    if mode == ["next"] and spec.weekday > today.weekday():
        # "next Thursday" said on a Wednesday is tomorrow to some and a week on to others: the day is still
        # in this week (weeks start on Monday). Read as this week's before session 11; both go back now.
        coming = today + timedelta(days=spec.weekday - today.weekday())
        spec.on_date, spec.readings = coming, [coming, coming + timedelta(days=7)]


def _weekend(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.weekday = 5  # the coming Saturday
    spec.phrases.append(m[0].strip())


def _next_weekend(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'next weekend' on a weekday: this coming one or the one after? Both go back to the person."""
    today = now.date()
    saturday = today + timedelta(days=(5 - today.weekday()) % 7)
    if today.weekday() >= 5:  # said at the weekend: the next one is unmistakable
        spec.on_date = saturday + timedelta(days=7) if today.weekday() == 5 else saturday
    else:
        spec.on_date, spec.readings = saturday, [saturday, saturday + timedelta(days=7)]
    spec.phrases.append(m[0].strip())


def _weekday_of_week(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'Friday next week', 'next week on Tuesday', 'Thursday this week': that day of the calendar week named
    (the weekday was asked about as a leftover before session 11)."""
    spec.weekday = WEEKDAYS[(m["wd"] or m["wd2"]).lower()]
    spec.weekday_mode = "next_week" if (m["which"] or m["which2"]).lower() == "next" else "this_week"
    spec.phrases.append(m[0].strip())


def _next_week(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.weekday, spec.weekday_mode = 0, "next_week"
    spec.phrases.append(m[0].strip())


def _next_month(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.on_date = now.date().replace(day=1) + relativedelta(months=1)
    spec.phrases.append(m[0].strip())


def _iso_date(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    try:
        spec.on_date = date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        spec.refuse_invalid(f"'{m['y']}-{m['mo']}-{m['d']}' is not a date.")
        return
    spec.year_given = True
    spec.phrases.append(m[0].strip())
    if m["h"]:
        _set_hour(spec, int(m["h"]), int(m["mi"]), None, f"{m['h']}:{m['mi']}")
        spec.unambiguous_hour = True


def _on_the_nth(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    day = int(m["d"])
    if not 1 <= day <= 31:
        spec.refuse_invalid(f"'{m[0].strip()}' is not a day of the month.")
        return
    spec.month_day = day
    spec.phrases.append(m[0].strip())


def _every(freq: str, byday: list[int] | None = None, interval: int = 1) -> Handler:
    def handler(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
        spec.freq, spec.interval = freq, interval
        spec.byday = list(byday or [])
        groups = m.groupdict()
        if groups.get("dp"):
            spec.daypart = DAYPARTS[groups["dp"].lower()]
        spec.phrases.append(m[0].strip())

    return handler


def _every_days(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.freq = "WEEKLY"
    spec.interval = 2 if m["other"] else 1
    spec.byday = [
        WEEKDAYS[w.lower().rstrip("s")] if w.lower().rstrip("s") in WEEKDAYS else WEEKDAYS[w.lower()]
        for w in re.findall(ANY_WD + "s?", m["days"], flags=re.I)
    ]
    spec.phrases.append(m[0].strip())


def _day_range(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'mon-fri', 'every Monday to Friday': every day from the first to the last, round the week's end."""
    first, last = WEEKDAYS[(m["a"] or m["a2"]).lower()], WEEKDAYS[m["b"].lower()]
    spec.freq, spec.interval = "WEEKLY", 1
    spec.byday = sorted((first + k) % 7 for k in range((last - first) % 7 + 1))
    spec.phrases.append(m[0].strip())


def _week_after(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'Friday week', 'a week on Friday', 'the Monday after next': the coming one, a week on. Said on that
    weekday, the coming one is a week away or today: both readings go back to the person."""
    weekday = WEEKDAYS[(m["wd"] or m["wd2"] or m["wd3"]).lower()]
    today = now.date()
    coming = today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    spec.on_date = coming + timedelta(days=7)
    if today.weekday() == weekday:
        spec.readings = [coming, spec.on_date]
    spec.phrases.append(m[0].strip())


def _quarter_hour(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    add_amount(spec, 45 if m["q"].lower().startswith("three") else 15, "minutes")


def _hours_minutes(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'in 1h30': an hour and thirty minutes."""
    add_amount(spec, int(m["h"]), "hours")
    add_amount(spec, int(m["m"]), "minutes")


def _every_nth_weekday(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'every 2nd Thursday' is every other Thursday to some and the 2nd Thursday of each month to others
    (read as a one-off Thursday before session 11): ask, naming both ways to say it."""
    said = m[0].strip()
    spec.ask(
        f"'{said}' can mean every other {m['wd']} or the {m['n']} {m['wd']} of each month: say 'every other "
        f"{m['wd']}' or 'the {m['n']} {m['wd']} of every month'."
    )


def _two_ways(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'Biweekly' is twice a week to some and every two weeks to others: ask, never pick one."""
    word = m[0].strip()
    period = "week" if "week" in word.lower() else "month"
    spec.ask(f"'{word}' can mean twice a {period} or every two {period}s: say 'every two {period}s' or name the days.")


def _every_n(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    if _vague_amount(m, spec):
        return
    n = english_number(m["n"])
    unit = _unit(m["unit"])
    if unit == "fortnight":
        n, unit = n * 2, "week"
    if n != int(n) or n < 1:
        spec.refuse_invalid(f"'{m[0].strip()}': say a whole number of {unit}s.")
        return
    spec.freq = {
        "minute": "MINUTELY",
        "hour": "HOURLY",
        "day": "DAILY",
        "week": "WEEKLY",
        "month": "MONTHLY",
        "year": "YEARLY",
        "second": "MINUTELY",
    }[unit]
    if unit == "second":
        spec.refuse_invalid("Reminders can repeat at most once a minute.")
    spec.interval = int(n)
    spec.phrases.append(m[0].strip())


def _monthly_on(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.freq = "MONTHLY"
    _on_the_nth(m, spec, now)


_WD_LIST = rf"{ANY_WD}s?(?:\s*(?:,|and|&|,\s*and)\s*{ANY_WD}s?)*"
RULES: list[tuple[str, Handler]] = [
    (
        r"\blater\s+(?=today|tonight|this\s+(?:morning|afternoon|evening)\b)|(?<=[\dm.])\s+or\s+so\b|(?<=[\dm.])-?ish\b|\b(?:around|approximately|roughly|about)\s+(?=(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*"
        r"(?:[ap]\.?\s*m\b|o'?\s?clock))",
        _approximately,
    ),
    *EARLY,
    *HOLIDAYS,
    (r"\b(?:bi|semi)-?(?:weekly|monthly)\b", _two_ways),
    (rf"\b(?:every|each)\s+(?P<n>2nd|second|3rd|third|4th|fourth)\s+(?P<wd>{ANY_WD})\b", _every_nth_weekday),
    (r"\bfortnightly\b|\b(?:every|each)\s+(?:other\s+week|fortnight)\b", _every("WEEKLY", interval=2)),
    (r"\b(?:every|each)\s+other\s+hour\b", _every("HOURLY", interval=2)),
    (r"\b(?:every|each)\s+other\s+month\b", _every("MONTHLY", interval=2)),
    (r"\b(?:every|each)\s+other\s+year\b", _every("YEARLY", interval=2)),
    (rf"\b{_PREP}the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:every|each)\s+month\b", _monthly_on),
    (r"\b(?:every|each)\s+other\s+day\b", _every("DAILY", interval=2)),
    (r"\b(?:every\s*day|each\s+day|every\s+single\s+day|daily)\b", _every("DAILY")),
    (r"\b(?:every|each)\s+(?P<dp>morning|afternoon|evening|night)\b|\bnightly\b", _every("DAILY")),
    (
        r"\b(?:(?:every|each)\s+(?:week\s?day|work\s?day|working\s+day)|on\s+(?:week\s?days|work\s?days))\b"
        r"|\bweekdays\b",
        _every("WEEKLY", [0, 1, 2, 3, 4]),
    ),
    (r"\b(?:(?:every|each)\s+weekend|on\s+weekends|weekends)\b", _every("WEEKLY", [5, 6])),
    (
        rf"\b(?:(?:every|each)\s+(?P<a>{ANY_WD})\s*(?:-|–|—|to|through|thru)|(?P<a2>{ANY_WD})\s*[-–—])\s*"
        rf"(?P<b>{ANY_WD})\b",
        _day_range,
    ),
    (rf"\b(?:every|each)\s+(?P<other>other\s+)?(?P<days>{_WD_LIST})\b", _every_days),
    (rf"\b(?:on\s+)?(?P<other>)(?P<days>{FULL_WD}s(?:\s*(?:,|and|&|,\s*and)\s*{FULL_WD}s)*)\b", _every_days),
    (r"\b(?:every|each)\s+hour\b|\bhourly\b", _every("HOURLY")),
    (r"\b(?:every|each)\s+week\b|\bweekly\b", _every("WEEKLY")),
    (r"\b(?:every|each)\s+month\b|\bmonthly\b", _every("MONTHLY")),
    (r"\b(?:every|each)\s+year\b|\b(?:yearly|annually)\b", _every("YEARLY")),
    (rf"\bevery\s+(?P<n>{EN_NUMBER})\s*(?P<unit>{UNIT})\b", _every_n),
    (rf"\b(?P<n>{EN_NUMBER})\s*(?P<unit>{UNIT})\s+ago\b", _ago),
    (r"\b(?:in|after|within)\s+(?:a\s+)?(?P<q>quarter|three\s+quarters)\s+of\s+an\s+hour\b", _quarter_hour),
    (r"\b(?:in|after|within)\s+(?P<h>\d{1,2})\s*h\s*(?P<m>[0-5]\d)\s*(?:m|mins?|minutes?)?\b", _hours_minutes),
    (
        rf"\b(?:in|after|within)\s+(?P<n>{EN_NUMBER})(?:\s+and\s+a\s+(?P<half>half))?\s*(?P<unit>{UNIT})\b"
        rf"(?:\s+and\s+a\s+half\b|(?:,?\s+and\s+|,?\s+)(?P<n2>{EN_NUMBER})\s*(?P<unit2>{UNIT})\b)?"
        r"(?:\s+from\s+now\b|'?s?\s+time\b)?",
        lambda m, s, n: _relative_with_tail_half(m, s, n),
    ),
    (
        rf"\b(?P<n>{EN_NUMBER})(?P<half>)\s*(?P<unit>{UNIT})(?:,?\s+(?:and\s+)?(?P<n2>{EN_NUMBER})\s*(?P<unit2>{UNIT}))?"
        r"\s+(?:from\s+now|later|hence)\b",
        _relative,
    ),
    (
        r"\b(?:yesterday|the\s+day\s+before\s+yesterday|last\s+(?:night|week|month|year|"
        + FULL_WD
        + r")|earlier\s+today)\b",
        _ago,
    ),
    (
        r"(?<![\d-])(?:\b(?:on|by|for)\s+)?(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:[T\s](?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?)?(?![\d:])",
        _iso_date,
    ),
    *DATES,
    (r"\b(?:the\s+)?day\s+after\s+tomorrow\b", _day(2)),
    (rf"\b{TOMORROW}\b", _day(1)),
    (rf"\b{TONIGHT}\b", _day(0, "tonight")),
    (r"\btoday\b", _day(0)),
    (
        rf"\b(?:on\s+)?(?P<wd>{ANY_WD})\s+(?:of\s+)?(?P<which>next|this)\s+week\b"
        rf"|\b(?P<which2>next|this)\s+week\s+(?:on\s+)?(?P<wd2>{ANY_WD})\b",
        _weekday_of_week,
    ),
    (r"\bnext\s+week\b", _next_week),
    (r"\bnext\s+month\b", _next_month),
    (r"\b(?:on\s+|at\s+)?(?:the\s+)?next\s+weekend\b", _next_weekend),
    (r"\b(?:this\s+|at\s+the\s+|on\s+the\s+)?weekend\b", _weekend),
    (
        rf"\b(?:a\s+week\s+(?:on|from|this)\s+(?P<wd>{ANY_WD})|(?:on\s+)?(?P<wd2>{FULL_WD})\s+week"
        rf"|(?:on\s+)?(?:the\s+)?(?P<wd3>{FULL_WD})\s+after\s+next)\b",
        _week_after,
    ),
    (rf"\b(?:(?P<mode>this\s+coming|this|next|coming|on|by|for)\s+)?(?P<wd>{FULL_WD})\b(?!'s)", _weekday),
    (rf"\b(?P<mode>this|next|coming|on|by|for)\s+(?P<wd>{ANY_WD})\b", _weekday),
    (rf"\b(?P<mode>)(?P<wd>{ANY_WD})\b\.?(?=\s+(?:at\b|@|\d|morning|afternoon|evening|night))", _weekday),
    # "remind me Sat to mow the lawn": right after "remind me" and before what to do, "Sat" is the day (it
    # was asked about in session 9, as "sat" alone is a verb as often as a day).
    (rf"(?<=\bremind me )(?P<mode>)(?P<wd>{ANY_WD})\b\.?(?=\s+(?:to|that|about)\b)", _weekday),
    *ORDINALS,
    # A bare number needs "at" or "minutes" ("at 20 to 5", "10 minutes past 4"): "walk 2 to 3 miles" is no time.
    (
        rf"\b(?:at\s+)?(?:(?P<q>a\s+quarter|quarter)|(?P<half>half)|(?<=at )(?P<mins>{EN_NUMBER})|"
        rf"(?P<minw>{CLOCK_MINUTES}|\d{{1,2}}(?=\s+past))|(?P<mins2>{EN_NUMBER})\s+minutes?)\s+"
        rf"(?P<dir>past|after|to|before)\s+(?P<h>{EN_HOUR})\b(?:\s*{MERIDIEM}(?!\w))?",
        _past_to,
    ),
    (rf"\b(?:at|by)\s+half\s+(?P<h>{EN_HOUR})\b(?!\s*(?:past|an?\b))(?:\s*{MERIDIEM}(?!\w))?", _half_hour),
    (
        rf"(?:\b(?P<at>at|by|@|from|until|till)\s*)?(?<![\d:.])(?P<h>\d{{1,2}})(?P<sep>[:.])(?P<m>\d{{2}})(?::\d{{2}})?"
        rf"(?:\s*{MERIDIEM})?(?![\d:]|\.\d)",
        _colon_time,
    ),
    (rf"(?:\b(?:at|by|@)\s*)?(?<![\d:.])\b(?P<hhmm>\d{{3,4}})(?P<h24>)\s*{MERIDIEM}(?!\w)", _four_digit_time),
    (r"\b(?:at|@)\s*(?P<hhmm>\d{4})(?:\s*(?P<h24>h|hrs|hours)\b)?(?P<mer>)(?![\d:.])", _four_digit_time),
    (rf"(?:\b(?:at|by|@)\s*)?(?<![\d:.])\b(?P<h>{EN_HOUR})\s*\.?\s*{MERIDIEM}(?!\w)", _meridiem_time),
    (
        rf"\b(?:at|by|@)\s+(?P<h>\d{{1,2}}|{EN_HOUR})(?:[\s-]+(?P<mw>{MINUTE_WORDS})|[.](?P<mm>\d{{2}}))?"
        rf"(?:\s*o'?\s?clock)?\b(?:\s*{MERIDIEM}(?!\w))?",
        _at_hour,
    ),
    (rf"\b(?P<h>{EN_HOUR})(?P<mw>)(?P<mm>)\s*o'?\s?clock\b(?:\s*{MERIDIEM}(?!\w))?", _at_hour),
    (r"\b(?:at\s+|by\s+)?(?:12\s+)?(?P<w>noon|midday|midnight|lunch\s*time)\b", _named_time),
    (
        rf"\b(?:(?P<this>this)\s+|in\s+the\s+|at\s+|during\s+the\s+)?(?P<dp>morning|afternoon|evening|night|first\s+thing(?=\s*(?:$|[,.;!]|{MARK}|in\s+the\s+morning\b)))\b"
        r"(?!\s+(?:tea|news|paper|show|sickness|glory|star|person|prayers?|routine|shift)\b)",
        _daypart,
    ),
]


def _vague_amount(m: re.Match[str], spec: TimeSpec) -> bool:
    """'in a few hours', 'every few days', 'in a sec': no number was said, so none is stored (a few was read
    as 3, and "a sec" as one second, in session 11's third set)."""
    said = m[0].strip()
    if re.search(r"\bfew\b", m["n"], re.IGNORECASE) or (_unit(m["unit"]) == "second" and english_number(m["n"]) == 1):
        spec.ask(f"'{said}' is not a time I can set: say how long, e.g. 'in 3 hours' or 'every 2 days'.")
        return True
    return False


def _relative_with_tail_half(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    # "in an hour and a half": the half belongs to the unit before it
    if _vague_amount(m, spec):
        return
    half = bool(m["half"]) or bool(re.search(r"and\s+a\s+half\s*$", m[0], flags=re.I))
    add_amount(spec, _number(m["n"]) + (0.5 if half else 0), m["unit"])
    if m["n2"]:
        add_amount(spec, _number(m["n2"]), m["unit2"])


COMPILED = [(re.compile(p, re.IGNORECASE), h) for p, h in RULES]

# Phrases that say "this is a reminder" rather than what to be reminded of.
LEAD_INS = re.compile(
    r"\b(?:(?:please|pls|hey|ok|okay)\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?"
    r"(?:set\s+(?:a|an|me\s+a)\s+(?:reminder|alarm)\s*(?:for\s+me\s*)?(?:to|that|about|for)?|"
    r"remind\s+me\s*(?:to|that|about|of)?|don'?t\s+let\s+me\s+forget\s*(?:to|about)?|"
    r"(?:i\s+)?need\s+a\s+reminder\s*(?:to|that|about)?|tell\s+me\s+to|reminder\s*:?\s*(?:to)?)(?=\W|$)",
    re.IGNORECASE,
)
DANGLING = re.compile(
    r"^(?:\s*(?:(?:to|and|that|about|at|on|by|for|in|of|then)\b|[,;:\-—]))+\s*|"
    r"(?:\s+(?:at|on|by|for|and|to|from|starting)|[\s,;:.!?\-—])+$",
    re.IGNORECASE,
)
