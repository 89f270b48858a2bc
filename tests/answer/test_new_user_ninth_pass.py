"""Personal answers tried as a new user, ninth pass (session 19, a retired user): a later remark that names
what an answer is about and says it changed, an in-law or the household asked in other words than a
remark uses, grandchildren, a Chinese question asking what one has, a job done before, a move told with
its verb first, a when that only times something else, a yes-or-no answered by how it was."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.answer.answer_kind import when_only_as_time
from assistant.answer.changed import changes
from assistant.answer.newer import _ended_thing
from assistant.answer.restate import restated
from assistant.answer.terms import possessions
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided, told


def _said(text: str, day: int) -> Memory:
    return Memory(id=text, text=text, created=datetime(2026, 3, day, tzinfo=UTC).isoformat())


@pytest.mark.parametrize(
    ("question", "as_remarks_say"),
    [
        ("Where does my husband's mother live?", "Where does my mother-in-law live?"),
        ("What's my partner's dad called?", "What's my father-in-law called?"),
        ("Where does my daughter's hubby work?", "Where does my son-in-law work?"),
        ("How old is my son's wife?", "How old is my daughter-in-law?"),
        ("Where do my partner and I live?", "Where do we live?"),
        ("Which town did me and my husband move to?", "Which town did we move to?"),
    ],
)
def test_an_in_law_or_the_household_is_asked_as_remarks_call_them(question: str, as_remarks_say: str) -> None:
    assert restated(question) == as_remarks_say


@pytest.mark.parametrize(
    "question",
    ["Where does my wife's brother live?", "When did Priya and I first meet?", "What does my sister's husband do?"],
)
def test_a_relation_that_may_be_two_people_or_a_named_companion_is_left_as_asked(question: str) -> None:
    assert restated(question) == question


def test_a_mother_in_law_told_by_her_word_answers_the_husbands_mother(store: MemoryStore) -> None:
    told(store, "My mother-in-law Sheila lives in Torquay.")
    d = decided(store, "Where does my husband's mother live?", settled=True)
    assert d.evidence and "Torquay" in d.evidence[0].text


def test_the_household_after_a_move_is_where_it_moved(store: MemoryStore) -> None:
    told(store, "My partner and I rent a flat in Leicester.", "We've moved to Nottingham.")
    d = decided(store, "Which city do my partner and I live in?", settled=True)
    assert d.evidence and "Nottingham" in d.evidence[0].text


@pytest.mark.parametrize(
    ("question", "before", "after"),
    [
        (
            "What day is the bin collection?",
            "Bin collection is every Monday.",
            "The council switched bin collection to Thursdays.",
        ),
        (
            "When is my pottery class?",
            "Pottery class is on Tuesday nights.",
            "Pottery class has moved to Saturday mornings.",
        ),
        ("How old is Poppy?", "Poppy is 6.", "Oops, Poppy is 7 now, I forgot her birthday."),
        ("What does Dan do?", "My nephew Dan is a chef at the Ivy.", "Dan got a job with the fire service."),
    ],
)
def test_a_later_remark_naming_what_the_answer_is_about_and_a_change_changes_it(
    question: str, before: str, after: str
) -> None:
    assert changes(question, _said(before, 1), _said(after, 9))


@pytest.mark.parametrize(
    ("question", "before", "after"),
    [
        ("Where do I live?", "I live in Leeds.", "My sister moved to Leeds last year."),
        (
            "When is my pottery class?",
            "Pottery class is on Tuesday nights.",
            "Pottery class was brilliant, I made a jug.",
        ),
        (
            "When is my pottery class?",
            "Pottery class has moved to Saturday mornings.",
            "Pottery class is on Tuesday nights.",
        ),
    ],
)
def test_someone_elses_news_an_occasion_or_an_older_remark_changes_nothing(
    question: str, before: str, after: str
) -> None:
    assert not changes(
        question, _said(before, 1 if "Tuesday" in before else 9), _said(after, 9 if "Tuesday" in before else 1)
    )


def test_the_answer_and_a_later_change_are_both_told(store: MemoryStore) -> None:
    told(store, "I help out at the Sue Ryder shop on Tuesday mornings.", "Moved my Sue Ryder shift to Thursdays.")
    d = decided(store, "Which day do I help at the charity shop?", settled=True)
    assert d.uncertain
    assert "Thursdays" in d.evidence[-1].text


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The GP took me off ramipril last week.", "ramipril"),
        ("Consultant switched me off warfarin onto apixaban.", "warfarin"),
        ("I quit alcohol in the new year.", "alcohol"),
    ],
)
def test_the_thing_stopped_is_read_whole(text: str, thing: str) -> None:
    assert thing in _ended_thing(text)


def test_a_medicine_the_doctor_took_the_user_off_ends_it(store: MemoryStore) -> None:
    told(store, "I take ramipril 5mg every morning.", "The GP took me off ramipril, my kidneys didn't like it.")
    d = decided(store, "What do I take for blood pressure in the morning?", settled=True)
    assert not d.evidence or d.uncertain


@pytest.mark.parametrize(
    "text", ["Dad's gone to Spain for a fortnight.", "Jack's started secondary school.", "The club's moved to Fridays."]
)
def test_has_done_after_a_name_is_no_possession(text: str) -> None:
    assert not possessions(text)


def test_grandkids_told_answer_grandchildren_asked(store: MemoryStore) -> None:
    told(store, "We've got five grandkids now, the youngest is two.")
    d = decided(store, "How many grandchildren do I have?", settled=True)
    assert d.evidence and "five grandkids" in d.evidence[0].text


def test_a_chinese_question_for_what_pets_one_has_is_answered_by_an_english_remark(store: MemoryStore) -> None:
    told(store, "We keep two rabbits in the garden.")
    d = decided(store, "我们有什么宠物？", settled=True)
    assert d.evidence and "rabbits" in d.evidence[0].text


def test_a_job_done_before_answers_what_someone_did_and_is_not_the_users(store: MemoryStore) -> None:
    told(store, "Frank's a retired firefighter, lovely chap.")
    d = decided(store, "What did Frank do for a living?", settled=True)
    assert d.evidence and "firefighter" in d.evidence[0].text
    assert not decided(store, "What did I do for work?", settled=True).evidence


def test_a_move_told_with_its_verb_first_says_where_the_user_lives(store: MemoryStore) -> None:
    told(store, "Moved into a little flat on Mill Road in the spring.")
    d = decided(store, "Where do I live?", settled=True)
    assert d.evidence and "Mill Road" in d.evidence[0].text


@pytest.mark.parametrize(
    ("question", "text", "only_as_time"),
    [
        ("When did I move to Bath?", "I sold the old car before we moved to Bath.", True),
        ("When did I get married?", "We lived in Hull until we got married.", True),
        ("When did I move to Bath?", "We moved to Bath in 2019.", False),
        ("Where did I move to?", "I sold the old car before we moved to Bath.", False),
    ],
)
def test_a_doing_that_only_times_another_says_not_when(question: str, text: str, only_as_time: bool) -> None:
    assert when_only_as_time(question, text) is only_as_time


def test_whether_the_user_still_does_a_thing_is_answered_by_how_it_was_and_ended(store: MemoryStore) -> None:
    told(store, "I used to play golf every Sunday but I gave it up after my knee op.")
    d = decided(store, "Do I play golf?", settled=True)
    assert d.evidence and "gave it up" in d.evidence[0].text
