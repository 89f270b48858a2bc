"""Later statements the question's own search misses, and later remarks that end an answer in words no
rule reads: real LanceDB in tmp_path, the real embedder."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from assistant.answer.decision import Candidate
from assistant.answer.later import later_remark
from assistant.answer.newer import ends
from assistant.answer.pipeline import plan
from assistant.answer.subject import on_subject
from assistant.memory import api
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore
from tests.helpers import run_cli

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def said(store: MemoryStore, *remarks: tuple[str, str]) -> None:
    for text, day in remarks:
        api.remember(text, kind="turn", at=datetime.fromisoformat(f"{day}T10:00:00+00:00"), store=store)


def chit_chat(store: MemoryStore, n: int = 40) -> None:
    """A season of remarks with the slots' words in them ("Work was great today")."""
    lines = ["Work was great today.", "The office was grey today.", "Traffic was terrible on the way home."]
    for i in range(n):
        said(store, (lines[i % len(lines)], f"2025-{3 + i // 28:02d}-{1 + i % 28:02d}"))


def test_a_later_statement_far_from_the_questions_words_answers(store: MemoryStore) -> None:
    said(store, ("I work as a nurse at St Mary's hospital.", "2025-01-05"))
    chit_chat(store)
    said(store, ("I started at the bakery on Elm Street last month.", "2025-09-10"))
    p = plan("Where do I work?", store, now=NOW)
    assert p.decision.evidence[0].text.startswith("I started at the bakery")
    reply, cited = p.product_reply()
    assert "bakery" in reply and "nurse" not in reply and len(cited) == 1


def test_someone_elses_change_does_not_replace_the_users(store: MemoryStore) -> None:
    said(
        store,
        ("I work at Deloitte.", "2025-01-05"),
        ("My brother just started at Google, he's thrilled.", "2025-06-01"),
    )
    p = plan("Where do I work?", store, now=NOW)
    assert "Deloitte" in p.decision.evidence[0].text and not p.decision.uncertain


def test_an_update_no_rule_reads_is_told_beside_the_old_fact(store: MemoryStore) -> None:
    said(store, ("I drive a Kia Rio.", "2025-01-05"), ("Sold the Kia, the Skoda's much comfier.", "2025-07-20"))
    chit_chat(store, 10)
    p = plan("What car do I drive?", store, now=NOW)
    assert p.decision.uncertain and not p.needs_model
    reply, cited = p.product_reply()
    assert "Kia Rio" in reply and "Sold the Kia" in reply and "20 July 2025" in reply
    assert [m.text for m in cited] == ["I drive a Kia Rio.", "Sold the Kia, the Skoda's much comfier."]
    profile = next(f for f in api.profile(store) if "Kia" in f.text)
    later = later_remark(profile, store).remark
    assert later is not None and later.text.startswith("Sold the Kia")


def test_a_later_remark_that_names_the_value_but_ends_nothing_changes_nothing(store: MemoryStore) -> None:
    said(
        store, ("I drive a BMW 3 series.", "2025-01-05"), ("The BMW needs new tyres, booked for Friday.", "2025-07-20")
    )
    p = plan("What car do I drive?", store, now=NOW)
    assert not p.decision.uncertain and p.decision.evidence[0].text.startswith("I drive a BMW")


def test_an_ending_must_name_the_answers_own_value() -> None:
    old = Memory(id="old", text="I drive a Kia Rio.", kind="turn", created="2025-01-05T10:00:00+00:00")

    def later(text: str) -> Memory:
        return Memory(id="later", text=text, kind="turn", created="2025-07-20T10:00:00+00:00")

    assert ends("What car do I drive?", old, later("Sold the Kia, the Skoda's much comfier."))
    assert not ends("What car do I drive?", old, later("The Kia needs new tyres."))
    assert not ends("What car do I drive?", old, later("Sold my old bike to Tom."))
    home = Memory(
        id="home", text="Got the keys to our new place in Cardiff yesterday.", kind="turn", created=old.created
    )
    assert not ends("Where do I live?", home, later("I've gone off pizza; tacos are my new obsession."))
    # The value's name is enough, though the answer also says what the user does there.
    work = Memory(id="w", text="I work at Globex as a data analyst.", kind="turn", created=old.created)
    assert ends("Where do I work?", work, later("Handed in my notice at Globex, starting at Initech on Monday."))
    assert not ends("Where do I work?", work, later("Handed in my notice at the allotment society."))


def test_a_clause_of_the_users_own_states_their_slot() -> None:
    kitten = Memory(id="k", text="Mittens went to my sister's; we've got a kitten now, Pepper.", kind="turn")
    friend = Memory(id="f", text="My friend Ingrid lives in Hangzhou.", kind="turn")
    assert on_subject("What is my cat called?", Candidate(kitten, 0.5, 0.4))
    assert not on_subject("Where do I live?", Candidate(friend, 0.5, 0.6))


def test_the_issues_nurse_and_bakery_through_the_command_line(home: Path) -> None:
    assert run_cli("memory", "add", "I work as a nurse at St Mary's hospital.", home=home).returncode == 0
    told = run_cli("chat", "--once", "I started at the bakery on Elm Street last month.", "--json", home=home)
    assert told.returncode == 0, told.stderr
    asked = run_cli("chat", "--once", "Where do I work?", "--json", "--seed", "1", "--temperature", "0", home=home)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["grounded"] and "bakery" in answer["reply"] and "nurse" not in answer["reply"]
    assert answer["citations"][0]["text"] == "I started at the bakery on Elm Street last month."
    profile = [json.loads(line) for line in run_cli("profile", "--json", home=home).stdout.splitlines()]
    nurse = [f for f in profile if "nurse" in f["text"]]
    assert nurse and all(f["later"] and "bakery" in f["later"]["text"] for f in nurse)


def test_what_someone_gave_is_found_behind_a_season_of_remarks_that_name_them(store: MemoryStore) -> None:
    said(store, ("Kenji送了我国际象棋，是在跳蚤市场买的。", "2025-02-01"))
    lines = [
        "Cooked noodles for Kenji tonight.",
        "Heard Kenji moved to Leeds.",
        "Kenji sent me a funny video.",
        "Kenji's new car is a bit flashy.",
        "Met Kenji at the gym.",
    ]
    remarks = [(lines[i % len(lines)], f"2025-{3 + i // 28:02d}-{1 + i % 28:02d}") for i in range(100)]
    said(store, *remarks)
    p = plan("What did Kenji give me?", store, now=NOW)
    assert p.decision.evidence[0].text.startswith("Kenji送了我国际象棋")
    reply, cited = p.product_reply()
    assert "国际象棋" in reply and len(cited) == 1


def test_a_later_remark_no_rule_reads_is_answered_with_both_days(store: MemoryStore) -> None:
    said(store, ("My dog is called Luna.", "2025-01-21"), ("Wangcai the dog keeps chewing my shoes.", "2025-08-05"))
    chit_chat(store)
    p = plan("What's my dog's name?", store, now=NOW)
    assert p.decision.uncertain
    reply, cited = p.product_reply()
    assert "Luna" in reply and "Wangcai" in reply and len(cited) == 2
