"""The answer room's decisions are pure: what a reply rests on, and whether the model is asked at all, are
decided without a model or a store."""

from __future__ import annotations

from assistant.answer.room import model_history, plan
from assistant.memory.api import Recall
from assistant.memory.model import Memory
from assistant.messages import Message


def memory(text: str, kind: str = "fact", at: str = "2026-03-02T08:00:00.000000Z", subject: str = "") -> Memory:
    return Memory(id=text[:8], text=text, kind=kind, created=at, subject=subject)


def test_a_question_about_the_user_with_nothing_remembered_is_answered_without_the_model() -> None:
    decided = plan("What is my dentist's name?", Recall(), model_writes_chinese=False)
    assert decided.about_user and decided.answer is not None and "don't know" in decided.answer


def test_a_statement_about_the_user_is_acknowledged_not_riffed_on() -> None:
    decided = plan("I live in Hangzhou.", Recall(), model_writes_chinese=True)
    assert decided.answer is not None and "Hangzhou" in decided.answer


def test_chinese_for_an_english_only_model_is_answered_from_memory() -> None:
    cat = memory("我的猫叫米饭")
    decided = plan("我的猫叫什么名字？", Recall(memories=[cat]), model_writes_chinese=False)
    assert decided.answer is not None and "米饭" in decided.answer and decided.cited == [cat]


def test_an_ordinary_question_goes_to_the_model_with_the_profile_shown_but_not_chinese_to_an_english_model() -> None:
    home = memory("I live in Shanghai", kind="profile", subject="home_city")
    chinese = memory("我喜欢猫", kind="profile", subject="likes")
    decided = plan("Tell me about penguins.", Recall(profile=[home, chinese]), model_writes_chinese=False)
    assert decided.answer is None and not decided.about_user
    assert decided.shown == [home]
    assert plan("Tell me about penguins.", Recall(profile=[home, chinese]), True).shown == [home, chinese]


def test_the_model_sees_only_the_exchanges_it_answered() -> None:
    def message(role: str, content: str, model: str | None = None) -> Message:
        return Message(id=content, conversation_id="c", role=role, content=content, created="", model=model)

    history = model_history([message("user", "remember that my cat is Mochi"), message("assistant", "OK"),
                             message("user", "Hello"), message("assistant", "Hi there", model="m")])
    assert history == [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Hi there"}]
