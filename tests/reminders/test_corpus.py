"""The written corpora in bench/data: the parser may refuse or ask about some, but it may never return a
time other than one a careful reader takes from the sentence. The first (328 phrasings, both languages,
look-alikes included) was written alongside the rules; the everyday set and the probe (session 9) were
written before the parser was run on them; the third set (session 11) likewise."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("name", "size"), [("first", 300), ("everyday", 200), ("probe", 60), ("third", 300)])
def test_no_phrasing_in_the_corpus_is_silently_wrong(name: str, size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")  # the later sets' speaker gives no date order; the first passes DMY
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import reminder_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    tally, rows = reminder_corpus.score(reminder_corpus.ours, reminder_corpus.load(reminder_corpus.CORPORA[name]))
    wrong = [(case.sentence, case.expected, got) for case, verdict, got, _ in rows if verdict == "wrong"]
    assert wrong == []
    assert sum(tally.values()) >= size
