"""A user's notes are read line by line (note_lines.py): the line that holds the subject asked, or whose
heading does, and an answer of the kind asked, answers, quoted alone and placed at its line. Pure
functions first, then a real Markdown file imported into real LanceDB with the real embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decision import Outcome
from assistant.answer.note_lines import answering_line, is_list
from assistant.answer.pipeline import plan
from assistant.answer.routing import passage_terms
from assistant.memory import import_file
from assistant.memory.store import MemoryStore
from assistant.sentences import note_lines, split_paragraphs, split_sentences

HOME = """Home admin

- Bins: recycling every other Tuesday, general waste on Fridays
- Dentist: Dr Okafor at Smile Clinic, next check-up 9 April
- Wifi: BTHub-5G2K, password maple-otter-42"""


def line(question: str, text: str = HOME, spare: int = 1) -> str | None:
    found = answering_line(question, passage_terms(question), text, spare)
    return found.text if found else None


def test_a_word_for_a_kind_of_answer_is_held_by_an_answer_of_that_kind() -> None:
    # "day" by the weekday: the notes never say "bin day".
    assert line("When is bin day?", spare=0) == "- Bins: recycling every other Tuesday, general waste on Fridays"


def test_a_when_question_needs_a_date_or_a_day_in_the_line() -> None:
    assert line("When is the wifi password?", spare=0) is None


def test_a_line_that_holds_only_part_of_the_subject_does_not_answer() -> None:
    assert line("What is my travel insurance?", "Notes\n\n- Car insurance: Direct Line\n- Boiler: British Gas") is None


def test_a_heading_that_names_the_subject_lets_its_lines_answer() -> None:
    text = "Dal\n\n1 cup red lentils, 1 onion, 2 tsp cumin. Simmer for 30 minutes."
    assert line("What lentils does my dal use?", text) == "1 cup red lentils, 1 onion, 2 tsp cumin."


def test_a_verb_the_notes_leave_out_is_not_required() -> None:
    text = "Health\n\nBlood type: O negative\nMedication: levothyroxine 50mcg every morning"
    assert line("When should I take my levothyroxine?", text) == "Medication: levothyroxine 50mcg every morning"


def test_key_value_lines_are_sentences_of_their_own_and_a_list() -> None:
    text = "Contacts\n\nMum: 07700 900456\nPlumber: Dave Hughes, 07700 900789\nBlood pressure 128/82"
    assert split_sentences(text) == [
        "Contacts",
        "Mum: 07700 900456",
        "Plumber: Dave Hughes, 07700 900789",
        "Blood pressure 128/82",
    ]
    assert note_lines(text) == [False, True, True, True]
    assert is_list(text)


def test_a_hard_wrapped_paragraph_of_prose_is_not_read_line_by_line() -> None:
    text = "It was a fine morning when Ukridge came down\nthe road: he had a hen under each arm and\nwas singing."
    assert len(split_sentences(text)) == 1
    assert not is_list(text)


def test_bin_day_is_answered_from_the_notes_at_its_line(store: MemoryStore, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Home admin\n\n" + HOME.split("\n\n", 1)[1] + "\n", encoding="utf-8")
    import_file(path, store=store)
    p = plan("When is bin day?", store)
    reply, cited = p.product_reply()
    assert p.decision.outcome is Outcome.PASSAGE
    assert reply.startswith("notes.md, line 3 says: “- Bins: recycling every other Tuesday")
    assert [c.place for c in p.citations(cited[:1])] == ["notes.md, line 3"]


def test_a_general_question_is_not_answered_by_a_list_of_notes(store: MemoryStore, tmp_path: Path) -> None:
    path = tmp_path / "health.md"
    path.write_text("# Health\n\nBlood type: O negative\nAllergies: penicillin\nBlood pressure 128/82 on 4 October\n")
    import_file(path, store=store)
    assert plan("What's a normal blood pressure?", store).decision.outcome is Outcome.GENERAL


def test_a_line_under_a_markdown_sub_heading_is_read_as_under_it() -> None:
    text = "# Recipes\n\n## Gran's flapjacks\n250g oats, 3 tbsp golden syrup.\nBake at 180C for 25 minutes.\n"
    assert split_sentences(text)[:2] == ["# Recipes", "## Gran's flapjacks"]
    assert line("How long do I bake the flapjacks?", text) == "Bake at 180C for 25 minutes."


def test_the_place_of_an_answer_is_its_own_line_not_the_quotes_first(store: MemoryStore, tmp_path: Path) -> None:
    path = tmp_path / "garden.md"
    path.write_text(
        "# Garden diary\n\n## To remember\nFeed the tomatoes with comfrey tea every Sunday.\n"
        "The water butt leaks at the tap; it needs a new washer.\n",
        encoding="utf-8",
    )
    import_file(path, store=store)
    p = plan("What's wrong with the water butt?", store)
    reply, cited = p.product_reply()
    assert p.decision.outcome is Outcome.PASSAGE
    assert "The water butt leaks at the tap" in reply
    assert [c.place for c in p.citations(cited[:1])] == ["garden.md, line 5"]


def test_a_sentence_a_line_is_read_line_by_line_and_chinese_asks_in_its_own_words() -> None:
    text = "## 每周\n周二晚上倒可回收垃圾。\n周六上午带狗狗去公园。\n每月15号交房租，4200元。"
    assert split_sentences(text)[1:] == ["周二晚上倒可回收垃圾。", "周六上午带狗狗去公园。", "每月15号交房租，4200元。"]
    assert note_lines(text)[1:] == [True, True, True]
    assert line("房租多少钱？", text, spare=0) == "每月15号交房租，4200元。"
    assert line("周六上午做什么？", text, spare=0) == "周六上午带狗狗去公园。"
    # English lines that end sentences are prose: a hard-wrapped book's line may end one too.
    wrapped = "He said nothing more about the hens that evening.\nIn the morning he was gone."
    assert len(split_paragraphs(wrapped)) == 1
