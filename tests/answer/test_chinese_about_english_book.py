"""A Chinese question about an English book finds and cites the passage that answers it (in_english.py),
and a Chinese general question asked with the book imported stays uncited. Real LanceDB in tmp_path, the
real embedder and the real dictionary."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decide import Outcome
from assistant.answer.in_english import english_query, held_in_english, unasked
from assistant.answer.terms import read_terms, terms
from assistant.memory import import_file
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

CHAPTERS = (
    "Ukridge took my arm. “I’ve got an idea, laddie! I’m going to start a duck farm, and run it without water.”",
    "The hens would not lay at first. Beale fed them twice a day, and his wife kept the accounts in a red book.",
    "The professor played golf every morning on the links above the harbour, and lost his ball in the ditch.",
    "Phyllis went into the house at the end of the fifth game, and Tom Chase walked home up the hill.",
)


def _book(store: MemoryStore, tmp_path: Path) -> None:
    for n, text in enumerate(CHAPTERS, 1):  # one passage each
        path = tmp_path / f"chapter-{n}.md"
        path.write_text(text, "utf-8")
        import_file(path, store=store)


def test_a_chinese_question_is_searched_in_the_book_s_english_words() -> None:
    words = english_query("故事最后 Ukridge 想开一个什么农场？").split()
    assert words[0] == "Ukridge" and "farm" in words  # the Latin name as written, 农场 by the dictionary
    assert english_query("What farm did Ukridge start?") == ""


def test_an_english_sentence_holds_the_chinese_terms_it_translates() -> None:
    question = "故事最后 Ukridge 想开一个什么农场？"
    asked = terms(question) | read_terms(question)
    assert "农场" in held_in_english(question, asked, "I’m going to start a duck farm!")
    assert not held_in_english(question, asked, "我要开一个养鸭农场")  # Chinese text is read as it is
    assert not held_in_english("What farm did Ukridge start?", asked, "a duck farm")


def test_the_narrator_is_not_asked_of_an_english_passage() -> None:
    question = "叙述者早饭后通常在哪里散步？"
    assert "叙述" in unasked(question, "I strolled about the paddock after breakfast.")
    assert not unasked(question, "我早饭后在花园里散步。")


def test_a_chinese_question_cites_the_english_passage_that_answers(store: MemoryStore, tmp_path: Path) -> None:
    _book(store, tmp_path)
    d = decided(store, "Ukridge 要开什么农场？")
    assert d.outcome is Outcome.PASSAGE and "duck farm" in d.evidence[0].text
    # No name: the dictionary's words alone (教授 "professor", 高尔夫 "golf", 早上 "morning").
    d = decided(store, "教授每天早上在哪里打高尔夫？")
    assert d.outcome is Outcome.PASSAGE and "golf" in d.evidence[0].text


def test_a_chinese_general_question_stays_uncited_with_the_book_imported(store: MemoryStore, tmp_path: Path) -> None:
    _book(store, tmp_path)
    for question in ("法国的首都是哪里？", "高尔夫球一场有多少个洞？", "鸡蛋要煮几分钟才能煮熟？"):
        d = decided(store, question)
        assert d.outcome is Outcome.GENERAL and not d.evidence, question
