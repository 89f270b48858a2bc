"""Notes kept in one language, asked about in the other (in_chinese.py, in_english.py, note_lines.py): the
bilingual dictionary read backwards holds an English word in a Chinese line by a word glossed so, though
the gloss is long ("rent for a room or house"); a compound Chinese word is held by an English line only in
the part its words translate. Pure functions first, then real files in real LanceDB with the embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decision import Outcome
from assistant.answer.in_chinese import held_in_chinese
from assistant.answer.in_english import held_in_english
from assistant.answer.note_lines import answering_line
from assistant.answer.pipeline import plan
from assistant.answer.routing import passage_terms
from assistant.memory import import_file
from assistant.memory.store import MemoryStore

ZH_NOTES = """# 家里的事

每月1号交房租。
洗衣机的保修卡在书房的抽屉里。
儿子每周四晚上去学游泳。
"""

EN_NOTES = """# Admin

- The council tax is paid on the 3rd of each month.
- Insurance policy number: HX-55201.
- Swimming lessons for Noah: Saturday at 10 am.
"""


def line(question: str, text: str, spare: int = 1) -> str | None:
    found = answering_line(question, passage_terms(question), text, spare)
    return found.text if found else None


def test_an_english_word_is_held_by_a_chinese_word_glossed_so() -> None:
    assert held_in_chinese("When do I pay the rent?", {"rent", "pay"}, "每月1号交房租。") >= {"rent"}
    # Only of a text with Chinese in it, for an English question.
    assert held_in_chinese("When do I pay the rent?", {"rent"}, "Rent is paid monthly.") == set()
    assert held_in_chinese("房租什么时候交？", {"房租"}, "每月1号交房租。") == set()


def test_a_compound_is_held_only_in_the_part_its_translation_states() -> None:
    asked = passage_terms("我的身份证号码是多少？")
    held = held_in_english("我的身份证号码是多少？", asked, "Insurance policy number: HX-55201.", senses=99)
    assert "身份" not in held and "份证" not in held


def test_an_english_question_finds_the_line_of_chinese_notes() -> None:
    assert line("When is the rent due?", ZH_NOTES, spare=0) == "每月1号交房租。"
    assert line("Where is the washing machine's warranty card?", ZH_NOTES) == "洗衣机的保修卡在书房的抽屉里。"


def test_a_where_question_needs_a_line_saying_where() -> None:
    notes = "Travel\n\n- My passport expires in May 2031.\n- Passport: top drawer of the desk"
    assert line("Where is my passport?", notes) == "- Passport: top drawer of the desk"
    assert line("Where is my passport?", "Travel\n\n- My passport expires in May 2031.\n- Visa: done") is None


def test_a_chinese_question_asking_the_weekday_is_held_by_one() -> None:
    assert line("游泳课是星期几？", EN_NOTES, spare=0) == "- Swimming lessons for Noah: Saturday at 10 am."


def test_notes_in_the_other_language_answer_and_what_they_lack_is_not_made_up(
    store: MemoryStore, tmp_path: Path
) -> None:
    for name, text in (("家里.md", ZH_NOTES), ("admin.md", EN_NOTES)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        import_file(tmp_path / name, store=store)
    rent = plan("When is the rent due?", store).decision
    assert rent.outcome is Outcome.PASSAGE and "房租" in rent.evidence[0].text
    for question in ("我的身份证号码是多少？", "When is my gym membership due?"):
        decided = plan(question, store).decision
        assert decided.outcome is not Outcome.PASSAGE, question
