"""Everyday questions a new user asks about one remark, each once answered "I don't know" (tried in a
fresh data folder, session 9). Real LanceDB and the real embedder, one store each."""

from __future__ import annotations

import pytest

from assistant.answer.decide import Outcome, asks_about_now, happened
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

CASES = [
    # "for a living" is the job, not "live"; "at Globex as an analyst" states it.
    ("I work at Globex as an analyst.", "What do I do for a living?", "analyst"),
    # An age was no slot: "34" shares no word with "How old am I?".
    ("I'm 34.", "How old am I?", "34"),
    ("Turned 40 last week!", "How old am I?", "40"),
    ("我今年三十岁。", "我几岁？", "三十岁"),
    # 过 of 过敏 is no past tense: the question asked about the present.
    ("I'm allergic to penicillin.", "我对什么过敏？", "penicillin"),
    # A question for the names of the user's people, and a remark giving them (cosine 0.24).
    ("We have two kids, Ingrid and Leo.", "What are my kids called?", "Ingrid"),
    ("我在腾讯做前端开发。", "我在哪家公司上班？", "腾讯"),
]


@pytest.mark.parametrize(("remark", "question", "answer"), CASES)
def test_one_remark_answers(store: MemoryStore, remark: str, question: str, answer: str) -> None:
    remember(remark, store=store)
    d = decided(store, question)
    assert d.outcome is Outcome.MEMORY and answer in d.evidence[0].text


def test_an_age_is_not_any_number_after_i_m(store: MemoryStore) -> None:
    remember("I'm 5 minutes away from the station.", store=store)
    d = decided(store, "How old am I?")
    assert d.outcome is Outcome.DONT_KNOW


def test_chinese_past_is_a_word_of_its_own() -> None:
    assert not asks_about_now("我去过哪些国家？") and happened("中午吃了面条。")
    assert asks_about_now("我对什么过敏？") and not happened("我对花生过敏。") and not happened("为了健康")
