"""The asked words a remark says in other words (synonyms.py): read from the asked word only."""

from __future__ import annotations

from assistant.answer.synonyms import in_other_words
from assistant.answer.terms import terms


def said(question: str, remark: str) -> set[str]:
    return in_other_words(terms(question), remark)


def test_a_dislike_in_other_words() -> None:
    assert said("What food do I hate?", "I can't stand olives.") == {"hate"}
    assert said("What food do I hate?", "I can’t stand olives.") == {"hate"}  # a typographic apostrophe
    assert said("What music do I dislike?", "Honestly, I detest jazz.") == {"dislik"}
    assert said("What do I dislike?", "I hated the commute.") == {"dislik"}  # any form of the word
    assert said("What do I dislike?", "I don't like horror films.") == {"dislik"}


def test_liking_in_other_words() -> None:
    assert said("What do I enjoy doing?", "I love hiking.") == {"enjoy"}
    assert said("What do I enjoy?", "I really like board games.") == {"enjoy"}
    assert said("What do I love?", "I adore old films.") == {"love"}
    assert said("What do I love?", "I like tea.") == set()  # a liking is not a love


def test_one_direction_only() -> None:
    # A holiday is travel and a trip; a trip is not a holiday ("a business trip to Leeds").
    assert said("Where am I travelling this summer?", "Booked a week in Crete for our summer holiday.") == {"travel"}
    assert said("When is my trip?", "Our holiday in Iceland starts on 3 March.") == {"trip"}
    assert said("When is my holiday?", "I'm on a business trip to Leeds next week.") == set()
    # A meal is eaten; eating is not a food one likes best.
    assert said("What does my cat eat?", "Miso is on a diet, only wet food now.") == {"eat"}
    assert said("What did I eat last night?", "Had a huge curry for dinner last night.") == {"eat"}
    assert said("What is my favourite food?", "I eat porridge most mornings.") == set()


def test_the_table_s_words_as_written() -> None:
    # Inflections are written out: the lemmatiser makes "tripped" a trip.
    assert said("When do I travel?", "I tripped on the stairs yesterday.") == set()
    assert said("When do I travel?", "Two trips to Rome this year.") == {"travel"}


def test_a_word_the_table_lacks_is_not_said() -> None:
    assert said("Where do I live?", "I can't stand olives.") == set()
    assert said("What do I hate?", "I love olives.") == set()


def test_an_age_is_said_by_the_number_someone_turned_or_is() -> None:
    assert said("How old is Elsa?", "My daughter Elsa just turned seven.") == {"old"}
    assert said("How old is Elsa?", "Elsa is 7 years old now.") == {"old"}
    assert said("How old is my nephew?", "My 3-year-old nephew loves trains.") == {"old"}
    assert said("How old is Shelly?", "We have a tortoise named Shelly who is 40.") == {"old"}
    assert said("How old is Elsa?", "Elsa turned the corner too fast.") == set()  # a turn, not an age
    assert said("How old is Elsa?", "She's 5 minutes away.") == set()
