"""Which way round the user writes numeric dates (05/03: 5 March or 3 May), from the locale.

Month-first is the custom in the United States and a few other places; most of the world writes the day
first; Chinese, Japanese and Korean write the year, then the month. A locale that says nothing (C, POSIX,
unset) gives None, and then a date that reads both ways is asked about rather than guessed.
"""

from __future__ import annotations

import os

MONTH_FIRST = {"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI", "BZ"}
YEAR_FIRST_LANGUAGES = {"zh", "ja", "ko", "hu", "lt", "mn"}


def locale_date_order(environ: dict[str, str] | None = None) -> str | None:
    """'MDY', 'DMY' or None, from LC_ALL / LC_TIME / LANG (the first set wins, as in POSIX)."""
    env = os.environ if environ is None else environ
    value = next((env[k] for k in ("LC_ALL", "LC_TIME", "LANG") if env.get(k)), "")
    name = value.split(".")[0].split("@")[0]
    if not name or name in ("C", "POSIX"):
        return None
    language, _, region = name.partition("_")
    if region.upper() in MONTH_FIRST:
        return "MDY"
    if language.lower() in YEAR_FIRST_LANGUAGES:
        return "MDY"  # year-month-day: with the year left off, the month still comes first
    return "DMY"
