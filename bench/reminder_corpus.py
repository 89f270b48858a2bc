"""Scores the reminder parser on bench/data/reminder_phrasings.tsv: right, refused (or asked), silently wrong.

A sentence is *right* when the parser gives the expected first time (and the expected repeat rule), or
refuses one marked ASK; *refused* when it refuses or asks where a time was expected; *silently wrong* when
it returns any other time, or a time where it should have asked. Beside it, in the same run, dateparser's
search_dates alone at its best settings (the raw library the parser cross-checks with): it reads no
repeats, so only one-off sentences are scored for it.

    .venv/bin/python bench/reminder_corpus.py [--show wrong|refused|all]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

CORPUS = Path(__file__).parent / "data" / "reminder_phrasings.tsv"
ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=ZONE)  # Monday; the corpus is written for this moment
DATE_ORDER = "DMY"  # the corpus's writer is British
CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Case:
    sentence: str
    expected: str  # "YYYY-MM-DD HH:MM[ RRULE]" or "ASK"

    @property
    def language(self) -> str:
        return "zh" if CJK.search(self.sentence) else "en"


def load(path: Path = CORPUS) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, expected = line.split("\t")
            cases.append(Case(sentence.strip(), expected.strip()))
    return cases


def _rule_key(rule: str | None) -> frozenset[str]:
    return frozenset((rule or "").upper().split(";")) - {""}


def verdict(case: Case, got: str | None, rule: str | None) -> str:
    """right | refused | wrong, for one sentence: `got` is 'YYYY-MM-DD HH:MM' or None for a refusal."""
    if case.expected == "ASK":
        return "right" if got is None else "wrong"
    if got is None:
        return "refused"
    parts = case.expected.split(" ")
    when, expected_rule = " ".join(parts[:2]), parts[2] if len(parts) > 2 else None
    return "right" if got == when and _rule_key(rule) == _rule_key(expected_rule) else "wrong"


def ours(case: Case) -> tuple[str | None, str | None, str]:
    from assistant.reminders import ReminderError, parse_reminder

    try:
        parsed = parse_reminder(case.sentence, NOW, date_order=DATE_ORDER)
    except ReminderError as e:
        return None, None, str(e)
    return f"{parsed.first:%Y-%m-%d %H:%M}", parsed.rrule, parsed.task


def raw_dateparser(case: Case) -> tuple[str | None, str | None, str]:
    from dateparser.search import search_dates

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": NOW.replace(tzinfo=None),
        "DATE_ORDER": DATE_ORDER,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        found = search_dates(case.sentence, languages=["en", "zh"], settings=settings)  # type: ignore[arg-type]
    except Exception as e:
        return None, None, f"crashed: {e}"
    if not found:
        return None, None, "nothing found"
    return f"{found[0][1]:%Y-%m-%d %H:%M}", None, found[0][0]


def score(reader, cases: list[Case]) -> tuple[Counter[tuple[str, str]], list[tuple[Case, str, str | None, str]]]:
    tally: Counter[tuple[str, str]] = Counter()
    rows = []
    for case in cases:
        got, rule, note = reader(case)
        v = verdict(case, got, rule)
        tally[(case.language, v)] += 1
        rows.append((case, v, got if rule is None else f"{got} {rule}", note))
    return tally, rows


def table(name: str, tally: Counter[tuple[str, str]]) -> str:
    lines = []
    for language in ("en", "zh"):
        total = sum(n for (lang, _), n in tally.items() if lang == language)
        if not total:
            continue
        right, refused, wrong = (tally[(language, v)] for v in ("right", "refused", "wrong"))
        lines.append(
            f"{name:16}{language:>4}{total:>7}{right / total:>9.1%}{refused / total:>10.1%}"
            f"{wrong / total:>17.1%}  ({right}/{refused}/{wrong})"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=["wrong", "refused", "all"], default="wrong")
    args = parser.parse_args()
    os.environ["TZ"] = "Europe/London"
    cases = load()
    began = time.perf_counter()
    tally, rows = score(ours, cases)
    ours_s = time.perf_counter() - began
    one_off = [c for c in cases if c.expected == "ASK" or len(c.expected.split(" ")) == 2]
    began = time.perf_counter()
    raw, _ = score(raw_dateparser, one_off)
    raw_s = time.perf_counter() - began
    print(
        f"{len(cases)} phrasings ({sum(c.language == 'en' for c in cases)} en, "
        f"{sum(c.language == 'zh' for c in cases)} zh), said {NOW:%a %d %b %Y %H:%M} {ZONE.key}, {DATE_ORDER}"
    )
    print(f"{'reader':16}{'lang':>4}{'cases':>7}{'right':>9}{'refused':>10}{'silently wrong':>17}")
    print(table("parse_reminder", tally) + f"   {ours_s:.1f} s")
    print(table("dateparser alone", raw) + f"   {raw_s:.1f} s (one-off sentences only)")
    for case, v, got, note in rows:
        if args.show == "all" or v == args.show:
            print(f"  [{v}] {case.sentence!r}: expected {case.expected}, got {got} — {note}", file=sys.stderr)


if __name__ == "__main__":
    main()
