"""Personal answers tried as a new user, eighth pass (session 18): a stop said of a whole class of things
ends the habit of one of them, and a thing lent or borrowed comes back."""

from __future__ import annotations

import pytest

from assistant.answer.class_ending import habit_things, stopped_things
from assistant.answer.lending import returned
from assistant.answer.newer import _EN_ENDING
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided, told


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
