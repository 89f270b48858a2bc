"""What the rules found in a sentence (a TimeSpec), and how it becomes the first occurrence and an RRULE.

The language rules (rules_en.py, rules_zh.py) only fill in a TimeSpec; every decision about which moment
is meant ("at 5" at 08:00 means 17:00 today, "on Friday" said on Friday evening means next week) is made
here, once, for both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from ..clock import elapsed, instants, localize
from .display import delay_words
from .model import ReminderError, ReminderQuestion
from .recurrence import SUB_DAILY, build_rrule, occurrences_with_wall

# When only a part of the day is named, these are the times people usually mean.
DAYPART_DEFAULT = {
    "early": time(6),
    "morning": time(9),
    "noon": time(12),
    "afternoon": time(15),
    "evening": time(18),
    "tonight": time(20),
    "night": time(21),
}
# A date without a year this many days past is read as next year's only after asking (_check_just_passed).
JUST_PASSED = timedelta(days=31)
DEFAULT_TIME = time(9)  # "tomorrow", "on Friday": a day without a time of day
# An hour said without am/pm is read as the next one that falls in waking hours.
WAKING_HOURS = range(7, 23)
# Until 4 in the morning people still speak from the day before: at 00:30 "tomorrow at 9" is as likely to
# mean the coming morning as the one after, so the sentence is asked about rather than read one way.
SMALL_HOURS_END = 4
CLOCK_PHRASE = re.compile(
    r"^(?:at|by|@)\b|\d\s*(?:[ap]\.?\s*m\b|[:.]\d\d)|o'?clock|noon|midnight|[点时]|"
    r"^(?:in\s+the\s+|this\s+)?(?:morning|afternoon|evening)$|^(?:凌晨|清晨|早上|早晨|上午|中午|"
    r"下午|傍晚|晚上|夜里|深夜|半夜)$",
    re.IGNORECASE,
)  # times and parts of a day, not days
NO_TIME = "No time given: say when, e.g. 'on Friday at 9am', 'in 20 minutes' or 'every Monday at 8'."


@dataclass
class TimeSpec:
    """Everything a sentence said about when. Filled in by the language rules, read by resolve()."""

    exact: timedelta | None = None  # "in 20 minutes": elapsed time, immune to DST
    calendar: relativedelta | None = None  # "in 3 days": calendar days, keeping the wall time
    day_offset: int | None = None  # today 0, tomorrow 1, 后天 2
    on_date: date | None = None
    year_given: bool = False
    weekday: int | None = None  # Monday 0
    weekday_mode: str = "nearest"  # nearest | next | next_week | this_week
    weeks_ahead: int = 1  # with next_week: 下周 1, 下下周 2
    month_day: int | None = None  # "on the 3rd", "3号"
    nth_weekday: tuple[int, int] | None = None  # "the 2nd Tuesday" (2, 1); "the last Friday" (-1, 4)
    last_day: bool = False  # "the last day of the month", 月底
    month_offset: int | None = None  # the month named relative to now: "of the month" 0, 下个月 1
    month: int | None = None  # a month named by name: "the last day of April" 4
    hour: int | None = None
    minute: int = 0
    meridiem: str | None = None  # am | pm
    unambiguous_hour: bool = False  # 24-hour forms such as 15:30, 17点, midnight
    day_shift: int = 0  # midnight is the end of the day named
    daypart: str | None = None
    freq: str | None = None
    interval: int = 1
    byday: list[int] = field(default_factory=list)
    bymonthday: int | None = None
    past: str | None = None
    invalid: str | None = None
    two_ways: str | None = None  # a word that reads two ways ("biweekly", 每隔两天): asked about
    date_order: str | None = None  # "DMY" or "MDY" for numeric dates, from the locale; None: ask when unsure
    # A date that reads two ways ("05/03": 5 March or 3 May) and no locale to settle it: both, to ask.
    readings: list[date] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)  # what was read, for messages

    def has_when(self) -> bool:
        return self.last_day or any(
            v is not None
            for v in (
                self.exact,
                self.calendar,
                self.day_offset,
                self.on_date,
                self.weekday,
                self.month_day,
                self.hour,
                self.daypart,
                self.freq,
                self.nth_weekday,
                self.month_offset,
            )
        )

    def names_a_day(self) -> bool:
        """Whether the sentence said which day ("tomorrow", "Friday", "on 5 March"), not only a time."""
        return self.day_offset is not None or self.weekday is not None or self.on_date is not None

    def stated_clock(self) -> tuple[int, int] | None:
        """The wall-clock (hour, minute) the sentence stated outright (am/pm or a 24-hour time), or None."""
        if self.hour is None or not (self.meridiem or self.unambiguous_hour):
            return None
        moment = _clock(self, fixed_day=True)[0][0]
        return moment.hour, moment.minute

    def refuse_invalid(self, message: str) -> None:
        if self.invalid is None:  # the first problem found is the one reported
            self.invalid = message

    def ask(self, message: str) -> None:
        if self.two_ways is None:
            self.two_ways = message


def resolve(spec: TimeSpec, now: datetime) -> tuple[datetime, str | None, datetime | None]:
    """The first occurrence (aware, in now's zone), the RRULE and its anchor wall time (None for a one-off),
    or a ReminderError saying what is wrong."""
    zone = now.tzinfo
    assert isinstance(zone, ZoneInfo), "now must carry a ZoneInfo so wall-clock maths knows the DST rules"
    if spec.invalid:
        raise ReminderError(spec.invalid)
    if spec.two_ways:
        raise ReminderQuestion(spec.two_ways)
    if spec.past:
        raise ReminderError(f"'{spec.past}' is in the past: give a time that is still to come.")
    if not spec.has_when():
        raise ReminderError(NO_TIME)
    if spec.readings:
        options = []
        for day in spec.readings:
            alternative = _copy(spec, on_date=day, readings=[])
            options.append(resolve(alternative, now)[0])
        raise ReminderQuestion(
            f"'{spec.phrases[0] if spec.phrases else 'That date'}' can be read as more than one date: which one?",
            options,
            now,
        )
    if spec.exact is not None:
        return _resolve_exact(spec, now, zone), None, None
    if spec.freq is not None:
        return _resolve_recurring(spec, now, zone)
    return _resolve_once(spec, now, zone), None, None


def _resolve_exact(spec: TimeSpec, now: datetime, zone: ZoneInfo) -> datetime:
    assert spec.exact is not None
    if spec.hour is not None or spec.on_date or spec.weekday is not None or spec.day_offset not in (None, 0):
        raise ReminderError("Give either a delay ('in 2 hours') or a time ('at 5pm'), not both.")
    if spec.exact <= timedelta(0):
        raise ReminderError("The delay must be more than zero.")
    if spec.freq is not None:
        raise ReminderError("Say how often with 'every', e.g. 'every 2 hours', rather than 'in'.")
    return (now.astimezone(UTC) + spec.exact).astimezone(zone)


def _clock(spec: TimeSpec, fixed_day: bool) -> list[tuple[time, int]]:
    """Candidate (time, day shift) pairs, best first. Two candidates only for an hour without am/pm on a
    day not fixed by the sentence: the caller then takes the next one in waking hours."""
    if spec.hour is None:
        if spec.daypart:
            return [(DAYPART_DEFAULT[spec.daypart], 0)]
        return []
    h, m = spec.hour, spec.minute
    if spec.meridiem == "am":
        return [(time(h % 12, m), 0)]
    if spec.meridiem == "pm":
        return [(time(h % 12 + 12, m), 0)]
    if spec.unambiguous_hour or h == 0 or h > 12:
        return [(time(h % 24, m), spec.day_shift)]
    part = spec.daypart
    if part in ("early", "morning"):
        return [(time(h % 12, m), 0)]
    if part == "noon":
        return [(time(h if h in (11, 12) else h + 12, m), 0)]
    if part in ("afternoon", "evening", "tonight", "night"):
        if part in ("night", "tonight") and (h == 12 or h <= 3):
            return [(time(h % 12, m), 1)]  # "12 at night", "晚上十二点": the midnight that ends the day
        return [(time(h % 12 + 12, m), 0)]
    if fixed_day:
        # A day is named but not the half of it: 7–11 are mornings, 12 is noon, 1–6 are afternoons.
        return [(time(h if 7 <= h <= 12 else (h + 12) % 24, m), 0)]
    return [(time(h % 12, m), 0), (time(h % 12 + 12, m), 0)]


def _at(day: date, t: time, shift: int, zone: ZoneInfo) -> datetime:
    return localize(datetime.combine(day + timedelta(days=shift), t), zone)


def _pick(
    day: date, candidates: list[tuple[time, int]], now: datetime, zone: ZoneInfo, roll_days: int
) -> datetime | None:
    """The earliest future candidate on `day` or the `roll_days` days after it, preferring waking hours.
    Compared in real time: Python compares two times of one zone by their clock faces, and in autumn's
    repeated hour 01:30 BST then read as still to come at 01:10 GMT, so the reminder was set in the past.
    A time said for the repeated hour is that hour's second pass when the first has gone, and asked about
    when both are still to come (clock.instants)."""
    options = [
        moment
        for k in range(roll_days + 1)
        for t, s in candidates
        for moment in instants(_at(day + timedelta(days=k), t, s, zone))
    ]
    future = sorted((o for o in options if o.astimezone(UTC) > now.astimezone(UTC)), key=lambda o: o.astimezone(UTC))
    waking = [o for o in future if o.hour in WAKING_HOURS]
    chosen = waking or future
    if not chosen:
        return None
    twins = [o for o in future if o.replace(tzinfo=None) == chosen[0].replace(tzinfo=None)]
    if len(twins) == 2:
        raise ReminderQuestion(_repeated_hour_question(twins[0], twins[1], now), twins, now)
    return chosen[0]


def _repeated_hour_question(first: datetime, second: datetime, now: datetime) -> str:
    """Why a time in the repeated hour is asked about, and how to answer: a sentence cannot name one of two
    equal clock faces, but a delay from now can."""
    said = f"{first:%H:%M} comes twice on {first:%a} {first.day} {first:%b}, as the clocks go back an hour that night:"
    if elapsed(now, second) > timedelta(days=1):
        return f"{said} say it again as a delay on the day ('in 2 hours'), or choose another time."
    delays = [delay_words(elapsed(now, moment)) for moment in (first, second)]
    return f"{said} say '{delays[0]}' for the first, '{delays[1]}' for the second."


def _copy(spec: TimeSpec, **changes: object) -> TimeSpec:
    from dataclasses import replace

    return replace(spec, **changes)  # type: ignore[arg-type]


def _month_days(spec: TimeSpec, now: datetime) -> list[date] | None:
    """The days a "which day of the month" phrase names, soonest first ("the 2nd Tuesday of the month",
    "the last day of April", 下个月5号, "Monday the 27th"), or None when the sentence names no such day."""
    today = now.date()
    loose_weekday = spec.weekday is not None and spec.weekday_mode in ("nearest", "next")
    by_month = (
        spec.nth_weekday is not None
        or spec.last_day
        or (spec.month_day is not None and (spec.month_offset is not None or loose_weekday))
    )
    if not by_month:
        return None
    if spec.month is not None:
        first = date(today.year, spec.month, 1)
        starts = [first if first.replace(day=28) >= today.replace(day=1) else first.replace(year=today.year + 1)]
        starts.append(starts[0].replace(year=starts[0].year + 1))
    elif spec.month_offset is not None:
        starts = [today.replace(day=1) + relativedelta(months=spec.month_offset)]
        starts.append(starts[0] + relativedelta(months=1))  # "of the month" once this month's has passed
    else:  # "Monday the 27th": this month's 27th or next month's, whichever is a Monday; else it is asked
        starts = [today.replace(day=1) + relativedelta(months=k) for k in range(0, 2)]
        if spec.month_day is not None and today.day > spec.month_day:
            starts = starts[1:] + [starts[1] + relativedelta(months=1)]
    days = []
    for start in starts:
        day = _day_in_month(spec, start)
        if day is not None and (spec.weekday is None or day.weekday() == spec.weekday):
            days.append(day)
    return days


def _day_in_month(spec: TimeSpec, start: date) -> date | None:
    end = start + relativedelta(months=1) - timedelta(days=1)
    if spec.last_day:
        return end
    if spec.nth_weekday is not None:
        n, weekday = spec.nth_weekday
        if n < 0:
            return end - timedelta(days=(end.weekday() - weekday) % 7)
        day = start + timedelta(days=(weekday - start.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == start.month else None
    assert spec.month_day is not None
    return start.replace(day=spec.month_day) if spec.month_day <= end.day else None


def _check_agreement(spec: TimeSpec, day: date, now: datetime, zone: ZoneInfo) -> None:
    """Every day the sentence names must be the same day: 'tomorrow ... on Friday' on a Monday is asked."""
    clash = None
    if spec.weekday is not None and day.weekday() != spec.weekday:
        clash = _copy(spec, on_date=None, day_offset=None, calendar=None, month_day=None, month_offset=None)
    elif spec.month_day is not None and day.day != spec.month_day:
        clash = _copy(spec, on_date=None, day_offset=None, calendar=None, weekday=None)
    if clash is None:
        return
    days = [p for p in spec.phrases if not CLOCK_PHRASE.search(p)]  # "at 5pm" names no day
    said = " and ".join(f"'{p}'" for p in days) or "The days named"
    candidates = [_pick(day, _clock(spec, fixed_day=True) or [(DEFAULT_TIME, 0)], now, zone, roll_days=0)]
    try:
        candidates.append(_resolve_once(clash, now, zone))
    except ReminderError:
        pass
    raise ReminderQuestion(
        f"{said} name different days: which one did you mean?", [c for c in candidates if c is not None], now
    )


def _resolve_once(spec: TimeSpec, now: datetime, zone: ZoneInfo) -> datetime:
    today = now.date()
    month_days = _month_days(spec, now)
    if month_days is not None:
        candidates = _clock(spec, fixed_day=True) or [(DEFAULT_TIME, 0)]
        for day in month_days:
            if spec.day_offset is not None or spec.on_date is not None:
                break
            first = _pick(day, candidates, now, zone, roll_days=0)
            if first is not None:
                return first
        if spec.day_offset is None and spec.on_date is None:
            said = " ".join(p for p in spec.phrases if not CLOCK_PHRASE.search(p)) or "that day"
            raise ReminderQuestion(f"No coming day is '{said}': which day did you mean?")
    fixed = _fixed_day(spec, now)
    if fixed is not None:
        _check_agreement(spec, fixed, now, zone)
        _check_just_passed(spec, fixed, now, zone)
    if fixed is not None:
        candidates = _clock(spec, fixed_day=True) or [
            (now.time().replace(second=0, microsecond=0), 0) if spec.calendar else (DEFAULT_TIME, 0)
        ]
        if spec.day_offset == 0 and spec.hour is not None and len(_clock(spec, False)) == 2:
            candidates = _clock(spec, fixed_day=False)  # "today at 5": whichever 5 is still to come
        first = _pick(fixed, candidates, now, zone, roll_days=0)
        if first is None:
            when = " ".join(spec.phrases) or "that time"
            raise ReminderError(f"'{when}' has already passed: give a time that is still to come.")
        _check_small_hours(spec, fixed, candidates, first, now, zone)
        return first
    if spec.weekday is not None:
        candidates = _clock(spec, fixed_day=True) or [(DEFAULT_TIME, 0)]
        if spec.weekday_mode == "next":
            day = today + timedelta(days=(spec.weekday - today.weekday() - 1) % 7 + 1)
        else:  # nearest: today counts while its time is still ahead
            day = today + timedelta(days=(spec.weekday - today.weekday()) % 7)
        first = _pick(day, candidates, now, zone, roll_days=0)
        return first or _pick(day + timedelta(days=7), candidates, now, zone, roll_days=0)  # type: ignore[return-value]
    if spec.month_day is not None:
        candidates = _clock(spec, fixed_day=True) or [(DEFAULT_TIME, 0)]
        for months in range(0, 14):
            month_start = today.replace(day=1) + relativedelta(months=months)
            try:
                day = month_start.replace(day=spec.month_day)
            except ValueError:
                continue  # the 31st in a 30-day month: skip to the next month that has it
            first = _pick(day, candidates, now, zone, roll_days=0)
            if first:
                return first
        raise ReminderError(f"There is no day {spec.month_day} in any month.")
    # Only a time of day: today if it is still ahead, else its next occurrence.
    candidates = _clock(spec, fixed_day=False)
    first = _pick(today, candidates, now, zone, roll_days=1)
    assert first is not None
    return first


def _check_just_passed(spec: TimeSpec, day: date, now: datetime, zone: ZoneInfo) -> None:
    """A date without a year that fell in the last JUST_PASSED was moved to next year ("on 12 October" said
    on the 15th, 10/12 in Chinese): nearly a year ahead is seldom what was meant, so it is asked."""
    if spec.on_date is None or spec.year_given or spec.readings:
        return
    ago = now.date() - (day - relativedelta(years=1))
    if timedelta(0) < ago <= JUST_PASSED:
        said = next((p for p in spec.phrases if not CLOCK_PHRASE.search(p)), "That date")
        next_year = _pick(day, _clock(spec, fixed_day=True) or [(DEFAULT_TIME, 0)], now, zone, roll_days=0)
        raise ReminderQuestion(
            f"'{said}' was {ago.days} days ago: next year's, or another date?",
            [next_year] if next_year else [],
            now,
        )


def _check_small_hours(
    spec: TimeSpec, fixed: date, candidates: list[tuple[time, int]], first: datetime, now: datetime, zone: ZoneInfo
) -> None:
    """'Tomorrow' said after midnight and before SMALL_HOURS_END: the same time later today is asked about
    alongside the day after, when it is still to come."""
    named_by_tomorrow = spec.day_offset == 1 and spec.on_date is None and spec.calendar is None
    if not named_by_tomorrow or fixed != now.date() + timedelta(days=1) or now.hour >= SMALL_HOURS_END:
        return
    today = _pick(now.date(), candidates, now, zone, roll_days=0)
    if today is not None and today != first:
        said = next((p for p in spec.phrases if not CLOCK_PHRASE.search(p)), "tomorrow")
        raise ReminderQuestion(
            f"'{said}' said after midnight can mean later today or the day after (say 'today' or "
            f"'on {first:%A}'): which one did you mean?",
            [today, first],
            now,
        )


def _fixed_day(spec: TimeSpec, now: datetime) -> date | None:
    """The one day the sentence pins down, if it does (a date, today/tomorrow, 'in 3 days', 下周一)."""
    today = now.date()
    if spec.on_date is not None:
        return spec.on_date
    if spec.calendar is not None:
        return today + spec.calendar
    if spec.weekday is not None and spec.weekday_mode in ("next_week", "this_week"):
        monday = today - timedelta(days=today.weekday())
        weeks = spec.weeks_ahead if spec.weekday_mode == "next_week" else 0
        return monday + timedelta(days=spec.weekday + 7 * weeks)
    if spec.day_offset is not None:
        return today + timedelta(days=spec.day_offset)
    return None


def _resolve_recurring(spec: TimeSpec, now: datetime, zone: ZoneInfo) -> tuple[datetime, str, datetime]:
    assert spec.freq is not None
    today = now.date()
    if spec.freq in SUB_DAILY:
        step = timedelta(hours=spec.interval) if spec.freq == "HOURLY" else timedelta(minutes=spec.interval)
        candidates = _clock(spec, fixed_day=True)
        start = _at(today, candidates[0][0], 0, zone) if candidates else now.replace(second=0, microsecond=0) + step
        rule = build_rrule(spec.freq, spec.interval)
        wall, first = occurrences_with_wall(rule, start, zone, after=now, count=1, inclusive=True)[0]
        return first, rule, wall
    candidates = _clock(spec, fixed_day=True) or [(DEFAULT_TIME, 0)]
    t, shift = candidates[0]
    start_day = _fixed_day(spec, now) or today
    byday = list(spec.byday)
    if spec.weekday is not None and not byday and spec.freq == "WEEKLY":
        byday = [spec.weekday]
    elif spec.weekday is not None and not byday and spec.freq == "DAILY":
        start_day = today + timedelta(days=(spec.weekday - today.weekday()) % 7)
    bymonthday = spec.bymonthday or spec.month_day or (-1 if spec.last_day else None)
    if spec.freq == "MONTHLY" and (spec.nth_weekday or spec.last_day):
        start_day = today.replace(day=1)  # the rule itself picks the day in each month
    if spec.freq == "WEEKLY" and not byday:
        byday = [start_day.weekday()]
    if spec.freq == "MONTHLY" and not bymonthday and spec.nth_weekday is None:
        bymonthday = start_day.day
    if spec.interval > 1 and spec.on_date is None and spec.calendar is None:
        # An RRULE counts its weeks (months) from DTSTART's: "every other Monday" anchored on a Thursday
        # skipped the coming Monday and began a fortnight on (everyday corpus, session 9). Anchor it on the
        # first time the rule without its interval would fire.
        plain = build_rrule(spec.freq, 1, byday, bymonthday, nth=spec.nth_weekday)
        found = occurrences_with_wall(plain, datetime.combine(start_day, t), zone, after=now, count=1)
        if found:
            start_day = found[0][0].date() - timedelta(days=shift)
    rule = build_rrule(spec.freq, spec.interval, byday, bymonthday, nth=spec.nth_weekday)
    start = datetime.combine(start_day + timedelta(days=shift), t)
    found = occurrences_with_wall(rule, start, zone, after=now, count=1)
    if not found:
        raise ReminderError("That repeating reminder never comes round again.")
    wall, first = found[0]
    return first, rule, wall
