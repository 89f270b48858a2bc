"""The written corpus in bench/data (328 phrasings, both languages, look-alikes included): the parser may
refuse some, but it may never return a time other than the one a careful reader takes from the sentence."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_phrasing_in_the_corpus_is_silently_wrong() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import reminder_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    tally, rows = reminder_corpus.score(reminder_corpus.ours, reminder_corpus.load())
    wrong = [(case.sentence, case.expected, got) for case, verdict, got, _ in rows if verdict == "wrong"]
    assert wrong == []
    assert sum(tally.values()) >= 300
