"""Questions about a thing of one of the user's people ("What does my husband do?", "When is my husband's
birthday?"), tried as a new user in session 13: a later remark that only names the person, or the user's
own job, was cited as the newer answer."""

from __future__ import annotations

import pytest

from assistant.answer.decision import Outcome
from assistant.answer.slots import asked_slots, stated_slots
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided, told


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


@pytest.mark.parametrize(
    ("remarks", "question", "answer"),
    [
        # The same person in other words: a manager is a boss (terms.KIN).
        (("My manager at Monzo is Farida.",), "Who is my boss?", "Farida"),
        # "best" before the relation: Jess is the friend, and "Where does Jess live?" is about her.
        (("My best friend Jess lives in Glasgow.",), "Where does Jess live?", "Glasgow"),
        # An age as a bare count after a name or "my son", before "and".
        (("Our son Oliver is nine and he's obsessed with dinosaurs.",), "How old is Oliver?", "nine"),
        (("Our son Oliver is nine and he's obsessed with dinosaurs.",), "How old is my son?", "nine"),
        # Moving from one city to another states the home.
        (("We moved from Manchester to Bath in the summer.",), "Where do I live?", "Bath"),
        # The asked word in other words (synonyms.py).
        (("My grandmother passed away in 2019.",), "When did my grandmother die?", "2019"),
        (("My brother Sam is getting married next June.",), "When is Sam's wedding?", "June"),
        # "Who is Daniel?": the remark calling him the user's husband says who he is.
        (("My husband Daniel works as a nurse at St Mary's hospital.",), "Who is Daniel?", "husband"),
    ],
)
def test_a_new_user_s_remark_answers(store: MemoryStore, remarks: tuple[str, ...], question: str, answer: str) -> None:
    told(store, *remarks)
    d = decided(store, question, settled=True)
    assert d.outcome is Outcome.MEMORY and answer in d.evidence[0].text


def test_moving_from_one_thing_to_another_is_no_home() -> None:
    assert not stated_slots("Where do I live?", "I moved from sales to marketing.")


def test_the_user_s_own_home_does_not_replace_where_someone_named_lives(store: MemoryStore) -> None:
    told(store, "Mei's parents live in Shanghai.", "We live in Reading now.", "My flat in Reading has a blue door.")
    d = decided(store, "Where do Mei's parents live?", settled=True)
    assert d.outcome is Outcome.MEMORY and "Shanghai" in d.evidence[0].text


def test_a_remark_near_the_partner_s_meaning_that_names_no_one_does_not_say_who_she_is(store: MemoryStore) -> None:
    told(store, "My wife Mei teaches maths at a secondary school.", "Our wedding anniversary is on 9 June.")
    d = decided(store, "What's my wife's name?", settled=True)
    assert d.outcome is Outcome.MEMORY and "Mei" in d.evidence[0].text


@pytest.mark.parametrize("question", ["What are my cats called?", "Do I have a cat?"])
def test_someone_named_who_has_the_thing_is_not_the_user(store: MemoryStore, question: str) -> None:
    told(store, "My sister Chloe is a vet in Bristol.", "Chloe has two cats, Mochi and Tofu.")
    d = decided(store, question, settled=True)
    assert d.outcome is not Outcome.MEMORY and not d.evidence


def test_someone_else_s_girlfriend_does_not_change_who_the_user_is_seeing(store: MemoryStore) -> None:
    told(store, "My partner Alex is a chef at a Thai restaurant.", "Marco lives in Milan with his girlfriend Sofia.")
    d = decided(store, "What's my partner's name?", settled=True)
    assert d.outcome is Outcome.MEMORY and [m.text for m in d.evidence] == [
        "My partner Alex is a chef at a Thai restaurant."
    ]


def test_the_brother_called_by_his_name_lives_where_the_remark_says(store: MemoryStore) -> None:
    told(store, "My brother is called Marco.", "Marco lives in Milan with his girlfriend Sofia.")
    d = decided(store, "Where does my brother live?", settled=True)
    assert d.outcome is Outcome.MEMORY and "Milan" in d.evidence[0].text


def test_the_one_asked_about_who_has_the_thing_is_not_someone_else(store: MemoryStore) -> None:
    told(store, "Dad had a knee operation in September.")
    d = decided(store, "What happened to my dad?", settled=True)
    assert d.outcome is Outcome.MEMORY and "knee" in d.evidence[0].text


def test_a_later_remark_naming_the_pet_only_by_its_name_is_not_the_newer_answer(store: MemoryStore) -> None:
    told(store, "My dog Pepper is a border collie.", "Pepper hates the vacuum cleaner.")
    d = decided(store, "What kind of dog is Pepper?", settled=True)
    assert d.outcome is Outcome.MEMORY and "border collie" in d.evidence[0].text
