"""The answer pipeline through the turn, with the real model, real SQLite and LanceDB in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from assistant.memory import import_file


@pytest.fixture
def assistant(home: Path) -> Assistant:
    a = Assistant.open()
    a.settings.temperature, a.settings.seed, a.settings.max_tokens = 0.0, 3, 64
    return a


def remarks(assistant: Assistant, tmp_path: Path, *said: tuple[str, str]) -> None:
    path = tmp_path / "said.jsonl"
    path.write_text("".join(json.dumps({"text": t, "at": f"{day}T10:00:00Z"}) + "\n" for t, day in said), "utf-8")
    import_file(path, store=assistant.memory())


def test_a_general_question_is_answered_uncited_and_marked_not_grounded(assistant: Assistant, tmp_path) -> None:
    remarks(assistant, tmp_path, ("I live in Marbella.", "2026-01-02"), ("My name is Sam.", "2026-01-03"))
    result = assistant.handle("List three French cities")
    assert result.model is not None and result.reply and not result.grounded
    assert result.citations == [] and "[1]" not in result.reply
    assert result.to_json()["grounded"] is False


def test_a_passage_of_an_imported_document_answers_with_its_place(assistant: Assistant, tmp_path) -> None:
    notes = tmp_path / "garden.md"
    notes.write_text(
        "# The garden\n\nThe tomatoes went in along the south wall in May.\n\n"
        "# The shed\n\nThe shed key hangs on a nail behind the water butt.\n",
        "utf-8",
    )
    import_file(notes, store=assistant.memory())
    result = assistant.handle("Where does the shed key hang?")
    assert result.grounded and "water butt" in result.reply and "[1]" in result.reply
    assert result.citations[0].kind == "document" and (result.citations[0].place or "").startswith("garden.md, line")
    # The bundled model is not asked to phrase a passage: what it wrote never survived the check.
    assert result.model is None and result.tokens == 0


def test_nothing_said_about_the_asked_animal_is_i_dont_know(assistant: Assistant) -> None:
    assistant.handle("remember that my rabbit is called Clover")
    result = assistant.handle("What's my horse called?")
    assert "don't know" in result.reply and result.citations == [] and result.grounded


def test_a_chinese_question_about_another_slot_is_not_answered_with_the_english_fact(assistant: Assistant) -> None:
    assistant.handle("remember that I live in Leeds")
    result = assistant.handle("我在哪里出生？")
    assert "不知道" in result.reply and result.citations == []


def test_the_newest_remark_wins_though_no_rule_reads_it(assistant: Assistant, tmp_path) -> None:
    remarks(
        assistant,
        tmp_path,
        ("My favourite food is pizza.", "2025-02-01"),
        ("The weather is lovely today.", "2025-05-01"),
        ("Honestly noodles are my favourite food these days.", "2025-09-01"),
    )
    result = assistant.handle("What is my favourite food?")
    assert "noodles" in result.reply and "pizza" not in result.reply
    assert result.citations[0].text.startswith("Honestly noodles") and result.citations[0].place


def test_remind_me_what_is_a_question_answered_from_memory(assistant: Assistant) -> None:
    assistant.handle("remember that my dog is called Rex")
    result = assistant.handle("Remind me what my dog is called.")
    assert result.reminder is None and "Rex" in result.reply and result.citations and result.grounded


def test_an_english_question_is_answered_by_what_was_said_in_chinese(assistant: Assistant, tmp_path) -> None:
    remarks(
        assistant,
        tmp_path,
        ("Li Na送了我陶瓷茶壶，是在机场商店买的。", "2025-03-01"),
        ("我把搅拌机借给了Li Na。", "2025-06-01"),
    )
    result = assistant.handle("What did Li Na give me?")
    assert result.grounded and result.citations and result.citations[0].text.startswith("Li Na送了我陶瓷茶壶")
