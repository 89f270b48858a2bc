"""Checking a model's reply against the memories it was given (pure functions, no model)."""

from __future__ import annotations

from assistant.grounding import check_reply, dont_know, is_about_user, memory_answer
from assistant.memory.model import Memory

SHANGHAI = Memory(id="m2", text="I moved to Shanghai for a new job.", kind="fact", created="2026-03-02T09:00:00Z",
                  subject="home_city")
HANGZHOU = Memory(id="m1", text="I live in Hangzhou.", kind="fact", created="2025-05-01T09:00:00Z",
                  subject="home_city", superseded_by="m2")
CAT = Memory(id="m3", text="My cat is called Mochi.", kind="fact", created="2026-01-10T09:00:00Z", subject="cat")


def test_personal_questions_are_recognised() -> None:
    for q in ["Where do I live now?", "What is my cat called?", "what's my dentist's name?", "Did I book a table?",
              "我住在哪里？", "我的猫叫什么名字？"]:
        assert is_about_user(q), q
    for q in ["What is the capital of France?", "Can you help me write a poem.", "Tell me a joke",
              "北京是中国的首都。"]:
        assert not is_about_user(q), q


def test_the_measured_failure_is_caught() -> None:
    # What the bundled model really answered (shared/NOTES.md): the stale fact.
    checked = check_reply("Where do I live now?", "The answer is: [2] Hangzhou.", [SHANGHAI, HANGZHOU])
    assert not checked.grounded and checked.cited == [SHANGHAI]
    assert "Shanghai" in checked.reply and "Hangzhou" not in checked.reply and "[1]" in checked.reply


def test_a_correct_reply_is_kept_and_renumbered() -> None:
    checked = check_reply("What is my cat called?", "Your cat is called Mochi [2].", [SHANGHAI, CAT])
    assert checked.grounded and checked.reply == "Your cat is called Mochi [1]." and checked.cited == [CAT]


def test_a_correct_reply_without_a_mark_gets_one() -> None:
    checked = check_reply("Where do I live now?", "You live in Shanghai.", [SHANGHAI, HANGZHOU])
    assert checked.grounded and checked.reply.endswith("[1]") and checked.cited == [SHANGHAI]


def test_an_invented_answer_or_citation_is_replaced() -> None:
    for reply in ["Your cat is called Whiskers.", "Your cat is Mochi [7].", "I am not sure."]:
        checked = check_reply("What is my cat called?", reply, [CAT])
        assert not checked.grounded and "Mochi" in checked.reply, reply


def test_replies_in_chinese_templates() -> None:
    moved = Memory(id="z", text="我搬到上海了。", created="2026-03-02T00:00:00Z")
    assert "上海" in memory_answer("我住在哪里？", moved)
    assert "不知道" in dont_know("我的猫叫什么？") and "don't know" in dont_know("What is my cat called?")
