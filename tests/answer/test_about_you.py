""" "What do you know about me?" lists what the user told, each in their words with its day and cited;
tried as a new user, it said "I don't know" with a dozen remarks remembered. Real LanceDB and the real
embedder."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.answer.about_you import asks_about_me
from assistant.answer.decision import Outcome
from assistant.answer.pipeline import plan
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def test_what_the_user_told_is_listed_with_what_changed_it(store: MemoryStore) -> None:
    for text in (
        "I drive a red Skoda Octavia.",
        "I'm allergic to peanuts.",
        "Sold the Skoda, got an electric Kia instead.",
    ):
        remember(text, store=store)
    remember("Tell me about my wife", store=store, kind="turn")  # asking is not telling
    p = plan("What do you know about me?", store, now=NOW)
    reply, cited = p.product_reply()
    assert p.decision.outcome is Outcome.MEMORY and not p.needs_model
    assert [m.text for m in cited] == [m.text for m in p.decision.evidence]
    assert "Skoda Octavia" in reply and "peanuts" in reply and "wife" not in reply
    # The car's later remark is said beside it, numbered as it is cited.
    car = next(line for line in reply.splitlines() if "Octavia" in line)
    assert "later" in car and "Kia" in car
    assert reply.count("[") == len(cited)


def test_in_chinese_and_with_nothing_told(store: MemoryStore) -> None:
    assert plan("你知道我什么？", store, now=NOW).decision.outcome is Outcome.DONT_KNOW
    remember("我对花生过敏。", store=store)
    reply, cited = plan("你知道我什么？", store, now=NOW).product_reply()
    assert reply.startswith("你告诉过我的") and "花生" in reply and len(cited) == 1


def test_what_asks_about_me() -> None:
    for question in (
        "What do you know about me?",
        "Summarise what you know about me",
        "Who am I?",
        "我都告诉过你什么？",
        "你对我了解多少？",
        "你知道我什么？",
    ):
        assert asks_about_me(question), question
    for question in (
        "What do I know about Rome?",
        "Tell me about Rome",
        "Where am I?",
        "Who am I seeing?",
        "我是谁的朋友？",
        "你知道我什么时候生日吗？",
        "你知道我妈妈住在哪吗？",
    ):
        assert not asks_about_me(question), question
