"""Reminder sentences in English and Simplified Chinese → a task and a schedule, without the LLM.

parse_reminder() runs the English and the Chinese rules over the sentence (a sentence may mix both),
resolves what they found against `now`, and keeps what is left, minus lead-ins like "remind me to", as
the task. It refuses rather than guesses: time words the rules did not read (leftovers.py), days that
disagree ("tomorrow … on Friday"), a date that reads two ways, or a second reading by dateparser that
differs (crosscheck.py) make it ask (ReminderQuestion) instead of returning a time. Nothing here stores
anything.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from ..bounded import clean_text
from ..clock import as_local
from ..language import has_cjk
from . import rules_en, rules_zh
from .crosscheck import cross_check
from .date_order import locale_date_order
from .leftovers import (
    MARK,
    continued_time,
    corrected_time,
    dotted_day,
    event_time,
    loose_beside,
    loose_time,
    unread_time,
    vague_time,
)
from .model import ParsedReminder, ReminderError, ReminderQuestion
from .timespec import TimeSpec, resolve
from .words_en import Handler

EMPTY = "Nothing to remind you of: the text is empty."
NO_TASK = "No task given: say what to remind you of, e.g. 'remind me to call Ana on Friday at 9'."
MAX_CHARS = 1_000  # a reminder is read out in one notification; the longest in bench/data is 106 characters
TOO_LONG = "That is {0:,} characters: a reminder holds at most 1,000. Say what to remind you of in a sentence."
TOO_FAR = "That is too far ahead: a reminder can be set up to the year 9999."
UNREAD = "I couldn't read '{0}' as part of the time: say when again, e.g. 'on Friday at 8:30pm'."
CORRECTED = "It sounds like the time was corrected ('{0}'): say it once more with only the time you mean."
VAGUE = "'{0}' is not a time I can set: say a day and a time, e.g. 'on Tuesday at 10am'."
EVENT = "I can't know when '{0}' is: say the time, e.g. 'tomorrow at 6pm'."
NOT_READ = (
    "No time given that I can read: '{0}' is not one I understand. Say when, e.g. 'on Friday at 9am', "
    "'in 20 minutes' or 'every Monday at 8'."
)


def read_time(text: str, now: datetime, date_order: str | None = None) -> tuple[TimeSpec, str]:
    """Fill a TimeSpec from the sentence; return it with the sentence minus the time phrases (each blanked
    to MARK, which clean_task() removes)."""
    spec = TimeSpec(date_order=date_order)
    rest = text
    rules = rules_en.COMPILED + (rules_zh.COMPILED if has_cjk(text) else [])
    for pattern, handler in rules:

        def read(match: re.Match[str], handler: Handler = handler) -> str:
            # A handler returns False to decline a match (a second clock time, as in "the 3 o'clock
            # meeting at 2:45"): the words then stay in the task. Matches read are blanked, with spaces so
            # the words either side do not run together.
            return match[0] if handler(match, spec, now) is False else f" {MARK} "

        rest = pattern.sub(read, rest)
    return spec, rest


def clean_task(rest: str) -> str:
    task = rest.replace(MARK, " ")
    task = rules_en.LEAD_INS.sub(" ", task)
    task = rules_zh.LEAD_INS.sub(" ", task)
    task = re.sub(r"\s+", " ", task).strip()
    for _ in range(3):  # stripping one dangling word can expose another ("… on at")
        task = rules_en.DANGLING.sub("", task).strip()
        task = rules_zh.DANGLING.sub("", task).strip()
    # Chinese words are not separated by spaces: close the gaps the blanked time phrases left.
    task = re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", task)
    return task


def parse_reminder(text: str, now: datetime, date_order: str | None = None) -> ParsedReminder:
    """'remind me to water the ferns tomorrow at 7:15am' → ParsedReminder(task='water the ferns', …).

    `now` may be naive (local wall time) or aware; the result is in now's zone (a ZoneInfo) or the local one.
    `date_order` ("DMY"/"MDY") reads numeric dates such as 05/03; by default the locale's, and when the
    locale does not say, an ambiguous one is asked about.
    Raises ReminderError (one clear sentence) for empty text, no time, a past or impossible time, no task;
    ReminderQuestion (a ReminderError) when the time reads more than one way or not all of it was read.
    """
    text = clean_text(text or "", newlines=False).strip()
    if not text:
        raise ReminderError(EMPTY)
    if len(text) > MAX_CHARS:
        raise ReminderError(TOO_LONG.format(len(text)))
    if not isinstance(now.tzinfo, ZoneInfo):
        now = as_local(now)  # naive or a bare offset: the user's zone, so DST rules apply
    spec, rest = read_time(text, now, date_order or locale_date_order())
    stray = continued_time(rest) or (unread_time(rest) if spec.has_when() else None)
    if correction := corrected_time(rest, text):
        raise ReminderQuestion(CORRECTED.format(correction))
    if spec.has_when() and (vague := vague_time(rest, text)):
        raise ReminderQuestion(VAGUE.format(vague))
    if spec.has_when() and spec.hour is None and spec.exact is None and (event := event_time(rest)):
        raise ReminderQuestion(EVENT.format(event))
    if spec.has_when() and not stray and (loose := loose_beside(rest)):
        stray = loose
    if spec.hour is not None and not stray and not spec.names_a_day():
        stray = dotted_day(rest)
    if not (spec.has_when() or spec.invalid or spec.two_ways or spec.past) and (loose := loose_time(rest)):
        raise ReminderError(NOT_READ.format(loose))
    try:
        first, rule, anchor = resolve(spec, now)
        if stray:
            raise ReminderQuestion(UNREAD.format(stray))
        cross_check(spec, first, now, text)
    except (OverflowError, ValueError) as e:  # "in 9000 years": the date maths leaves the calendar
        if isinstance(e, ValueError) and "out of range" not in str(e):
            raise
        raise ReminderError(TOO_FAR) from e
    task = clean_task(rest)
    if not task:
        raise ReminderError(NO_TASK)
    return ParsedReminder(task=task, first=first, rrule=rule, text=text, anchor=anchor)
