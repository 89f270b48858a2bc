"""Times as people say them, in the UI's language: "Today 14:05", "Yesterday 09:12", "Mon 14:05",
"3 Nov", "3 Nov 2025" — never an ISO string. The one place the window turns a stored time into words.

Day and month names come from QLocale (the locale the window runs in), so Chinese reads 今天 14:05 and
11月3日; the patterns themselves are translatable strings, as word order differs between languages.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

translate = QCoreApplication.translate  # a plain name lupdate recognises, with the context spelled out


def parse(moment: str | datetime | None) -> datetime | None:
    """A stored time (ISO text, "Z" or offset, or naive local) as a local aware datetime; None if unreadable."""
    if moment is None or moment == "":
        return None
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return moment.astimezone() if moment.tzinfo is not None else moment.astimezone()


def clock(moment: datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day(moment: datetime | date, today: date | None = None, locale: QLocale | None = None) -> str:
    """The day alone: "Today", "Yesterday", "Tomorrow", "Mon" this week, "3 Nov", "3 Nov 2025"."""
    locale = locale or QLocale()
    when = moment.date() if isinstance(moment, datetime) else moment
    today = today or date.today()
    delta = (when - today).days
    if delta == 0:
        return translate("FriendlyTime", "Today")
    if delta == -1:
        return translate("FriendlyTime", "Yesterday")
    if delta == 1:
        return translate("FriendlyTime", "Tomorrow")
    qdate = QDate(when.year, when.month, when.day)
    if -6 <= delta < 0 or 1 < delta <= 6:
        return locale.toString(qdate, translate("FriendlyTime", "ddd"))
    if when.year == today.year:
        return locale.toString(qdate, translate("FriendlyTime", "d MMM"))
    return locale.toString(qdate, translate("FriendlyTime", "d MMM yyyy"))


def at(moment: str | datetime | None, now: datetime | None = None, locale: QLocale | None = None) -> str:
    """A moment that matters to the minute (a reminder's due time), with its time of day however far away:
    "Tomorrow 09:00", "11 Dec 17:00"."""
    when = parse(moment)
    if when is None:
        return ""
    now = now.astimezone() if now is not None else datetime.now().astimezone()
    return translate("FriendlyTime", "{0} {1}").format(day(when, now.date(), locale), clock(when, locale))


def friendly(moment: str | datetime | None, now: datetime | None = None, locale: QLocale | None = None) -> str:
    """A moment with its time of day when it is within a week either side, else the date alone."""
    when = parse(moment)
    if when is None:
        return ""
    now = now.astimezone() if now is not None else datetime.now().astimezone()
    shown = day(when, now.date(), locale)
    if abs(when.date() - now.date()) <= timedelta(days=6):
        return translate("FriendlyTime", "{0} {1}").format(shown, clock(when, locale))
    return shown
