"""English time expressions: each rule is a regular expression and a function that fills in a TimeSpec.

Rules run in order and each match is blanked out of the sentence before the next rule looks, so "every
Monday" is read as a recurrence before "Monday" could be read as a day, and what is left is the task.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from .numbers import EN_HOUR, EN_NUMBER, english_number
from .timespec import TimeSpec

# Fills in the spec from a match; returning False declines the match, leaving its words in the task.
Handler = Callable[[re.Match[str], TimeSpec, datetime], "bool | None"]

WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
FULL_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
ANY_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)")
UNIT = r"(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|weeks?|wks?|months?|years?)"
MERIDIEM = r"(?P<mer>a\.?m\.?|p\.?m\.?)"
MINUTE_WORDS = (r"(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                r"fifteen|ten|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))")
DAYPARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night"}


def _unit(u: str) -> str:
    u = u.lower()
    for full in ("second", "sec", "minute", "min", "hour", "hr", "day", "week", "wk", "month", "year"):
        if u.startswith(full):
            return {"sec": "second", "min": "minute", "hr": "hour", "wk": "week"}.get(full, full)
    return {"m": "minute", "h": "hour"}[u]


def add_amount(spec: TimeSpec, amount: float, unit: str) -> None:
    """Add "3 days" or "20 minutes" to the spec: sub-day amounts are elapsed time, whole days calendar."""
    unit = _unit(unit)
    if unit in ("second", "minute", "hour") or amount != int(amount):
        seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}.get(unit)
        if seconds is None:
            spec.refuse_invalid(f"'{amount:g} {unit}s' is not a delay I can schedule: use whole {unit}s.")
            return
        spec.exact = (spec.exact or timedelta(0)) + timedelta(seconds=amount * seconds)
    else:
        n = int(amount)
        step = {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n),
                "year": relativedelta(years=n)}[unit]
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


def _colon_time(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.hour is not None:
        return False  # the first, most specific clock time read wins
    h = int(m["h"])
    _set_hour(spec, h, int(m["m"]), m["mer"], m[0])
    # A leading zero or an hour past 12 is a 24-hour clock: no am/pm guessing.
    spec.unambiguous_hour = not m["mer"] and (m["h"].startswith("0") or h > 12)


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
    minutes = 15 if m["q"] else 30 if m["half"] else int(english_number(m["mins"] or m["mins2"]))
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
    spec.daypart = DAYPARTS[m["dp"].lower()]
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


def _weekday(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.weekday = WEEKDAYS[m["wd"].lower()]
    mode = (m["mode"] or "").lower().split()
    spec.weekday_mode = "next" if "next" in mode else "nearest"
    spec.phrases.append(m[0].strip())


def _weekend(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.weekday = 5  # the coming Saturday
    spec.phrases.append(m[0].strip())


def _next_week(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.weekday, spec.weekday_mode = 0, "next_week"
    spec.phrases.append(m[0].strip())


def _next_month(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.on_date = (now.date().replace(day=1) + relativedelta(months=1))
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


def _month_date(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    import dateparser  # imported here: it costs ~70 ms and most sentences never name a month

    phrase = re.sub(r"\b(?:the|of)\b|(?<=\d)(?:st|nd|rd|th)\b|,", " ", m["phrase"], flags=re.I)
    phrase = re.sub(r"\s+", " ", phrase).strip()
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": now.replace(tzinfo=None),
                "REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        spec.refuse_invalid(f"'{m['phrase'].strip()}' is not a date.")
        return
    spec.on_date = parsed.date()
    spec.year_given = bool(re.search(r"\d{4}", phrase))
    if not spec.year_given and spec.on_date < now.date():
        spec.on_date = spec.on_date + relativedelta(years=1)
    spec.phrases.append(m[0].strip())


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
    spec.byday = [WEEKDAYS[w.lower().rstrip("s")] if w.lower().rstrip("s") in WEEKDAYS else WEEKDAYS[w.lower()]
                  for w in re.findall(ANY_WD + "s?", m["days"], flags=re.I)]
    spec.phrases.append(m[0].strip())


def _every_n(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    n = english_number(m["n"])
    unit = _unit(m["unit"])
    if n != int(n) or n < 1:
        spec.refuse_invalid(f"'{m[0].strip()}': say a whole number of {unit}s.")
        return
    spec.freq = {"minute": "MINUTELY", "hour": "HOURLY", "day": "DAILY", "week": "WEEKLY", "month": "MONTHLY",
                 "year": "YEARLY", "second": "MINUTELY"}[unit]
    if unit == "second":
        spec.refuse_invalid("Reminders can repeat at most once a minute.")
    spec.interval = int(n)
    spec.phrases.append(m[0].strip())


def _monthly_on(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.freq = "MONTHLY"
    _on_the_nth(m, spec, now)


_WD_LIST = rf"{ANY_WD}s?(?:\s*(?:,|and|&|,\s*and)\s*{ANY_WD}s?)*"
_PREP = r"(?:(?:on|at|by|for|from)\s+)?"

RULES: list[tuple[str, Handler]] = [
    (rf"\b{_PREP}the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:every|each)\s+month\b", _monthly_on),
    (r"\b(?:every|each)\s+other\s+day\b", _every("DAILY", interval=2)),
    (r"\b(?:every\s*day|each\s+day|every\s+single\s+day|daily)\b", _every("DAILY")),
    (r"\b(?:every|each)\s+(?P<dp>morning|afternoon|evening|night)\b|\bnightly\b", _every("DAILY")),
    (r"\b(?:(?:every|each)\s+(?:week\s?day|work\s?day|working\s+day)|on\s+(?:week\s?days|work\s?days))\b"
     r"|\bweekdays\b", _every("WEEKLY", [0, 1, 2, 3, 4])),
    (r"\b(?:(?:every|each)\s+weekend|on\s+weekends|weekends)\b", _every("WEEKLY", [5, 6])),
    (rf"\b(?:every|each)\s+(?P<other>other\s+)?(?P<days>{_WD_LIST})\b", _every_days),
    (rf"\b(?:on\s+)?(?P<other>)(?P<days>{FULL_WD}s(?:\s*(?:,|and|&|,\s*and)\s*{FULL_WD}s)*)\b", _every_days),
    (r"\b(?:every|each)\s+hour\b|\bhourly\b", _every("HOURLY")),
    (r"\b(?:every|each)\s+week\b|\bweekly\b", _every("WEEKLY")),
    (r"\b(?:every|each)\s+month\b|\bmonthly\b", _every("MONTHLY")),
    (r"\b(?:every|each)\s+year\b|\b(?:yearly|annually)\b", _every("YEARLY")),
    (rf"\bevery\s+(?P<n>{EN_NUMBER})\s*(?P<unit>{UNIT})\b", _every_n),
    (rf"\b(?P<n>{EN_NUMBER})\s*(?P<unit>{UNIT})\s+ago\b", _ago),
    (rf"\b(?:in|after|within)\s+(?P<n>{EN_NUMBER})(?:\s+and\s+a\s+(?P<half>half))?\s*(?P<unit>{UNIT})\b"
     rf"(?:\s+and\s+(?:a\s+half\b|(?P<n2>{EN_NUMBER})\s*(?P<unit2>{UNIT})\b))?(?:\s+from\s+now\b)?",
     lambda m, s, n: _relative_with_tail_half(m, s, n)),
    (rf"\b(?P<n>{EN_NUMBER})(?P<half>)\s*(?P<unit>{UNIT})(?P<n2>)(?P<unit2>)\s+(?:from\s+now|later|hence)\b",
     _relative),
    (r"\b(?:yesterday|the\s+day\s+before\s+yesterday|last\s+(?:night|week|month|year|"
     + FULL_WD + r")|earlier\s+today)\b", _ago),
    (r"(?<![\d-])(?:\b(?:on|by|for)\s+)?(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
     r"(?:[T\s](?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?)?(?![\d:])", _iso_date),
    (rf"\b{_PREP}(?:the\s+)?(?P<phrase>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?|"
     rf"{MONTHS}\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?)\b", _month_date),
    (r"\b(?:the\s+)?day\s+after\s+tomorrow\b", _day(2)),
    (r"\b(?:tomorrow|tomorow|tmrw?)\b", _day(1)),
    (r"\btonight\b", _day(0, "tonight")),
    (r"\btoday\b", _day(0)),
    (r"\bnext\s+week\b", _next_week),
    (r"\bnext\s+month\b", _next_month),
    (r"\b(?:this\s+|at\s+the\s+|on\s+the\s+)?weekend\b", _weekend),
    (rf"\b(?:(?P<mode>this\s+coming|this|next|coming|on|by|for)\s+)?(?P<wd>{FULL_WD})\b", _weekday),
    (rf"\b(?P<mode>this|next|coming|on|by|for)\s+(?P<wd>{ANY_WD})\b", _weekday),
    (rf"\b{_PREP}the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b", _on_the_nth),
    # A bare number needs "at" or "minutes" ("at 20 to 5", "10 minutes past 4"): "walk 2 to 3 miles" is no time.
    (rf"\b(?:at\s+)?(?:(?P<q>a\s+quarter|quarter)|(?P<half>half)|(?<=at )(?P<mins>{EN_NUMBER})|"
     rf"(?P<mins2>{EN_NUMBER})\s+minutes?)\s+"
     rf"(?P<dir>past|after|to|before)\s+(?P<h>{EN_HOUR})\b(?:\s*{MERIDIEM}(?!\w))?", _past_to),
    (rf"(?:\b(?:at|by|@)\s*)?(?<![\d:.])(?P<h>\d{{1,2}}):(?P<m>\d{{2}})(?::\d{{2}})?\s*{MERIDIEM}?(?![\d:])",
     _colon_time),
    (rf"(?:\b(?:at|by|@)\s*)?(?<![\d:.])\b(?P<h>{EN_HOUR})\s*{MERIDIEM}(?!\w)", _meridiem_time),
    (rf"\b(?:at|by|@)\s+(?P<h>\d{{1,2}}|{EN_HOUR})(?:\s+(?P<mw>{MINUTE_WORDS})|[.](?P<mm>\d{{2}}))?"
     rf"(?:\s*o'?clock)?\b(?:\s*{MERIDIEM}(?!\w))?", _at_hour),
    (rf"\b(?P<h>{EN_HOUR})(?P<mw>)(?P<mm>)\s*o'?clock\b(?:\s*{MERIDIEM}(?!\w))?", _at_hour),
    (r"\b(?:at\s+|by\s+)?(?:12\s+)?(?P<w>noon|midday|midnight|lunch\s*time)\b", _named_time),
    (r"\b(?:(?P<this>this)\s+|in\s+the\s+|at\s+|during\s+the\s+)?(?P<dp>morning|afternoon|evening|night)\b",
     _daypart),
]


def _relative_with_tail_half(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    # "in an hour and a half": the half belongs to the unit before it
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
DANGLING = re.compile(r"^(?:\s*(?:(?:to|and|that|about|at|on|by|for|in|of|then)\b|[,;:\-—]))+\s*|"
                      r"(?:\s+(?:at|on|by|for|in|and|to|from|starting)|[\s,;:.!?\-—])+$", re.IGNORECASE)
