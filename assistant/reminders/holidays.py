"""Holidays named as the day of a reminder: those on a fixed date are read as that date; those whose date
moves from year to year (Easter, Mother's Day, 春节, 中秋) are asked about, with Easter's date from dateutil.

Session 9 asked about every holiday, which made "on Christmas Day at 8am" a question a careful reader
would never ask; session 11's third set had 11 such lines. A movable holiday is asked rather than computed:
Mother's Day is March in Britain and May in America, and the Chinese ones follow the lunar calendar, which
no dependency here reads. Only where the holiday stands as the day ("on Boxing Day", "Halloween at 6",
国庆节提醒我): "buy Christmas crackers at 4pm" and 买圣诞礼物 stay tasks; "at Easter", "by Christmas",
"before Christmas" are a season or a limit and are asked (leftovers.py). New Year's Eve is left asked: "at
11" on a named day is 11:00 by the product's rule, and on that day it is as likely the night.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from dateutil.easter import easter

from .dates_en import set_date
from .timespec import TimeSpec
from .words_en import Handler

FIXED_EN = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "xmas day": (12, 25),
    "christmas eve": (12, 24),
    "xmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "valentine's": (2, 14),
    "halloween": (10, 31),
    "hallowe'en": (10, 31),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
}
FIXED_ZH = {
    "元旦": (1, 1),
    "情人节": (2, 14),
    "劳动节": (5, 1),
    "五一劳动节": (5, 1),
    "儿童节": (6, 1),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "万圣节": (10, 31),
    "平安夜": (12, 24),
    "圣诞节": (12, 25),
    "圣诞": (12, 25),
}
MOVABLE_EN = (
    r"(?:easter(?:\s+(?:sunday|monday))?|good\s+friday|mother'?s\s+day|mothering\s+sunday|father'?s\s+day|"
    r"thanksgiving)"
)
MOVABLE_ZH = r"(?:春节|除夕|中秋节?|端午节?|元宵节?|清明节?|重阳节?|七夕节?|母亲节|父亲节|感恩节)"
# "on Christmas cards": the holiday names a thing, not the day.
_NOT_THE_DAY = r"(?:cards?|presents?|gifts?|crackers?|dinner|lunch|party|tree|jumper|shopping)"
_EASTER_OFFSET = {"good friday": -2, "easter monday": 1}

_FIXED_EN = "|".join(sorted((re.escape(k).replace("'", "'?") for k in FIXED_EN), key=len, reverse=True))
_FIXED_ZH = "|".join(sorted(FIXED_ZH, key=len, reverse=True))
# Where a holiday stands as the day: opening the sentence (after a lead-in) or after "on".
_AS_DAY_EN = r"(?:^\s*|\bremind\s+me\s+|\bon\s+(?:the\s+)?)"
_AS_DAY_ZH = r"(?=\s*(?:提醒|那天|当天|早上|上午|中午|下午|晚上|傍晚|[0-9一二三四五六七八九十两]+[点时]|$))"


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


def _fixed_en(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    name = _key(m["h"])
    month, day = FIXED_EN.get(name) or FIXED_EN[name.replace("'", "")]
    set_date(spec, None, month, day, m["h"].strip(), now)
    if name.endswith("night"):
        spec.daypart = "night"  # "bonfire night at 7" is 19:00, not the morning a named day gives


def _fixed_zh(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    month, day = FIXED_ZH[m["h"]]
    set_date(spec, None, month, day, m["h"], now)


def _movable(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    name = _key(m["h"])
    if name.startswith("easter") or name == "good friday":
        year = now.year if easter(now.year) >= now.date() else now.year + 1
        day = easter(year) + timedelta(days=_EASTER_OFFSET.get(name, 0))
        spec.ask(f"'{m['h'].strip()}' moves every year: say the date, e.g. 'on {day.day} {day:%B}'.")
    else:
        said = m["h"].strip()
        spec.ask(f"'{said}' falls on a different date each year and country: say the date, e.g. 'on 7 March'.")


def _movable_zh(m: re.Match[str], spec: TimeSpec, now: datetime) -> None:
    spec.ask(f"{m['h']}每年的日期不同，请直接说哪一天，例如“2月6日” ('{m['h']}' moves every year: say the date).")


RULES_EN: list[tuple[str, Handler]] = [
    (rf"{_AS_DAY_EN}(?P<h>{_FIXED_EN})(?!\s+{_NOT_THE_DAY}\b)\b", _fixed_en),
    (rf"{_AS_DAY_EN}(?P<h>{MOVABLE_EN})\b", _movable),
]
RULES_ZH: list[tuple[str, Handler]] = [
    (rf"(?P<h>{_FIXED_ZH}){_AS_DAY_ZH}", _fixed_zh),
    (rf"(?P<h>{MOVABLE_ZH}){_AS_DAY_ZH}", _movable_zh),
]
