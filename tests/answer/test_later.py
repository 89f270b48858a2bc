"""The profile shows what was said later about a fact's subject in words no rule reads."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.answer.later import asked_by, later_remark
from assistant.memory import api


def test_a_newer_remark_the_rules_cannot_read_is_shown_beside_the_old_fact(store) -> None:
    api.remember("I live in Hangzhou.", kind="turn", at=datetime(2025, 1, 5, tzinfo=UTC), store=store)
    api.remember("The weather is lovely today.", kind="turn", at=datetime(2025, 3, 1, tzinfo=UTC), store=store)
    api.remember(
        "Home is Toronto now, I'm living near the lake.", kind="turn", at=datetime(2025, 8, 5, tzinfo=UTC), store=store
    )
    api.remember("My friend Tom lives in Berlin.", kind="turn", at=datetime(2025, 9, 1, tzinfo=UTC), store=store)
    fact = api.profile(store)[0]
    assert asked_by(fact) == ("I live in", "Hangzhou")
    later = later_remark(fact, store).remark
    assert later is not None and later.text.startswith("Home is Toronto")


def test_a_fact_nothing_later_contradicts_stands_alone(store) -> None:
    api.remember("My dog is called Rex.", kind="turn", at=datetime(2025, 1, 5, tzinfo=UTC), store=store)
    api.remember("Rex chased the cat again today.", kind="turn", at=datetime(2025, 2, 5, tzinfo=UTC), store=store)
    assert later_remark(api.profile(store)[0], store).remark is None
