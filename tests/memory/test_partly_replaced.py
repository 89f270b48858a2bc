"""A remark's supersession is per subject: its profile facts say which of its subjects a newer remark
replaced, and lists of current memories keep the remark for the rest it says."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.memory import api
from assistant.memory.retrieval import replaced_subjects, search
from assistant.memory.store import MemoryStore


def at(day: int) -> datetime:
    return datetime(2026, 4, day, 12, tzinfo=UTC)


def test_only_the_subject_a_newer_remark_states_is_replaced(store: MemoryStore) -> None:
    both = api.remember("I live in Perth and I work as a plumber.", kind="turn", at=at(1), store=store)[0]
    api.remember("I work as an electrician now.", kind="turn", at=at(2), store=store)
    assert replaced_subjects(store, [store.get(both.id)]) == {both.id: {"job"}}
    api.remember("We moved to Stirling.", kind="turn", at=at(3), store=store)
    assert replaced_subjects(store, [store.get(both.id)]) == {both.id: {"job", "home_city"}}


def test_a_partly_replaced_remark_stays_among_current_memories(store: MemoryStore) -> None:
    old = api.remember("I live in Harrogate with my husband Ravi.", kind="turn", at=at(1), store=store)[0]
    api.remember("We've moved to Whitby.", kind="turn", at=at(2), store=store)
    hits = search(store, "What is my husband called?", 5, kinds=["turn", "fact", "profile"], include_superseded=False)
    assert old.id in [h.memory.id for h in hits]
    # The profile fact drawn from it, one subject only, is outdated whole.
    profile = search(store, "Where do I live?", 5, kinds=["profile"], include_superseded=False)
    assert [h.memory.text for h in profile] == ["I live in Whitby"]


def test_a_remark_marked_superseded_without_its_profile_fact_keeps_its_subject_replaced(store: MemoryStore) -> None:
    """What a folder may hold: the remark marked superseded (as every release has written it) and its
    profile fact forgotten on its own."""
    old = api.remember("I live in Harrogate with my husband Ravi.", kind="turn", at=at(1), store=store)[0]
    api.remember("We've moved to Whitby.", kind="turn", at=at(2), store=store)
    api.forget([f"{old.id}~home_city"], store=store)
    remark = store.get(old.id)
    assert remark.superseded_by
    assert replaced_subjects(store, [remark]) == {old.id: {"home_city"}}
