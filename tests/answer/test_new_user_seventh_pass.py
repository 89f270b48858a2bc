"""Personal answers tried as a new user, seventh pass (session 17): a story's people, a condition not met, a
clause that goes on with someone else, the user's people in the plural, a marriage or a pet ended, a
correction inside the sentence, an age or a year of birth, a year asked, an anniversary by the wedding."""

from __future__ import annotations

import pytest

from assistant.answer.corrections import corrects
from assistant.answer.has_none import says_none
from assistant.answer.newer import _EN_ENDING
from assistant.answer.own_name import asks_own_name, states_own_name
from assistant.answer.slots import stated_slots
from assistant.answer.synonyms import in_other_words
from assistant.answer.tense import hedged
from assistant.answer.terms import others_own, owned
from assistant.answer.terms import terms as text_terms
from assistant.fiction import tells_fiction
from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, decided, told


@pytest.mark.parametrize(
    "text",
    [
        "In the story, the narrator works as a lighthouse keeper.",
        "In my novel draft the hero lives in Oslo.",
        "Plot of the film: a nurse moves to Rome.",
        "The book's heroine has a cat called Tibbles.",
        "I dreamt I lived in a castle.",
        "小说里主人公住在上海。",
    ],
)
def test_a_remark_telling_a_story_is_told_as_fiction(text: str) -> None:
    assert tells_fiction(text)


@pytest.mark.parametrize(
    "text",
    [
        "I work as a nurse.",
        "In the morning I go running.",
        "I'm reading a story to my son.",
        "我住在上海。",
        # The user's own plot, summary and quote.
        "Plot 14 at the allotments is mine now.",
        "Summary of my blood test: cholesterol 5.2",
        "Quote from the builder: £4,500 for the extension",
    ],
)
def test_the_users_own_life_is_not_fiction(text: str) -> None:
    assert not tells_fiction(text)


def test_a_storys_job_is_not_the_users(store: MemoryStore) -> None:
    told(store, "In the book, the narrator works as a ship's cook.")
    assert cited(store, "What do I do for a living?") is None


@pytest.mark.parametrize(
    "text", ["If I ever get a cat I'll call it Mochi.", "If we had a garden we'd grow tomatoes.", "If I won I'd move."]
)
def test_a_condition_not_met_is_a_hedge(text: str) -> None:
    assert hedged(text)


def test_what_would_be_if_is_not_how_things_are(store: MemoryStore) -> None:
    told(store, "If I ever get a cat I'll call it Mochi.")
    assert cited(store, "What's my cat called?") is None


def test_a_clause_going_on_with_someone_else_is_not_the_users(store: MemoryStore) -> None:
    told(store, "My brother Ravi is 40, lives in Cardiff and works as a chef.")
    assert cited(store, "Where do I live?") is None
    assert cited(store, "Where does my brother live?") == "My brother Ravi is 40, lives in Cardiff and works as a chef."


@pytest.mark.parametrize(
    "text",
    ["My parents' anniversary is 20 July.", "My grandparents' house is in Leeds.", "Our neighbours' car is red."],
)
def test_a_thing_of_the_users_people_in_the_plural_is_theirs(text: str) -> None:
    assert others_own(text)


def test_my_kids_things_are_not_read_as_someone_elses() -> None:
    assert not others_own("My kids' faces at the beach were priceless.")


def test_a_plural_relatives_anniversary_is_not_the_users(store: MemoryStore) -> None:
    told(store, "My grandparents' anniversary is on 2 May.")
    assert cited(store, "When is my anniversary?") is None


@pytest.mark.parametrize(
    "text", ["Jo and I got divorced in May.", "We're separated now.", "We had to rehome Biscuit.", "Gave Rex away."]
)
def test_a_divorce_or_a_pet_given_away_ends(text: str) -> None:
    assert _EN_ENDING.search(text)


def test_a_husband_divorced_later_is_told_with_both(store: MemoryStore) -> None:
    told(store, "I'm married to Sam.", "Sam and I got divorced in the spring.")
    d = decided(store, "Who is my husband?", settled=True)
    assert d.uncertain and d.evidence[-1].text == "Sam and I got divorced in the spring."


@pytest.mark.parametrize(
    "text", ["My daughter is 6 actually, not 5.", "The dog is called Rolo, not Rollo.", "It's Tuesday actually."]
)
def test_a_correction_inside_the_sentence_corrects(text: str) -> None:
    assert corrects(text)


@pytest.mark.parametrize("text", ["I actually love it.", "Not bad, not great.", "She is actually my cousin."])
def test_a_stressing_actually_corrects_nothing(text: str) -> None:
    assert not corrects(text)


def test_an_age_corrected_inside_the_sentence_is_the_answer(store: MemoryStore) -> None:
    told(store, "My daughter is 5.", "My daughter is 6 actually, her birthday was on Monday.")
    assert cited(store, "How old is my daughter?") == "My daughter is 6 actually, her birthday was on Monday."


@pytest.mark.parametrize(
    "text", ["My daughter is 6.", "Our dog Rex is 9 now.", "I was born in 1990.", "我是1990年出生的。"]
)
def test_an_age_is_stated(text: str) -> None:
    assert stated_slots("How old is she?", text) == {"age"}


def test_a_shoe_size_is_no_age() -> None:
    assert not stated_slots("How old am I?", "My shoe size is 9.")


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("How old am I?", "I was born in 1979."),
        ("How old am I?", "I'm Priya, 37, a teacher from Hull."),
        ("How old is Ada?", "The twins are Ada, 3, and Max, 3."),
        ("What year did I graduate?", "I graduated from Leeds in 2011."),
        ("When is our anniversary?", "We got married in Rome on 3 May."),
    ],
)
def test_the_asked_word_is_said_in_other_words(asked: str, text: str) -> None:
    assert in_other_words(text_terms(asked), text)


def test_an_anniversary_is_answered_by_the_wedding(store: MemoryStore) -> None:
    told(store, "We got married in Rome on 3 May 2012.")
    assert cited(store, "When is our anniversary?") == "We got married in Rome on 3 May 2012."
    assert cited(store, "What year did we get married?") == "We got married in Rome on 3 May 2012."


def test_a_year_of_birth_answers_the_age(store: MemoryStore) -> None:
    told(store, "I was born in 1979.")
    assert cited(store, "How old am I?") == "I was born in 1979."


@pytest.mark.parametrize(
    "text", ["Mum's birthday is 2 April.", "Dad is retired now.", "Gran lives in Hove.", "I called Nan today."]
)
def test_a_parent_called_by_the_word_for_them_is_the_users(text: str) -> None:
    assert owned(text)


@pytest.mark.parametrize("text", ["The Nan family moved in.", "Her Dad is a pilot.", "I'm reading a book."])
def test_someone_elses_parent_or_no_kin_word_is_not_the_users(text: str) -> None:
    assert not owned(text)


def test_a_parents_birthday_said_without_my_answers(store: MemoryStore) -> None:
    told(store, "Dad's birthday is on 30 June.")
    assert cited(store, "When is my father's birthday?") == "Dad's birthday is on 30 June."


@pytest.mark.parametrize(
    "question", ["What's my name?", "What is my first name?", "What am I called?", "我叫什么名字？"]
)
def test_the_users_own_name_is_asked(question: str) -> None:
    assert asks_own_name(question)


@pytest.mark.parametrize("question", ["What's my wife's name?", "What's my dog called?", "我女儿叫什么名字？"])
def test_someone_elses_name_is_not_the_users(question: str) -> None:
    assert not asks_own_name(question)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm Priya.",
        "I'm Priya, 37, a teacher from Hull.",
        "My name's Priya.",
        "Call me Pri.",
        "我叫王芳，在杭州工作。",
    ],
)
def test_the_users_name_is_told_as_one_introduces_oneself(text: str) -> None:
    assert states_own_name(text)


@pytest.mark.parametrize("text", ["I'm British.", "I'm tired, honestly.", "My wife's name is Priya.", "I'm a nurse."])
def test_no_name_is_told(text: str) -> None:
    assert not states_own_name(text)


def test_several_facts_in_one_introduction_answer_each(store: MemoryStore) -> None:
    told(store, "I'm Priya, 37, a teacher, and we live in Hull.")
    want = "I'm Priya, 37, a teacher, and we live in Hull."
    assert cited(store, "What's my name?") == want
    assert cited(store, "How old am I?") == want
    assert cited(store, "What do I do for a living?") == want


def test_a_name_in_a_quote_from_a_book_is_not_the_users(store: MemoryStore) -> None:
    told(store, "Quote I liked from the novel: 'My name is Heathcliff.'")
    assert cited(store, "What's my name?") is None


@pytest.mark.parametrize(
    "text", ["The gig is at 8.", "Dinner at 7pm on Friday.", "Check-in from 15:00.", "Kick-off is at noon."]
)
def test_a_time_of_day_says_the_time(text: str) -> None:
    assert in_other_words({"time"}, text)


@pytest.mark.parametrize("text", ["I retired at 60 years old.", "Saving at 4% interest.", "I have 3 kids."])
def test_a_count_is_no_time_of_day(text: str) -> None:
    assert not in_other_words({"time"}, text)


def test_a_corrected_time_is_the_answer(store: MemoryStore) -> None:
    told(store, "The barbecue is at 6.", "Correction, the barbecue starts at 5 not 6.")
    assert cited(store, "What time is the barbecue?") == "Correction, the barbecue starts at 5 not 6."


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("What car do I drive?", "I don't have a car."),
        ("What pet do I have?", "We have no pets."),
        ("Who is my husband?", "I'm single."),
        ("我开什么车？", "我没有车。"),
    ],
)
def test_a_remark_that_the_user_has_none_answers(question: str, text: str) -> None:
    assert says_none(question, text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("What car does my sister drive?", "I don't have a car."),
        ("Who is my dentist?", "I don't have a car."),
        ("What's my dog called?", "I don't have a cat."),
    ],
)
def test_none_of_another_thing_or_for_someone_else_does_not_answer(question: str, text: str) -> None:
    assert not says_none(question, text)


def test_having_none_is_cited_and_a_later_one_wins(store: MemoryStore) -> None:
    told(store, "We don't have a dog.")
    assert cited(store, "What's my dog called?") == "We don't have a dog."
    told(store, "We adopted a dog called Rolo!")
    assert cited(store, "What's my dog called?") == "We adopted a dog called Rolo!"


def test_the_word_for_a_relative_as_a_name_answers_for_them(store: MemoryStore) -> None:
    told(store, "Grandad lives in Whitby.")
    assert cited(store, "Where does my grandfather live?") == "Grandad lives in Whitby."
    assert cited(store, "Where do I live?") is None


def test_the_in_laws_things_are_theirs() -> None:
    assert others_own("My in-laws' flat is in Kent.")


def test_a_pet_put_down_by_name_ends_it(store: MemoryStore) -> None:
    told(store, "We have a rabbit called Clover.", "We had to put Clover down last week.")
    d = decided(store, "What's my rabbit called?", settled=True)
    assert d.uncertain and d.evidence[-1].text == "We had to put Clover down last week."


def test_only_an_ending_said_answers_where(store: MemoryStore) -> None:
    told(store, "I no longer work at Boots.")
    assert cited(store, "Where do I work?") == "I no longer work at Boots."
    assert cited(store, "What medication do I take?") is None


def test_an_ending_of_another_value_does_not_replace_the_present_one(store: MemoryStore) -> None:
    told(store, "I work at Lidl now.", "I no longer work at Boots.")
    assert cited(store, "Where do I work?") == "I work at Lidl"


def test_a_story_told_later_replaces_nothing_of_the_user_s(store: MemoryStore) -> None:
    told(store, "I work as a plumber.", "In the story, the narrator works as a lighthouse keeper.")
    assert cited(store, "What do I do for a living?") in ("I work as a plumber.", "I work as a plumber")
