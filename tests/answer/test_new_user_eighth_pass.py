"""Personal answers tried as a new user, eighth pass (session 18): a stop said of a whole class of things
ends the habit of one of them, a thing lent or borrowed comes back or is with someone, in-laws by whose
they are, a mate for a friend, a price paid, weekdays, readings, the digits a number ends in, and "at my
mum's" with its thing unsaid."""

from __future__ import annotations

import pytest

from assistant.answer.class_ending import habit_things, stopped_things
from assistant.answer.decision import Asked
from assistant.answer.lending import returned, with_someone
from assistant.answer.newer import _EN_ENDING
from assistant.answer.routing import asked_about
from assistant.answer.synonyms import in_other_words
from assistant.answer.tense import happened
from assistant.answer.terms import terms as text_terms
from assistant.answer.whose import _elliptical_owners
from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, decided, told


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I've quit sugar for good.", "sugar"),
        ("Gave up booze in January.", "booze"),
        ("I'm off dairy, doctor's orders.", "dairy"),
        ("Haven't touched energy drinks since the summer.", "energy drinks"),
        ("I no longer eat meat.", "meat"),
        ("Cut out all alcohol this month.", "alcohol"),
    ],
)
def test_the_thing_a_user_stops_is_read(text: str, thing: str) -> None:
    assert thing in stopped_things(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm off to Madrid on Sunday.",
        "My husband gave up smoking.",
        "Took Friday off work.",
        "The bus stopped at the lights.",
    ],
)
def test_a_trip_someone_elses_stop_or_a_day_off_stops_nothing_of_the_users(text: str) -> None:
    assert not stopped_things(text)


def test_the_habits_verb_is_not_its_thing() -> None:
    things = habit_things("I drink two pints of lager most evenings.")
    assert "drink" not in things
    assert "lager" in things


def test_a_class_given_up_puts_the_habit_beside_the_stop(store: MemoryStore) -> None:
    told(store, "I eat a bar of chocolate every afternoon.", "I've quit sugar completely, three weeks now.")
    d = decided(store, "Do I eat chocolate?", settled=True)
    assert d.uncertain
    assert [m.text for m in d.evidence][1].startswith("I've quit sugar")


def test_a_stop_of_something_unrelated_leaves_the_habit(store: MemoryStore) -> None:
    told(store, "I play tennis every Thursday evening.", "I've given up dairy.")
    d = decided(store, "What sport do I play?", settled=True)
    assert not d.uncertain
    assert d.evidence[0].text.startswith("I play tennis")


@pytest.mark.parametrize(
    ("lending", "later"),
    [
        ("Lent my drill to Sam next door.", "Sam brought the drill back."),
        ("Borrowed my neighbour's lawnmower.", "Took the lawnmower back to my neighbour."),
        ("Gave Priya my spare charger.", "Priya gave it back this morning."),
        ("Lent Jo £20 for the taxi.", "Jo paid me back."),
        ("My cousin borrowed my tent.", "My cousin returned the tent, a bit muddy."),
    ],
)
def test_a_return_ends_a_lending(lending: str, later: str) -> None:
    assert returned("Who has my thing?", lending, later)
    assert _EN_ENDING.search(later)


@pytest.mark.parametrize(
    ("lending", "later"),
    [
        ("I work at the library.", "Returned my books to the library."),  # no lending said
        ("Lent my drill to Sam next door.", "Came back from Spain on Monday."),  # no return of it
    ],
)
def test_no_lending_or_no_return_is_no_return(lending: str, later: str) -> None:
    assert not returned("Who has my drill?", lending, later)


def test_the_thing_lent_and_given_back_is_not_stated_as_lent(store: MemoryStore) -> None:
    told(store, "Lent my projector to Anil for his party.", "Anil handed the projector back.")
    d = decided(store, "Who has my projector?", settled=True)
    assert d.uncertain
    assert "back" in d.evidence[1].text


@pytest.mark.parametrize(
    "text",
    ["My brother-in-law has my bike.", "Lent the pressure washer to Kev.", "Nina borrowed my blue dress."],
)
def test_who_has_a_thing_says_where_it_is(text: str) -> None:
    assert with_someone(text)


@pytest.mark.parametrize("text", ["I have a bike.", "My bike is red.", "Borrowed a book from the library."])
def test_no_one_holding_a_thing_of_the_users_says_no_where(text: str) -> None:
    assert not with_someone(text)


def test_a_thing_lent_is_found_where_it_is(store: MemoryStore) -> None:
    told(store, "My neighbour borrowed my stepladder last week.")
    assert cited(store, "Where is my stepladder?") == "My neighbour borrowed my stepladder last week."


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("sister-in-law", "My husband's sister Ruth teaches yoga."),
        ("brother-in-law", "My sis's hubby is a plumber."),
        ("mother-in-law", "My partner's mother is visiting."),
        ("father-in-law", "My wife's dad turned 70."),
        ("in-laws", "My husband's parents live in Derby."),
    ],
)
def test_an_in_law_is_said_by_whose_they_are(asked: str, text: str) -> None:
    assert in_other_words(text_terms(asked), text)


def test_a_sisters_husband_is_not_asked_as_the_brother(store: MemoryStore) -> None:
    told(store, "My husband's brother Leo is an electrician.")
    assert cited(store, "What does my brother-in-law do?") == "My husband's brother Leo is an electrician."
    assert cited(store, "What does my brother do?") is None


def test_a_pal_is_a_friend(store: MemoryStore) -> None:
    told(store, "My oldest pal is Marcus, we met at school.")
    assert cited(store, "Who is my oldest friend?") == "My oldest pal is Marcus, we met at school."


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("What did the bike cost?", "I spent £450 on the bike."),
        ("How much did the rug cost?", "The rug was 120 quid."),
        ("What day is the recycling collected?", "Recycling goes out on Tuesdays."),
        ("What was my last meter reading?", "Meter said 4521/118 this morning."),
        ("What are the last digits of my card?", "My card number ends with 0932."),
    ],
)
def test_asked_words_are_said_in_other_words(question: str, text: str) -> None:
    asked = text_terms(question)
    said = in_other_words(asked, text)
    assert said, (question, text)


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("What's the wifi password at my dad's?", "dad"),
        ("Is parking free at my sister's on Sundays?", "sister"),
    ],
)
def test_a_possessive_with_its_thing_unsaid_is_read(question: str, owner: str) -> None:
    assert owner in _elliptical_owners(question)


def test_a_possessive_with_its_thing_said_is_not_unsaid() -> None:
    assert not _elliptical_owners("What is my sister's dog called?")


def test_at_my_mums_is_answered_by_a_thing_of_mums(store: MemoryStore) -> None:
    told(store, "Mum's flat has a key safe, code 2468.")
    assert cited(store, "What's the key safe code at my mum's?") == "Mum's flat has a key safe, code 2468."


@pytest.mark.parametrize("question", ["When does the book group meet?", "Where is the book fair this year?"])
def test_a_book_occasion_is_not_a_question_about_books_read(question: str) -> None:
    assert asked_about(question) is not Asked.DOCUMENT


def test_a_book_is_still_a_book() -> None:
    assert asked_about("Who wrote the book I'm reading?") is Asked.DOCUMENT


def test_a_habit_twice_a_day_is_no_occasion() -> None:
    assert not happened("I water the plants at 8 and again at 7.")
    assert happened("Skipped the gym again.")


def test_whose_thing_the_user_has_is_answered_by_its_owner(store: MemoryStore) -> None:
    told(store, "Still have Omar's drill from last month.")
    assert cited(store, "Whose drill do I have?") == "Still have Omar's drill from last month."
