"""Simplified Chinese time expressions, filling the same TimeSpec as the English rules.

Chinese has no spaces, so these patterns use no \\b: a digit right after a character ("下午3点") must match.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil.relativedelta import relativedelta

from .holidays import RULES_ZH as HOLIDAYS
from .numbers import ZH_NUMBER, chinese_number
from .rules_en import add_amount
from .timespec import TimeSpec
from .words_en import Handler

WD = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
WEEK = r"(?:周|星期|礼拜)"
WDC = r"[一二三四五六日天1-7]"
N = ZH_NUMBER
DAYPARTS = {
    "凌晨": "early",
    "清晨": "morning",
    "早上": "morning",
    "早晨": "morning",
    "一早": "morning",
    "上午": "morning",
    "中午": "noon",
    "下午": "afternoon",
    "傍晚": "evening",
    "晚上": "tonight",
    "晚间": "tonight",
    "夜里": "night",
    "夜间": "night",
    "深夜": "night",
    "半夜": "night",
}
UNITS = {
    "秒": "second",
    "秒钟": "second",
    "分": "minute",
    "分钟": "minute",
    "小时": "hour",
    "钟头": "hour",
    "天": "day",
    "日": "day",
    "周": "week",
    "星期": "week",
    "礼拜": "week",
    "月": "month",
    "年": "year",
}
ZH_UNIT = r"(?P<unit>秒钟?|分钟|分|刻钟|小时|钟头|天|日|周|星期|礼拜|月|年)"


def _amount(m: re.Match[str]) -> tuple[float, str]:
    n = 0.5 if m["n"] == "半" else chinese_number(m["n"])
    if m["half"]:
        n += 0.5
    unit = m["unit"]
    if unit == "刻钟":
        return n * 15, "minute"
    return n, UNITS[unit]


def _relative(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    add_amount(spec, *_amount(m))
    spec.phrases.append(m[0])


def _hours_minutes(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """'1小时30分钟后', '一小时二十分钟后': a delay in hours and minutes."""
    add_amount(spec, chinese_number(m["h"]), "hour")
    add_amount(spec, chinese_number(m["mi"]), "minute")
    spec.phrases.append(m[0])


def _ago(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.past = m[0]


def _day(offset: int, part: str | None = None) -> Handler:
    def handler(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
        spec.day_offset = offset
        if part:
            spec.daypart = part
        spec.phrases.append(m[0])

    return handler


def _weekday(mode: str, weeks: int = 1) -> Handler:
    def handler(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
        spec.weekday = WD[m["wd"]] if m.groupdict().get("wd") else 0
        spec.weekday_mode, spec.weeks_ahead = mode, weeks
        spec.phrases.append(m[0])

    return handler


def _weekend(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.weekday = 5  # the coming Saturday
    spec.phrases.append(m[0])


def _weekend_of(weeks: int) -> Handler:
    """下周末: the Saturday of next week (下下周末: the week after)."""

    def handler(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
        spec.weekday, spec.weekday_mode, spec.weeks_ahead = 5, "next_week", weeks
        spec.phrases.append(m[0])

    return handler


def _date(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    try:
        month, day = chinese_number(m["mo"]), chinese_number(m["d"])
        year = chinese_number(m["y"]) if m["y"] else now.year
        spec.on_date = date(year, month, day)
    except (ValueError, KeyError):
        spec.refuse_invalid(f"“{m[0]}”不是一个有效的日期 ('{m[0]}' is not a date).")
        return
    spec.year_given = bool(m["y"])
    if not spec.year_given and spec.on_date < now.date():
        spec.on_date = spec.on_date.replace(year=now.year + 1)
    spec.phrases.append(m[0])


def _month_day(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    day = chinese_number(m["d"])
    if not 1 <= day <= 31:
        spec.refuse_invalid(f"“{m[0]}”不是一个有效的日期 ('{m[0]}' is not a day of the month).")
        return
    spec.month_day = day
    spec.phrases.append(m[0])


def _daypart(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.daypart = DAYPARTS[m["dp"]]
    spec.phrases.append(m[0])


def _clock(m: re.Match[str], spec: TimeSpec, now: datetime) -> bool | None:
    if spec.hour is not None:
        return False  # the first clock time read wins
    hour = chinese_number(m["h"])
    minute = 30 if m["half"] else 15 if m["q"] else 45 if m["q3"] else chinese_number(m["m"]) if m["m"] else 0
    if hour == 24 and minute == 0:
        hour, spec.day_shift = 0, 1
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        spec.refuse_invalid(f"“{m[0]}”不是一个有效的时间 ('{m[0]}' is not a time of day).")
        return None
    spec.hour, spec.minute = hour, minute
    spec.unambiguous_hour = hour == 0 or hour > 12 or m["h"].startswith("0")
    spec.phrases.append(m[0])


def _every(freq: str, byday: list[int] | None = None, part: str | None = None) -> Handler:
    def handler(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
        spec.freq, spec.byday = freq, list(byday or [])
        if part:
            spec.daypart = part
        spec.phrases.append(m[0])

    return handler


def _every_days(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.freq = "WEEKLY"
    spec.byday = [WD[c] for c in re.findall(WDC, m["days"])]
    spec.phrases.append(m[0])


def _every_range(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    a, b = WD[m["a"]], WD[m["b"]]
    spec.freq = "WEEKLY"
    spec.byday = list(range(a, b + 1)) if a <= b else [*range(a, 7), *range(0, b + 1)]
    spec.phrases.append(m[0])


def _every_n(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    amount, unit = _amount(m)
    if unit == "second":
        spec.refuse_invalid("提醒最多每分钟重复一次 (reminders repeat at most once a minute).")
        return
    if unit == "hour" and amount != int(amount):
        amount, unit = amount * 60, "minute"
    if "隔" in m[0] and unit in ("day", "week", "month", "year"):
        # 每隔一天 is every other day, but 每隔两天 is every 2 days to some and every 3 (two days between) to
        # others; 每隔两小时 is every 2 hours to everyone.
        if amount != 1:
            n, u = int(amount), "个月" if m["unit"] == "月" else m["unit"]
            spec.ask(
                f"'{m[0]}' 可以是每{n}{u}一次，也可以是每{n + 1}{u}一次：请说“每{n}{u}”或“每{n + 1}{u}” "
                f"(every {n} or every {n + 1} {unit}s?)."
            )
            return
        amount = 2
    spec.freq = {
        "minute": "MINUTELY",
        "hour": "HOURLY",
        "day": "DAILY",
        "week": "WEEKLY",
        "month": "MONTHLY",
        "year": "YEARLY",
    }[unit]
    spec.interval = int(amount)
    spec.phrases.append(m[0])


def _next_or_every_other(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """隔周 is every other week in one place and next week in another (隔週五 in Taiwan): ask."""
    spec.ask(f"'{m[0]}' 可以是“每两周”也可以是“下周”：请说“每两周”或“下周” (every other week, or next week?).")


def _which_month(which: str | None, spec: TimeSpec) -> None:
    """这个月 / 本月 → this month, 下个月 → next, 每个月 → every month; None says nothing."""
    if not which:
        return
    if which.startswith("每"):
        spec.freq, spec.month_offset = "MONTHLY", 0
    else:
        spec.month_offset = which.count("下")


def _last_day(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.last_day = True
    spec.month_offset = 0
    _which_month(m["which"], spec)
    spec.phrases.append(m[0])


def _nth_weekday(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    n = -1 if m["last"] else chinese_number(m["n"])
    spec.nth_weekday = (n, WD[m["wd"]])
    spec.month_offset = 0
    _which_month(m["which"], spec)
    spec.phrases.append(m[0])


def _month_ahead_day(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    _month_day(m, spec, now)
    _which_month(m["which"], spec)


def _next_month(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.on_date = now.date().replace(day=1) + relativedelta(months=1)
    spec.phrases.append(m[0])


def _approximately(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    """左右 after a time ("五点左右"): said about the time, changes nothing, read so it is accounted for."""


def _monthly(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.freq = "MONTHLY"
    if m["d"]:
        _month_day(m, spec, now)
    else:
        spec.phrases.append(m[0])


_MONTH = r"(?P<which>每个?月|这个?月|本月|下个?月)"
RULES: list[tuple[str, Handler]] = [
    *HOLIDAYS,
    (rf"{_MONTH}?的?(?:第(?P<n>[一二三四五1-5])个|(?P<last>最后一个))(?:{WEEK})(?P<wd>{WDC})", _nth_weekday),
    (rf"{_MONTH}的?(?:最后一天|底|末)|月(?:底|末)|本月最后一天", _last_day),
    (rf"(?P<which>下个?月|这个?月|本月)的?(?P<d>{N})[号日]", _month_ahead_day),
    (rf"每个?{WEEK}(?P<a>{WDC})(?:到|至|-|~|～){WEEK}?(?P<b>{WDC})", _every_range),
    # 周一到周五早上7点: a routine without 每 (a one-off Friday before, session 9); not 下周一到周三.
    (rf"(?<![下上这本每个]){WEEK}(?P<a>{WDC})(?:到|至|-|~|～){WEEK}?(?P<b>{WDC})", _every_range),
    (r"每个?工作日|工作日(?:每天)?", _every("WEEKLY", [0, 1, 2, 3, 4])),
    (r"每个?周末", _every("WEEKLY", [5, 6])),
    (rf"每个?{WEEK}(?P<days>{WDC}(?:[、，,和及与]?{WEEK}?{WDC})*)", _every_days),
    (r"每(?:天|日)?晚(?:上)?", _every("DAILY", part="tonight")),
    (r"每(?:天|日)?早(?:上|晨)?", _every("DAILY", part="morning")),
    (r"每一?天|每日|天天", _every("DAILY")),
    (rf"每个?月(?:(?P<d>{N})[号日])?", _monthly),
    (r"每年", _every("YEARLY")),
    (rf"每隔?(?P<n>{N}|半)个?(?P<half>半)?个?{ZH_UNIT}", _every_n),
    (rf"(?<!每)隔一?个?{WEEK}", _next_or_every_other),
    (r"每个?小时|每个?钟头", _every("HOURLY")),
    (rf"每个?{WEEK}", _every("WEEKLY")),
    (rf"(?P<n>{N}|半)个?(?P<half>半)?个?{ZH_UNIT}(?:以前|之前|前)", _ago),
    (rf"昨天|昨晚|昨日|前天|上个?{WEEK}{WDC}?|上个?月|去年", _ago),
    (rf"(?:再?过)?(?P<h>{N})个?(?:小时|钟头)零?(?P<mi>{N})分钟?(?:以后|之后|后)?", _hours_minutes),
    (rf"(?:再?过)?(?P<n>{N}|半)个?(?P<half>半)?个?{ZH_UNIT}(?:以后|之后|后)", _relative),
    (rf"再?过(?P<n>{N}|半)个?(?P<half>半)?个?{ZH_UNIT}", _relative),
    (rf"(?:(?P<y>\d{{4}}|[零〇一二三四五六七八九]{{4}})年)?(?P<mo>{N})月(?P<d>{N})[日号]", _date),
    (r"下个?月", _next_month),
    (r"大后天", _day(3)),
    (r"后天", _day(2)),
    (r"明早", _day(1, "morning")),
    (r"明晚", _day(1, "tonight")),
    (r"明天|明日|明儿", _day(1)),
    (r"今晚", _day(0, "tonight")),
    (r"今早", _day(0, "morning")),
    (r"今天|今日|今儿", _day(0)),
    (r"下下个?周末", _weekend_of(weeks=2)),
    (r"下个?周末", _weekend_of(weeks=1)),
    (rf"下下个?{WEEK}(?P<wd>{WDC})", _weekday("next_week", weeks=2)),
    (rf"下下个?{WEEK}", _weekday("next_week", weeks=2)),
    (rf"下个?{WEEK}(?P<wd>{WDC})", _weekday("next_week")),
    (rf"下个?{WEEK}", _weekday("next_week")),
    (rf"(?:这|本)个?{WEEK}(?P<wd>{WDC})", _weekday("this_week")),
    (r"(?:这个?|本)?周末", _weekend),
    (rf"{WEEK}(?P<wd>{WDC})", _weekday("nearest")),
    (rf"(?P<d>\d{{1,2}}|{N})号", _month_day),
    (r"(?P<dp>凌晨|清晨|早上|早晨|一早|上午|中午|下午(?!茶)|傍晚|晚上|晚间|夜里|夜间|深夜|半夜)", _daypart),
    (rf"(?P<h>{N})(?:点钟|点|時|时)(?:(?P<half>半)|(?P<q>一刻|1刻)|(?P<q3>三刻|3刻)|(?P<m>{N})分?)?", _clock),
    (r"(?<=\S)左右", _approximately),
]

COMPILED = [(re.compile(p), h) for p, h in RULES]

LEAD_INS = re.compile(
    r"(?:请|麻烦|帮忙)?(?:你)?(?:帮我|给我)?(?:设(?:置|定)?一?个?提醒[，,：:]?)?"
    r"(?:提醒(?:一下)?我|叫我|记得|别忘了|提醒一下|提醒)"
)
DANGLING = re.compile(r"^[\s在的，,。:：、]+|[\s的，,。！!？?、]+$")
