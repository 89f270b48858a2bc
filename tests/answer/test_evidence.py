"""Candidates for the decision from a real LanceDB store in tmp_path, with the real embedder: the asked
terms each memory states in the other language."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.answer.decide import Outcome, decide
from assistant.answer.evidence import dictionary_translations, gather
from assistant.answer.terms import terms
from assistant.memory import import_file
from assistant.memory.store import MemoryStore


def remember(store: MemoryStore, tmp_path: Path, *said: tuple[str, str]) -> None:
    path = tmp_path / "said.jsonl"
    path.write_text("".join(json.dumps({"text": t, "at": f"{day}T10:00:00Z"}) + "\n" for t, day in said), "utf-8")
    import_file(path, store=store)


def test_the_dictionary_finds_the_asked_terms_in_the_other_language() -> None:
    q = "What did Li Na give me?"
    assert dictionary_translations(q, terms(q), "Li Na送了我陶瓷茶壶。") == {"give": 3}  # 送's third sense
    assert dictionary_translations(q, terms(q), "我把搅拌机借给了Li Na。") == {}  # lent, not given
    q = "我的打气筒借给谁了？"
    assert set(dictionary_translations(q, terms(q), "I lent my bike pump to Zhang Wei.")) == {"打气", "气筒", "借"}


def test_an_event_said_in_chinese_answers_the_english_question(store: MemoryStore, tmp_path: Path) -> None:
    remember(
        store,
        tmp_path,
        ("Li Na送了我陶瓷茶壶，是在机场商店买的。", "2025-03-01"),
        ("我把搅拌机借给了Li Na。", "2025-06-01"),
        ("Li Na sent me a funny video.", "2025-09-01"),
        ("My friend Li Na lives in Leeds.", "2025-10-01"),
    )
    q = "What did Li Na give me?"
    found = gather(store, q)
    d = decide(q, found.memories, found.passages)
    assert d.outcome is Outcome.MEMORY and d.evidence[0].text.startswith("Li Na送了我陶瓷茶壶")


def test_a_gift_beats_a_sent_video_for_the_chinese_question(store: MemoryStore, tmp_path: Path) -> None:
    remember(
        store,
        tmp_path,
        ("Lucy gave me a bonsai tree from a flea market.", "2025-03-01"),
        ("Lucy sent me a funny video.", "2025-11-01"),
    )
    q = "Lucy送了我什么？"
    found = gather(store, q)
    d = decide(q, found.memories, found.passages)
    assert d.outcome is Outcome.MEMORY and d.evidence[0].text.startswith("Lucy gave me a bonsai")
