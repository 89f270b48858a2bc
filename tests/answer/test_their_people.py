"""Questions about a thing of one of the user's people ("What does my husband do?", "When is my husband's
birthday?"), tried as a new user in session 13: a later remark that only names the person, or the user's
own job, was cited as the newer answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.answer.decide import Outcome
from assistant.answer.slots import asked_slots, stated_slots
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

DAY = datetime(2026, 10, 1, tzinfo=UTC)


def told(store: MemoryStore, *remarks: str) -> None:
    for i, text in enumerate(remarks):
        remember(text, store=store, at=DAY + timedelta(days=i))


@pytest.mark.parametrize(
    ("question", "slots"),
    [
        ("Who is my husband?", ["partner"]),
        ("What is my partner's name?", ["partner"]),
        ("What does my husband do?", ["job"]),  # his job, not who he is
        ("Where does my husband work?", ["employer"]),
        ("When is my husband's birthday?", []),
        ("我老公的生日是哪天？", []),
        ("Who is my husband's boss?", ["manager"]),
    ],
)
def test_a_person_slot_is_asked_only_of_who_they_are(question: str, slots: list[str]) -> None:
    assert [s.name for s in asked_slots(question)] == slots


def test_a_later_remark_naming_the_husband_does_not_replace_what_he_does(store: MemoryStore) -> None:
    told(store, "My husband Daniel works as a nurse at St Mary's hospital.", "我老公不吃辣。")
    d = decided(store, "What does my husband do?", settled=True)
    assert d.outcome is Outcome.MEMORY and "nurse" in d.evidence[0].text


def test_the_user_s_own_later_job_is_not_the_husband_s(store: MemoryStore) -> None:
    told(store, "My husband Daniel works as a nurse at St Mary's hospital.", "I'm a software engineer at Brightleaf.")
    d = decided(store, "What does my husband do?", settled=True)
    assert d.outcome is Outcome.MEMORY and "nurse" in d.evidence[0].text


def test_the_husband_s_birthday_is_the_remark_that_gives_it(store: MemoryStore) -> None:
    told(store, "My husband Daniel works as a nurse.", "Daniel's birthday is on 22 August.", "我老公不吃辣。")
    d = decided(store, "When is my husband's birthday?", settled=True)
    assert d.outcome is Outcome.MEMORY and "22 August" in d.evidence[0].text


def test_a_husband_is_not_the_wife_asked_for(store: MemoryStore) -> None:
    told(store, "My husband Daniel works as a nurse.", "我老公不吃辣。")
    d = decided(store, "What is my wife's name?", settled=True)
    assert d.outcome is not Outcome.MEMORY and not d.evidence


def test_reading_a_book_is_no_course() -> None:
    question = "Where did I go to university?"
    assert not stated_slots(question, "I'm reading Middlemarch at the moment.")
    assert stated_slots(question, "I'm reading History at Durham.") == {"school"}
    assert stated_slots(question, "Studying maths at uni.") == {"school"}
