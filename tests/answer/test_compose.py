"""The product's quoted answer says the day a memory was told as a reader of its language writes it:
through the real pipeline, with real LanceDB in tmp_path and the real embedder."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.answer.compose import best_sentences
from assistant.answer.pipeline import plan
from assistant.grounding import memory_answer
from assistant.memory import import_file
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 30, 20, 0, tzinfo=SHANGHAI)


@pytest.fixture(autouse=True)
def shanghai(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")


def told(day: str) -> Memory:
    return Memory(id="m", text="我的猫叫米饭", kind="turn", created=day)


def test_a_chinese_answer_says_the_day_as_chinese_readers_write_it() -> None:
    q = "我的猫叫什么名字？"
    assert memory_answer(q, told("2026-11-30T02:00:00Z"), NOW) == "根据你今天告诉我的：“我的猫叫米饭” [1]"
    assert memory_answer(q, told("2026-11-29T02:00:00Z"), NOW).startswith("根据你昨天告诉我的：")
    assert memory_answer(q, told("2026-03-05T02:00:00Z"), NOW).startswith("根据你3月5日告诉我的：")
    assert memory_answer(q, told("2025-11-30T02:00:00Z"), NOW).startswith("根据你2025年11月30日告诉我的：")


def test_the_day_is_the_users_local_day_and_english_says_it_the_same_way() -> None:
    q = "What is my cat called?"
    # 17:00 UTC on the 29th is already the 30th in Shanghai: "today", not "yesterday".
    assert memory_answer(q, told("2026-11-29T17:00:00Z"), NOW).startswith("You told me today: ")
    assert memory_answer(q, told("2026-11-29T02:00:00Z"), NOW).startswith("You told me yesterday: ")
    assert memory_answer(q, told("2026-03-05T02:00:00Z"), NOW).startswith("You told me on 5 March: ")
    assert memory_answer(q, told("2025-12-31T02:00:00Z"), NOW).startswith("You told me on 31 December 2025: ")


def test_only_the_users_own_words_are_put_in_quotation_marks() -> None:
    fact = Memory(id="t~job", text="I work as a nurse at St Mary's", kind="profile", created="2026-11-30T02:00:00Z")
    assert memory_answer("Where do I work?", fact, NOW) == (
        "From what you told me today: I work as a nurse at St Mary's [1]"
    )
    assert memory_answer("我在哪里工作？", fact, NOW) == "根据你今天告诉我的：I work as a nurse at St Mary's [1]"


def test_an_unreadable_date_is_shown_as_stored_not_a_traceback() -> None:
    assert memory_answer("我的猫叫什么名字？", told("someday"), NOW).startswith("根据你 someday 告诉我的")


def test_the_pipeline_words_the_day_relative_to_when_it_was_asked(store: MemoryStore, tmp_path: Path) -> None:
    path = tmp_path / "said.jsonl"
    said = [("我的猫叫米饭。", "2026-11-02T10:00:00Z"), ("我住在杭州。", "2025-06-01T10:00:00Z")]
    path.write_text("".join(json.dumps({"text": t, "at": at}) + "\n" for t, at in said), "utf-8")
    import_file(path, store=store)
    reply, cited = plan("我的猫叫什么名字？", store, now=NOW).product_reply()
    # The profile fact drawn from the remark is cited with the remark's day; it is our reading of the
    # remark, not the user's words, so it is not put in quotation marks.
    assert reply == "根据你11月2日告诉我的：我的猫叫米饭 [1]" and "米饭" in cited[0].text
    reply, _ = plan("我住在哪里？", store, now=NOW).product_reply()
    assert reply.startswith("根据你2025年6月1日告诉我的：“我住在杭州。”")


def test_a_heading_before_the_sentences_quoted_is_left_out() -> None:
    notes = "Shed\n\nThe spare key is under the blue flowerpot by the back door."
    assert best_sentences("Where is the spare key?", notes, around=True) == notes.split("\n\n")[1]
    zh = "阳台花草\n\n阳台上的茉莉花每三天浇一次水。"
    assert best_sentences("茉莉花多久浇一次水？", zh, around=True) == "阳台上的茉莉花每三天浇一次水。"
