"""Reminder sentences in English and Simplified Chinese → a task and a schedule, without the LLM.

parse_reminder() runs the English and the Chinese rules over the sentence (a sentence may mix both),
resolves what they found against `now`, and keeps what is left, minus lead-ins like "remind me to", as
the task. Anything it cannot read is refused with one sentence; nothing here stores anything.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from ..clock import as_local
from ..language import has_cjk
from . import rules_en, rules_zh
from .model import ParsedReminder, ReminderError
from .rules_en import Handler
from .timespec import TimeSpec, resolve

EMPTY = "Nothing to remind you of: the text is empty."
NO_TASK = "No task given: say what to remind you of, e.g. 'remind me to call Ana tomorrow at 9'."


def read_time(text: str, now: datetime) -> tuple[TimeSpec, str]:
    """Fill a TimeSpec from the sentence; return it with the sentence minus the time phrases."""
    spec = TimeSpec()
    rest = text
    rules = rules_en.COMPILED + (rules_zh.COMPILED if has_cjk(text) else [])
    for pattern, handler in rules:

        def read(match: re.Match[str], handler: Handler = handler) -> str:
            # A handler returns False to decline a match (a second clock time, as in "the 3 o'clock
            # meeting at 2:45"): the words then stay in the task. Matches read are blanked, with a space so
            # the words either side do not run together.
            return match[0] if handler(match, spec, now) is False else " "

        rest = pattern.sub(read, rest)
    return spec, rest


def clean_task(rest: str) -> str:
    task = rules_en.LEAD_INS.sub(" ", rest)
    task = rules_zh.LEAD_INS.sub(" ", task)
    task = re.sub(r"\s+", " ", task).strip()
    for _ in range(3):  # stripping one dangling word can expose another ("… on at")
        task = rules_en.DANGLING.sub("", task).strip()
        task = rules_zh.DANGLING.sub("", task).strip()
    # Chinese words are not separated by spaces: close the gaps the blanked time phrases left.
    task = re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", task)
    return task


def parse_reminder(text: str, now: datetime) -> ParsedReminder:
    """'remind me to water the ferns tomorrow at 7:15am' → ParsedReminder(task='water the ferns', …).

    `now` may be naive (local wall time) or aware; the result is in now's zone (a ZoneInfo) or the local one.
    Raises ReminderError (one clear sentence) for empty text, no time, a past or impossible time, no task.
    """
    text = (text or "").strip()
    if not text:
        raise ReminderError(EMPTY)
    if not isinstance(now.tzinfo, ZoneInfo):
        now = as_local(now)  # naive or a bare offset: the user's zone, so DST rules apply
    spec, rest = read_time(text, now)
    first, rule, anchor = resolve(spec, now)
    task = clean_task(rest)
    if not task:
        raise ReminderError(NO_TASK)
    return ParsedReminder(task=task, first=first, rrule=rule, text=text, anchor=anchor)
