"""What the user is shown of a memory newer ones replaced: a remark that says several things is partly
replaced, with what changed and what says it now, and stays current for the rest; a profile fact, one thing
only, is replaced whole. `memory search` marks "(outdated)" only what states nothing current. Real LanceDB
and the real embedder."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.memory import api
from assistant.memory.replacement import Replaced, replacements
from assistant.memory.store import MemoryStore
from tests.memory.test_cli import cli  # noqa: F401 - the fixture


def at(day: int) -> datetime:
    return datetime(2026, 5, day, 9, tzinfo=UTC)


def test_a_move_replaces_where_a_remark_says_the_user_lives_and_leaves_the_dog(store: MemoryStore) -> None:
    both = api.remember("I live in Norwich and my dog is called Pip.", kind="turn", at=at(1), store=store)[0]
    api.remember("I moved to Ipswich.", kind="turn", at=at(2), store=store)
    shown = replacements(store, [store.get(both.id)])[both.id]
    assert not shown.whole
    assert shown.parts == (Replaced("I live in Norwich", "I live in Ipswich"),)


def test_a_profile_fact_and_a_remark_that_said_only_that_are_replaced_whole(store: MemoryStore) -> None:
    alone = api.remember("I live in Norwich.", kind="fact", at=at(1), store=store)[0]
    api.remember("I live in Ipswich now.", kind="fact", at=at(2), store=store)
    fact = store.get(f"{alone.id}~home_city")
    shown = replacements(store, [store.get(alone.id), fact])
    assert shown[alone.id].whole and shown[fact.id].whole
    assert shown[fact.id].parts == (Replaced("I live in Norwich", "I live in Ipswich"),)


def test_what_nothing_newer_changed_is_not_shown_as_replaced(store: MemoryStore) -> None:
    kept = api.remember("My dog is called Pip.", kind="turn", at=at(1), store=store)[0]
    api.remember("I moved to Ipswich.", kind="turn", at=at(2), store=store)
    assert replacements(store, [store.get(kept.id), store.get(f"{kept.id}~name_of:dog")]) == {}


def test_memory_search_marks_a_partly_replaced_remark_with_what_changed_not_as_outdated(cli) -> None:  # noqa: F811
    cli("memory", "add", "I live in Norwich and my dog is called Pip.")
    cli("memory", "add", "I moved to Ipswich.")
    out = cli("memory", "search", "What is my dog called?", "--limit", "10").output
    remark = next(line for line in out.splitlines() if "and my dog is called Pip" in line)
    assert "(partly replaced: “I live in Norwich” is now “I live in Ipswich”)" in remark
    assert "(outdated)" not in remark
    old_fact = next(line for line in out.splitlines() if line.rstrip().endswith("I live in Norwich  (outdated)"))
    assert "profile" in old_fact
