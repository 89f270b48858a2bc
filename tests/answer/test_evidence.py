"""Candidates for the decision from a real LanceDB store in tmp_path, with the real embedder: the asked
terms each memory states in the other language."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.answer.decide import decide
from assistant.answer.decision import Asked, Outcome
from assistant.answer.evidence import gather
from assistant.answer.terms import dictionary_translations, terms
from assistant.books.manager import Books
from assistant.db import open_db
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


def _novel(tmp_path: Path) -> Path:
    """Eight passages of a made-up novel: Phyllis in four, London in four, the moon in one."""
    scenes = [
        "Phyllis walked down to the harbour with her father, who talked of golf the whole way. The boats "
        "rocked at their moorings, and a fisherman mended his nets on the quay.",
        "We took the early train up to London, where the fog lay thick over the river. Ukridge bought a "
        "newspaper and read aloud the prices of eggs to the whole carriage.",
        "Phyllis laughed at my story of the hens, and said the farm would never pay. I defended the "
        "incubator at length, though I had my doubts about it myself.",
        "In London the creditors found us at last, and Ukridge spoke to them of profits. They listened "
        "politely and asked for their money all the same.",
        "That night the moon rose over the cliff while the fowls slept in their coops. A dog barked "
        "somewhere in the village, and the sea was quiet.",
        "Phyllis had promised to sketch the cliff, and she came with her campstool at noon. The gorse was "
        "in flower, and she said it was the most soothing place she knew.",
        "The letter came from London with a demand for ten pounds and eightpence. Beale carried it in on "
        "a tray as though it were a summons to the gallows.",
        "Her father forbade me the house, and Phyllis wrote that she would wait for me. I read her note "
        "six times on the lawn before breakfast.",
    ]
    path = tmp_path / "novel.md"
    path.write_text("\n\n".join(f"## Chapter {i}\n\n{s}" for i, s in enumerate(scenes, 1)), "utf-8")
    return path


def test_a_question_naming_someone_of_the_users_books_is_not_answered_from_general_knowledge(
    store: MemoryStore, tmp_path: Path
) -> None:
    """The model would invent Phyllis's eyes ("magenta"); a name the books keep mentioning makes the question
    one about them, answered from them or with "I couldn't find it"."""
    Books(open_db(tmp_path / "assistant.db"), store).add(_novel(tmp_path))  # a passage a chapter
    q = "What colour are Phyllis's eyes?"
    found = gather(store, q)
    assert found.asked is Asked.DOCUMENT
    assert decide(q, found.memories, found.passages, asked=found.asked).outcome is Outcome.DONT_KNOW
    # A name the books mention once, or one of two names they never mention, is the world's.
    for q in ("Who was the first person to walk on the Moon?", "How far is London from Edinburgh?"):
        found = gather(store, q)
        assert found.asked is Asked.OPEN, q
        assert decide(q, found.memories, found.passages, asked=found.asked).outcome is Outcome.GENERAL, q


def test_what_someone_planned_is_cited_from_where_the_book_tells_it_without_the_word_plan(
    store: MemoryStore, tmp_path: Path
) -> None:
    """ "What did Ukridge and Millie plan to do?" is answered by "we are going to keep fowls": Ukridge and
    Millie are in most passages and "plan" in one, so by rarity "plan" weighed most, and the answer held
    too small a share of the question to pass the passage gate: "I couldn't find it"."""
    scenes = [
        "Ukridge turned to Millie at breakfast. “We are going to keep fowls,” he said, and upset the ink.",
        "Millie sat by the fire with her sewing. Outside, Ukridge was arguing with the carter.",
        "Ukridge wrote letters all the morning. Millie took the dog down to the beach.",
        "The rain came in from the sea. Millie read aloud. Ukridge smoked a cigar on the porch.",
        "It is the safest plan, said the grocer to the baker, and they shut the shop early.",
    ]
    path = tmp_path / "story.md"
    path.write_text("\n\n".join(f"## Chapter {i}\n\n{s}" for i, s in enumerate(scenes, 1)), "utf-8")
    Books(open_db(tmp_path / "assistant.db"), store).add(path)
    q = "What did Ukridge and Millie plan to do?"
    found = gather(store, q)
    d = decide(q, found.memories, found.passages, asked=found.asked)
    assert d.outcome is Outcome.PASSAGE
    assert "keep fowls" in d.evidence[0].text
