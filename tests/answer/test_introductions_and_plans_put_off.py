"""Personal answers tried as a new user by the lead (session 19): a name given with more about oneself, a
job done some way ("works weekends as a lifeguard"), and a plan put off after its time was told."""

from __future__ import annotations

import pytest

from assistant.answer.lexicon import may_be_a_name
from assistant.answer.newer import puts_off
from assistant.answer.own_name import states_own_name
from assistant.answer.slots import stated_slots
from assistant.memory.extraction import extract_facts
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided, told


@pytest.mark.parametrize(
    "text",
    [
        "I'm Anika, I run a small bakery in Hove.",
        "I'm Yusuf and my wife is expecting.",
        "I'm Zoe. I started my PhD this autumn.",
        "I am Ravi, I've lived here for ten years.",
    ],
)
def test_a_name_then_more_about_oneself_gives_the_users_name(text: str) -> None:
    assert states_own_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm Welsh, I grew up near Bangor.",
        "I'm Retired, I have time now.",
        "I'm Single and I like it that way.",
        "I'm Fine, my knee is better.",
    ],
)
def test_a_word_the_dictionary_knows_after_im_is_no_name(text: str) -> None:
    assert not states_own_name(text)


def test_names_that_are_also_words_are_not_read_as_names() -> None:
    # Refuse rather than guess: "I'm Hope, I…" may say a name or a feeling; "I don't know" is the safe answer.
    assert may_be_a_name("Anika") and may_be_a_name("Yusuf")
    assert not may_be_a_name("Hope") and not may_be_a_name("Scottish")


def test_the_users_name_is_answered_from_an_introduction_with_more_in_it(store: MemoryStore) -> None:
    told(store, "I'm Anika, I run a small bakery in Hove.")
    d = decided(store, "What's my name?")
    assert d.evidence and "Anika" in d.evidence[0].text


@pytest.mark.parametrize(
    "text",
    ["I work weekends as a lifeguard.", "Mo works evenings as a cab driver.", "I'm working summers as a tour guide."],
)
def test_a_job_done_some_way_is_the_job(text: str) -> None:
    assert "job" in stated_slots("What do I do for a living?", text)


def test_working_out_is_no_job() -> None:
    assert "job" not in stated_slots("What's my job?", "I work out as a way to unwind.")


def test_working_as_hard_as_something_is_no_job() -> None:
    assert not extract_facts("I work as hard as a horse in the garden.")


FLIGHT = Memory("a", "Our flight to Lisbon is on 3 April.", created="2026-01-01T00:00:00Z")


def _later(text: str) -> Memory:
    return Memory("b", text, created="2026-02-01T00:00:00Z")


@pytest.mark.parametrize(
    "later", ["The Lisbon flight got pushed back a week.", "We've postponed Lisbon.", "里斯本的航班改期了。"]
)
def test_a_plan_put_off_changes_when_it_is(later: str) -> None:
    question = "When is our flight to Lisbon?" if later.isascii() else "我们去里斯本的航班是什么时候？"
    assert puts_off(question, FLIGHT, _later(later))


def test_putting_off_something_else_about_the_plan_does_not() -> None:
    assert not puts_off("When is our flight to Lisbon?", FLIGHT, _later("I keep putting off packing for Lisbon."))
    assert not puts_off("When is our flight to Lisbon?", FLIGHT, _later("I put off telling Gran about Lisbon."))


def test_only_a_question_of_when_is_changed_by_a_plan_put_off() -> None:
    assert not puts_off("Where are we flying to?", FLIGHT, _later("The flight got pushed back a week."))


def test_a_plan_put_off_is_told_beside_its_old_time(store: MemoryStore) -> None:
    told(store, "My nephew Tariq starts his apprenticeship in October.", "Tariq's apprenticeship was postponed again.")
    d = decided(store, "When does Tariq start his apprenticeship?", settled=True)
    assert d.uncertain and [m.text for m in d.evidence][-1].startswith("Tariq's apprenticeship was postponed")


def test_a_possessive_running_on_into_the_asked_thing_is_that_thing(store: MemoryStore) -> None:
    told(store, "Nadia's driving licence expires next March.")
    d = decided(store, "When does Nadia's licence expire?")
    assert d.evidence and d.evidence[0].text.startswith("Nadia's driving licence")


def test_one_of_someones_other_things_still_does_not_say_who_they_are(store: MemoryStore) -> None:
    told(store, "My aunt's parrot is called Kiwi.")
    assert not decided(store, "What's my aunt called?").evidence


@pytest.mark.parametrize("text", ["我是理发师。", "我是飞行员，在东航。"])
def test_a_chinese_trade_named_by_its_ending_is_the_job(text: str) -> None:
    assert "job" in stated_slots("我是做什么工作的？", text)


def test_a_membership_is_no_trade() -> None:
    assert "job" not in stated_slots("我是做什么工作的？", "我是图书馆会员。")
