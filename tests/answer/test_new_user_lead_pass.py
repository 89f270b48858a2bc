"""Personal answers tried as a new user by the lead (session 18): one of several named together ended, a
trade's work said with its place, one of the user's people by name in a later remark, "Who is X?", a
school named by its kind."""

from __future__ import annotations

import pytest

from assistant.answer.decision import Candidate
from assistant.answer.evidence import _about_the_books
from assistant.answer.newer import ends
from assistant.answer.slots import stated_slots
from assistant.answer.synonyms import in_other_words
from assistant.answer.terms import names, terms
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, decided, told

DOGS = Memory("a", "We've got two dogs, Biscuit and Pepper.", created="2026-01-01T00:00:00Z")


def _later(text: str) -> Memory:
    return Memory("b", text, created="2026-03-01T00:00:00Z")


def test_one_of_several_named_together_ended_ends_the_answer_as_told() -> None:
    assert ends("What are my dogs called?", DOGS, _later("We lost Pepper in March, she was 14."))
    assert ends("How many dogs do I have?", DOGS, _later("We lost Pepper in March, she was 14."))


def test_the_one_asked_about_is_what_may_have_ended() -> None:
    assert not ends("Who is Biscuit?", DOGS, _later("We lost Pepper in March, she was 14."))


def test_names_not_listed_together_are_different_things() -> None:
    job = Memory("a", "I work at Initech in Swindon.", created="2026-01-01T00:00:00Z")
    assert not ends("Where do I work?", job, _later("Left Swindon for good, what a relief."))


def test_the_ending_of_one_pet_is_told_beside_the_pair(store: MemoryStore) -> None:
    told(store, "We've got two rabbits, Hazel and Fiver.", "Fiver died last week, the kids are sad.")
    d = decided(store, "What are my rabbits called?", settled=True)
    assert d.uncertain and d.evidence[-1].text.startswith("Fiver died")


@pytest.mark.parametrize(
    "text",
    [
        "I teach French at a sixth-form college in Leeds.",
        "I lecture in law at Kingston University.",
        "I'm a pharmacist at Boots on the high street.",
        "I'm an engineer for Rolls-Royce.",
    ],
)
def test_a_trade_with_its_place_says_where_the_user_works(text: str) -> None:
    assert "employer" in stated_slots("Where do I work?", text)


@pytest.mark.parametrize(
    "text",
    [
        "I teach my daughter to ride a bike at the park.",
        "I'm a member at Clifton Climbing Centre.",
        "I'm a regular at The Swan.",
    ],
)
def test_teaching_ones_own_or_being_a_member_is_no_workplace(text: str) -> None:
    assert "employer" not in stated_slots("Where do I work?", text)


def test_a_later_remark_about_one_of_the_users_people_by_name_is_theirs(store: MemoryStore) -> None:
    told(
        store,
        "My partner Kofi is an electrician.",
        "I'm a receptionist at Greenway Dental.",
        "Kofi started a new job at a firm in Salford last week.",
    )
    assert cited(store, "Where do I work?") == "I'm a receptionist at Greenway Dental."


def test_who_is_a_person_is_answered_by_the_remark_that_says_who(store: MemoryStore) -> None:
    told(store, "My brother-in-law Rhys runs a garage.", "Rhys came round for dinner and fixed the gate.")
    assert cited(store, "Who is Rhys?") == "My brother-in-law Rhys runs a garage."


def test_a_school_is_named_by_its_kind() -> None:
    assert in_other_words(terms("Which school does my son go to?"), "Our son goes to Oakwood Academy.")
    assert not in_other_words(terms("Which school does my son go to?"), "My primary concern is his reading.")


def test_a_relation_joined_by_hyphens_is_the_one_named(store: MemoryStore) -> None:
    told(store, "Gwen is my sister-in-law.")
    assert cited(store, "Who is Gwen?") == "Gwen is my sister-in-law."
    told(store, "My father-in-law Clive plays bowls on Thursdays.")
    assert cited(store, "What does Clive do on Thursdays?") == "My father-in-law Clive plays bowls on Thursdays."


def _passages(texts: list[str]) -> list[Candidate]:
    return [Candidate(Memory(f"p{i}", t, kind="document"), 0.5, 0.3) for i, t in enumerate(texts)]


def test_a_question_naming_a_books_person_often_is_about_the_book_whatever_else_it_names() -> None:
    pool = _passages([f"Quillon walked to the mill on day {i}." for i in range(6)] + ["The rain fell."] * 6)
    assert _about_the_books("Why did Quillon leave for Norfolk?", names("Why did Quillon leave for Norfolk?"), pool)
    assert not _about_the_books("How far is Norfolk from London?", names("How far is Norfolk from London?"), pool)
    assert _about_the_books("Who is Quillon?", names("Who is Quillon?"), pool)


def test_a_pet_is_said_by_its_kind_had_or_named() -> None:
    asked = terms("What pets do I have?")
    assert in_other_words(asked, "We keep two tortoises in the garden.")
    assert in_other_words(asked, "A kitten named Pip moved in with us.")
    assert not in_other_words(asked, "My boss hates dogs.")
    assert not in_other_words(asked, "I'd love a parrot one day.")


def test_a_job_done_from_somewhere_is_the_job(store: MemoryStore) -> None:
    told(store, "Bryony works from a studio in Hackney as an illustrator.")
    assert cited(store, "What does Bryony do?") == "Bryony works from a studio in Hackney as an illustrator."


def test_a_medicine_is_said_by_its_dose_or_form() -> None:
    asked = terms("What medication am I on?")
    assert in_other_words(asked, "I'm on 20mg omeprazole.")
    assert in_other_words(asked, "Two puffs of the brown inhaler at night.")
    assert not in_other_words(asked, "A litre of 500ml bottles.")
