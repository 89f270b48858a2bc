"""A second, independent reading of the time phrases by dateparser; where the two differ, ask.

dateparser (BSD-3, maintained by Scrapinghub/Zyte, releases through 2026) knows dates and clock times in
both languages but not recurrences or "the next waking 5", and reads only about a third of whole reminder
phrases on its own (docs/benchmarks.md). So it is asked only about the phrases that state a date or a clock
time outright ("23.04.2026", "March 15th", "8.30pm", "14:55", "3月15号"); a phrase it cannot read gives
no opinion, and a phrase it reads differently turns the reminder into a question with both readings.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, time
from typing import Any

from ..clock import localize
from ..language import has_cjk
from .model import ReminderQuestion
from .timespec import TimeSpec
from .words_en import MONTHS

log = logging.getLogger(__name__)

CLOCK = re.compile(r"\d\s*(?:[:.]\s*\d\d\s*)?[ap]\s*\.?\s*m\b|\d[:.]\d\d|[01]\d\d\d|2[0-3]\d\d", re.IGNORECASE)
DATE = re.compile(rf"\d{{1,4}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?|{MONTHS}|\d\s*月\s*\d", re.IGNORECASE)
MIDNIGHT = re.compile(r"\b(?:12|00?)(?:[:.]?00)?\s*(?:a\s*\.?\s*m\b|h\b)|midnight|\b00[:.]?\d\d", re.IGNORECASE)
LEAD = re.compile(r"^(?:(?:on|at|by|for|from|the|of|@)\s+)+", re.IGNORECASE)
# A phrase that is a clock time and nothing else ("at 2.30", "2.30pm"), though its digits look like a
# day and month: "on 5 March at 2.30" was asked about as 5 March or 3 December.
ONLY_CLOCK = re.compile(r"(?:(?:at|by|@|from|until|till)\s*)?\d{1,2}[:.]\d\d(?:\s*[ap]\s*\.?\s*m\b\.?)?", re.IGNORECASE)


def _dateparser_reading(phrase: str, now: datetime, date_order: str | None) -> datetime | None:
    import dateparser  # ~70 ms to import: only sentences with a stated date or clock time pay it

    settings: Any = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": date_order or "DMY",
    }
    text = LEAD.sub("", re.sub(r"\s*\.\s*(?=[ap]?\s*\.?\s*m\b)|(?<=[ap])\s*\.\s*(?=m)", "", phrase))
    try:
        return dateparser.parse(text, languages=["en", "zh"], settings=settings)
    except Exception:  # a crash in the second opinion is no opinion; the rules' reading still stands checked
        log.exception("dateparser failed on %r", text)
        return None


def cross_check(spec: TimeSpec, first: datetime, now: datetime, text: str = "") -> None:
    """Raise ReminderQuestion when dateparser reads a stated date or clock time differently from the rules."""
    order = "MDY" if has_cjk(text) else spec.date_order  # Chinese writes the month first: 3/20
    for phrase in spec.phrases:
        states_date = bool(DATE.search(phrase)) and spec.on_date is not None and not ONLY_CLOCK.fullmatch(phrase)
        states_clock = (
            bool(CLOCK.search(phrase)) and not states_date and (spec.meridiem is not None or spec.unambiguous_hour)
        )
        if not (states_clock or states_date):
            continue
        theirs = _dateparser_reading(phrase, now, order)
        if theirs is None:
            continue
        ours_clock = spec.stated_clock() or (first.hour, first.minute)
        theirs_clock = (theirs.hour, theirs.minute)
        if theirs_clock == (0, 0) and not MIDNIGHT.search(phrase):
            continue  # midnight is what dateparser fills in for a time it did not find: no opinion
        if states_clock and spec.hour is not None and spec.day_shift == 0 and theirs_clock != ours_clock:
            other = localize(datetime.combine(first.date(), time(*theirs_clock)), first.tzinfo)  # type: ignore[arg-type]
            _ask(phrase, first, other, now)
        if states_date and not states_clock:
            assert spec.on_date is not None
            same_year = not spec.year_given or theirs.year == spec.on_date.year
            if (theirs.month, theirs.day) != (spec.on_date.month, spec.on_date.day) or not same_year:
                try:
                    day = date(theirs.year if spec.year_given else spec.on_date.year, theirs.month, theirs.day)
                except ValueError:
                    continue
                other = localize(datetime.combine(day, first.time().replace(tzinfo=None)), first.tzinfo)  # type: ignore[arg-type]
                _ask(phrase, first, other, now)


def _ask(phrase: str, ours: datetime, theirs: datetime, now: datetime) -> None:
    raise ReminderQuestion(f"'{phrase}' can be read two ways: which one?", [ours, theirs], now)
