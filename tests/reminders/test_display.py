"""Times in words are worded from the time a sentence was read at, so they read the same in any year."""

from __future__ import annotations

from datetime import datetime

from assistant.reminders.display import when_text, when_text_zh
from tests.fixed_zone import LONDON

NEW_YEARS_EVE = datetime(2026, 12, 31, 10, 0, tzinfo=LONDON)


def test_the_year_is_named_only_when_it_is_not_the_year_of_now() -> None:
    soon = datetime(2026, 12, 31, 17, 0, tzinfo=LONDON)
    after = datetime(2027, 1, 4, 9, 0, tzinfo=LONDON)
    assert when_text(soon, NEW_YEARS_EVE) == "Thu 31 Dec, 17:00"
    assert when_text(after, NEW_YEARS_EVE) == "Mon 4 Jan 2027, 09:00"
    assert when_text_zh(soon, NEW_YEARS_EVE) == "12月31日（周四）17:00"
    assert when_text_zh(after, NEW_YEARS_EVE) == "2027年1月4日（周一）09:00"


def test_now_in_another_zone_is_taken_in_the_moment_s_zone() -> None:
    # 23:30 in London on New Year's Eve is already 2027 in Shanghai; for a London reminder it is still 2026.
    now = datetime.fromisoformat("2027-01-01T07:30:00+08:00")
    assert when_text(datetime(2027, 1, 1, 9, 0, tzinfo=LONDON), now) == "Fri 1 Jan 2027, 09:00"
