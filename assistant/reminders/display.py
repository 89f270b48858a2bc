"""How reminders read to people: the confirmation in chat and the lines of `reminders list`."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..clock import instants
from .model import ParsedReminder, Reminder
from .recurrence import describe


def _other_year(moment: datetime, now: datetime | None) -> bool:
    """Whether `moment` falls in another year than `now`: the time the sentence was read at (`--now`), so
    what is said about it does not change with the year it is run in; the clock when None."""
    return moment.year != (now or datetime.now(moment.tzinfo)).astimezone(moment.tzinfo).year


def _which_pass(moment: datetime) -> int | None:
    """0 or 1 for a time in autumn's repeated hour (the first or the second time the clock shows it), else None."""
    both = instants(moment)
    return None if len(both) == 1 else int(moment.utcoffset() == both[1].utcoffset())


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """'Fri 27 Nov, 17:00' (the year only when it is not the year of `now`); in a repeated hour, which
    of the two: 'Sun 25 Oct, 01:30 GMT, after the clocks go back'."""
    year = f" {moment.year}" if _other_year(moment, now) else ""
    which = _which_pass(moment)
    repeated = "" if which is None else f" {moment:%Z}, {('before', 'after')[which]} the clocks go back"
    return f"{moment:%a} {moment.day} {moment:%b}{year}, {moment:%H:%M}{repeated}"


def delay_words(delay: timedelta) -> str:
    """'in 1 hour and 20 minutes': a delay to the nearest minute, as the reminder rules read it."""
    hours, minutes = divmod(round(delay.total_seconds() / 60), 60)
    parts = [f"{hours} hour{'s' * (hours != 1)}"] if hours else []
    if minutes or not parts:
        parts.append(f"{minutes} minute{'s' * (minutes != 1)}")
    return "in " + " and ".join(parts)


def confirmation(parsed: ParsedReminder | Reminder, now: datetime | None = None) -> str:
    """'OK — Fri 27 Nov, 17:00: return the library book' (+ ', every Friday' when it repeats)."""
    first = parsed.first if isinstance(parsed, ParsedReminder) else parsed.due
    repeat = f" ({describe(parsed.rrule)})" if parsed.rrule else ""
    return f"OK — {when_text(first, now)}{repeat}: {parsed.task}"


WEEKDAYS_ZH = "一二三四五六日"


def describe_zh(rule: str) -> str:
    """'每周三', '每个工作日', '每2天': the Chinese counterpart of recurrence.describe()."""
    fields = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    interval = int(fields.get("INTERVAL", "1"))
    every = "每" if interval == 1 else f"每{interval}"
    days = fields.get("BYDAY", "").split(",") if fields.get("BYDAY") else []
    codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    nth = re.fullmatch(r"([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)", days[0]) if len(days) == 1 else None
    months = "每月" if interval == 1 else f"每{interval}个月"
    if nth:
        n = int(nth[1])
        which = "最后一个" if n == -1 else f"第{'一二三四五'[n - 1]}个"
        return f"{months}{which}星期{WEEKDAYS_ZH[codes.index(nth[2])]}"
    if fields.get("BYMONTHDAY") == "-1":
        return f"{months}最后一天"
    if "BYMONTHDAY" in fields:
        return f"{months}{'' if interval == 1 else '的'}{fields['BYMONTHDAY']}号"
    if days == codes[:5] and interval == 1:
        return "每个工作日"
    if days and all(d in codes for d in days):
        weeks = "每周" if interval == 1 else f"每{interval}周的周"
        return weeks + "、".join(WEEKDAYS_ZH[codes.index(d)] for d in days)
    unit = {"MINUTELY": "分钟", "HOURLY": "小时", "DAILY": "天", "WEEKLY": "周", "MONTHLY": "个月", "YEARLY": "年"}.get(
        fields.get("FREQ", ""), ""
    )
    return f"{every}{unit}" if unit else describe(rule)


def confirmation_zh(parsed: ParsedReminder | Reminder, now: datetime | None = None) -> str:
    """'好的——11月27日（周五）19:00：给妈妈打电话', for a reminder asked for in Chinese."""
    first = parsed.first if isinstance(parsed, ParsedReminder) else parsed.due
    repeat = f"（{describe_zh(parsed.rrule)}）" if parsed.rrule else ""
    return f"好的——{when_text_zh(first, now)}{repeat}：{parsed.task}"


def when_text_zh(moment: datetime, now: datetime | None = None) -> str:
    """'11月27日（周五）19:00', the Chinese counterpart of when_text(): '2027年1月4日（周一）09:00' in another
    year, as the English one names it."""
    year = f"{moment.year}年" if _other_year(moment, now) else ""
    which = _which_pass(moment)
    repeated = "" if which is None else f"（{('时钟回拨前', '时钟回拨后')[which]}）"
    return f"{year}{moment.month}月{moment.day}日（周{WEEKDAYS_ZH[moment.weekday()]}）{moment:%H:%M}{repeated}"


def list_line(reminder: Reminder) -> str:
    repeat = f"  [{describe(reminder.rrule)}]" if reminder.rrule else ""
    state = "" if reminder.status == "scheduled" else f"  ({reminder.status})"
    return f"{reminder.id:>4}  {when_text(reminder.due)}  {reminder.task}{repeat}{state}"
