"""A remark about someone else's home, car, dog or gym does not answer a question about the user's
(a pure decision: no model, no store). The remarks are the fresh development years' chit-chat shapes."""

from __future__ import annotations

import pytest

from assistant.answer.decide import decide
from assistant.answer.decision import Outcome
from assistant.answer.subject import off_subject
from assistant.answer.terms import possessions
from tests.answer.test_decide import hit, said


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        ("Which town is home for me these days?", "Wang Fang搬到成都去了。"),
        ("Where do I live?", "Heard Fatima moved to Berlin."),
        ("我住在哪里？", "Kenji搬到多伦多去了。"),
        ("What's my dog's name?", "My sister's dog is hilarious."),
        ("Which car am I driving now?", "Hana's new car is a bit flashy."),
        ("我的车是什么？", "同事的新车很帅。"),
        ("What is my sister's name?", "My sister's dog is hilarious."),  # the sister's dog, not her name
    ],
)
def test_someone_elses_slot_does_not_answer_the_users(question: str, remark: str) -> None:
    other = hit(said(remark, "2025-11-23"), 0.8, 0.5)
    assert off_subject(question, other)
    assert decide(question, [other], []).outcome is Outcome.DONT_KNOW


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        ("Where do I live?", "Finally moved to York."),  # an adverb is no one's name
        ("Where do I live?", "We finally moved to Chengdu, the flat is small but nice."),
        ("Who am I dating?", "My girlfriend's name is Anna."),  # the girlfriend is who is asked for
        ("What's my dog's name?", "My dog's name is Luna."),
        ("Who is my partner?", "Moved in with Daniel last week, we're so happy."),
        ("Who is my partner?", "Anna and I are together now."),
        ("What car do I drive?", "Sold the Kia, the Skoda's much comfier."),
    ],
)
def test_the_users_own_slot_is_still_theirs(question: str, remark: str) -> None:
    assert not off_subject(question, hit(said(remark, "2025-11-23"), 0.8, 0.5))


def test_possessions_name_owner_and_thing_in_both_languages() -> None:
    assert possessions("My sister's dog is hilarious.") == [("sister", "dog")]
    assert possessions("邻居家的狗很可爱。") == [("邻居", "狗")]
    assert possessions("It's raining.") == []
    # A name after a relation is that relation: the sister is Anna.
    assert possessions("My sister Anna's birthday is on 12 May.") == [("sister anna", "birthday")]


@pytest.mark.parametrize("question", ["When is my sister's birthday?", "When is Anna's birthday?"])
def test_a_relation_named_by_name_owns_what_is_asked(question: str) -> None:
    birthday = hit(said("My sister Anna's birthday is on 12 May.", "2025-11-23"), 0.9, 0.6)
    assert not off_subject(question, birthday)
    assert decide(question, [birthday], []).evidence == [birthday.memory]


def test_skipping_the_gym_does_not_say_which_gym() -> None:
    skipped = hit(said("Skipped the gym again.", "2025-12-01"), 0.8, 0.6)
    assert decide("Which gym am I a member of?", [skipped], []).outcome is Outcome.DONT_KNOW


def test_the_asked_relation_in_the_other_language_is_theirs() -> None:
    sister = hit(
        said("My sister Anna's birthday is on 12 May.", "2025-11-23"), 0.8, 0.6, translated=frozenset({"生日", "妹妹"})
    )
    assert not off_subject("我妹妹的生日是哪天？", sister)
    brother = hit(
        said("My brother Tom's birthday is on 3 June.", "2025-11-23"), 0.8, 0.6, translated=frozenset({"生日"})
    )
    assert off_subject("我妹妹的生日是哪天？", brother)


def test_someone_elses_thing_in_the_other_language_is_theirs_too() -> None:
    sister = hit(said("My sister's dog is hilarious.", "2025-11-23"), 0.8, 0.5, translated=frozenset({"狗"}))
    assert decide("我家狗叫什么？", [sister], []).outcome is Outcome.DONT_KNOW
    colleague = hit(said("同事的新车很帅。", "2025-11-23"), 0.8, 0.5, translated=frozenset({"car"}))
    assert decide("Which car have I got?", [colleague], []).outcome is Outcome.DONT_KNOW


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        # Tried as a new user: each was "I don't know".
        ("Where does Priya live?", "Priya moved to Toronto last year."),  # the one named is the one asked
        ("When is my mother's birthday?", "My mum's birthday is 3 March."),  # the asked relation in kin words
    ],
)
def test_the_one_asked_about_owns_what_is_asked(question: str, remark: str) -> None:
    answer = hit(said(remark, "2025-11-23"), 0.8, 0.5)
    assert not off_subject(question, answer)
    assert decide(question, [answer], []).evidence == [answer.memory]


def test_a_relation_in_kin_words_is_still_not_another_relation() -> None:
    mum = hit(said("My mum's birthday is 3 March.", "2025-11-23"), 0.8, 0.5)
    assert off_subject("When is my dad's birthday?", mum)
    assert off_subject("Where does Tom live?", hit(said("Priya moved to Toronto last year.", "2025-11-23"), 0.8, 0.5))


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        # Tried as a new user: each was cited as the answer.
        ("Who is my daughter's teacher?", "I'm a primary school teacher."),  # the user's job, not hers
        ("Who is my daughter's teacher?", "My daughter is learning the piano."),  # her, not her teacher
        ("What is my daughter called?", "My daughter is learning the piano."),  # no name given
        ("我女儿叫什么名字？", "我女儿在学钢琴。"),
    ],
)
def test_a_remark_that_names_not_whom_or_what_is_asked_does_not_answer(question: str, remark: str) -> None:
    assert decide(question, [hit(said(remark, "2025-11-23"), 0.8, 0.6)], []).outcome is Outcome.DONT_KNOW


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        ("What is my daughter called?", "Luna is my daughter."),  # the name opens the sentence
        ("Who is my daughter's teacher?", "My daughter's teacher is Mrs. Patel."),
        ("What is my dog called?", "We adopted a greyhound called Biscuit, our first dog."),
    ],
)
def test_a_remark_naming_whom_and_what_is_asked_still_answers(question: str, remark: str) -> None:
    answer = hit(said(remark, "2025-11-23"), 0.8, 0.6)
    assert decide(question, [answer], []).evidence == [answer.memory]
