"""Personal answers tried as a new user, fourth pass (session 14): who someone else is, likings turned
round or of another kind, corrections of the remark before, remarks about the user's people by name, a
doctor not named, what the user stopped doing."""

from __future__ import annotations

import pytest

from assistant.answer.corrections import corrects
from assistant.answer.kinds import kind_asked
from assistant.answer.liking import liking, turned_round
from assistant.answer.someone_else import asked_besides, names_no_one_else
from assistant.answer.synonyms import in_other_words
from assistant.answer.terms import terms
from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, decided, told


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("Who is my brother marrying?", {"brother"}),
        ("Who am I seeing?", set()),
        ("Who does my mum work for?", {"mum"}),
        ("Who did Sam marry?", {"sam"}),
        ("Who is my brother?", None),
        ("Who is my best friend?", None),
        ("Who has my drill?", None),
    ],
)
def test_a_who_question_with_a_verb_after_its_subject_asks_for_someone_else(
    question: str, about: set[str] | None
) -> None:
    assert asked_besides(question) == (None if about is None else terms(" ".join(about)))


def test_a_remark_naming_only_the_brother_and_a_place_says_not_whom_he_marries() -> None:
    assert names_no_one_else("Who is my brother marrying?", "My brother Sam is getting married next June.")
    assert names_no_one_else("Who is my cousin marrying?", "My cousin is getting married in Rome in June.")
    assert not names_no_one_else("Who is my brother marrying?", "Sam is marrying his girlfriend Lucy.")
    assert not names_no_one_else("Who does my mum work for?", "My mum works for the NHS.")


def test_who_the_brother_marries_is_not_known_from_his_wedding_day(store: MemoryStore) -> None:
    told(store, "My brother Sam is getting married next June.")
    assert cited(store, "Who is my brother marrying?") is None
    assert cited(store, "When is my brother getting married?") == "My brother Sam is getting married next June."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I hate broccoli too, actually I love it now.", 1),
        ("Actually I love broccoli now.", 1),
        ("I love dogs but hate cats.", -1),
        ("I hate broccoli.", -1),
        ("Mei likes hiking.", 1),
        ("I'm really into jazz these days.", 1),
        ("My wife Mei teaches maths.", 0),
    ],
)
def test_the_liking_that_counts_is_the_one_a_correcting_clause_says(text: str, said: int) -> None:
    assert liking(text) == said


def test_a_dislike_said_the_other_way_later_is_turned_round() -> None:
    assert turned_round("I hate broccoli.", ["Actually I love broccoli now."])
    assert not turned_round("I hate broccoli and olives.", ["Actually I love broccoli now."])
    assert not turned_round("I hate broccoli.", ["I hate olives too."])


def test_a_food_the_user_has_come_to_love_is_not_what_they_hate(store: MemoryStore) -> None:
    told(store, "I hate broccoli.", "Actually I love broccoli now.")
    assert cited(store, "What food do I hate?") is None
    assert cited(store, "What food do I love?") == "Actually I love broccoli now."


def test_a_dislike_turned_round_in_the_same_remark_is_no_dislike(store: MemoryStore) -> None:
    told(store, "I hate broccoli too, actually I love it now.")
    assert cited(store, "What food do I hate?") is None


def test_what_the_wife_likes_doing_is_her_liking_not_her_job(store: MemoryStore) -> None:
    told(store, "My wife Mei teaches maths.", "Mei loves hiking.")
    assert cited(store, "What does my wife like doing?") == "Mei loves hiking."


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What food do I dislike?", "food"),
        ("What kind of music do I hate?", "music"),
        ("Which sport does Felix play?", "sport"),
        ("What dish do I love?", "food"),
        ("What time do I get up?", None),
        ("What colour is my front door?", None),
    ],
)
def test_the_kind_a_question_asks_for_is_read_from_its_noun(question: str, kind: str | None) -> None:
    assert kind_asked(question) == kind


def test_cold_weather_is_no_food_the_user_dislikes(store: MemoryStore) -> None:
    told(store, "I can't stand cold weather.")
    assert cited(store, "What food do I dislike?") is None


def test_a_food_is_still_a_food_the_user_dislikes(store: MemoryStore) -> None:
    told(store, "I can't stand cold weather.", "I hate olives.")
    assert cited(store, "What food do I dislike?") == "I hate olives."


def test_a_start_is_said_by_how_long_it_has_gone_on(store: MemoryStore) -> None:
    assert in_other_words(terms("start"), "I've played the cello since spring.") == terms("start")
    assert not in_other_words(terms("start"), "I haven't been well since you asked.")
    told(store, "I've been learning the cello since spring.")
    assert cited(store, "When did I start the cello?") == "I've been learning the cello since spring."


def test_a_club_the_user_belongs_to_does_not_put_their_job_in_doubt(store: MemoryStore) -> None:
    told(store, "I used to work at Tesco.", "Now I work at the council.", "I'm in a book club that meets on Tuesdays.")
    d = decided(store, "Where do I work?", settled=True)
    assert not d.uncertain and "council" in d.evidence[0].text


def test_a_favourite_colour_is_no_colour_of_the_front_door(store: MemoryStore) -> None:
    told(store, "我最喜欢的颜色是绿色。")
    assert cited(store, "What colour is my front door?") is None
    assert "绿色" in (cited(store, "What's my favourite colour?") or "")


def test_a_favourite_said_in_passing_leaves_the_rest_of_a_remark_answering(store: MemoryStore) -> None:
    said = "Went to a salsa class with my cousins last Friday. That studio is my go-to spot now."
    told(store, said)
    assert cited(store, "When did I go to a salsa class with my cousins?") == said


@pytest.mark.parametrize(
    "text",
    ["No wait, my favourite is ramen, not pho.", "Actually it's pilates, not yoga.", "Oops, I meant 21 May."],
)
def test_a_remark_opening_with_a_correction_corrects(text: str) -> None:
    assert corrects(text)


def test_actually_alone_is_no_correction() -> None:
    assert not corrects("Actually I love broccoli now.")


def test_a_correction_answers_with_the_words_of_the_remark_it_corrects(store: MemoryStore) -> None:
    told(store, "Trip to New York booked for 20 to 27 May!", "Oops, I meant 21 to 28 May for New York.")
    assert cited(store, "When is my trip to New York?") == "Oops, I meant 21 to 28 May for New York."


def test_the_remark_corrected_is_no_answer(store: MemoryStore) -> None:
    told(store, "I've started doing yoga on Sunday mornings.", "Actually it's pilates, not yoga.")
    assert cited(store, "What exercise do I do on Sundays?") == "Actually it's pilates, not yoga."


def test_a_remark_about_the_flatmate_by_name_is_not_what_the_user_hates(store: MemoryStore) -> None:
    told(store, "Nina is my flatmate.", "I play tennis with Nina on Saturdays.", "Nina hates coriander.")
    assert cited(store, "What food do I hate?") is None
    assert cited(store, "What food does Nina hate?") == "Nina hates coriander."


def test_the_brother_s_wife_s_job_is_not_the_brother_s(store: MemoryStore) -> None:
    told(store, "My brother Carl is a plumber in Hull.", "Carl's wife Deb is a nurse.")
    assert cited(store, "What does my brother do?") == "My brother Carl is a plumber in Hull."


def test_the_aunt_s_cat_is_not_the_user_s(store: MemoryStore) -> None:
    told(store, "My aunt has a cat called Pickle.")
    assert cited(store, "What's my cat called?") is None
    assert cited(store, "What's my aunt's cat called?") == "My aunt has a cat called Pickle."


def test_a_later_remark_naming_no_doctor_does_not_put_the_doctor_in_doubt(store: MemoryStore) -> None:
    told(store, "My GP is Dr Shah.", "The doctor upped my amlodipine to 10mg.")
    d = decided(store, "Who is my doctor?", settled=True)
    assert not d.uncertain and d.evidence[0].text == "My GP is Dr Shah."


def test_what_the_user_stopped_taking_is_no_medication_they_take(store: MemoryStore) -> None:
    told(store, "I take metformin twice a day.", "I've stopped taking ibuprofen.")
    assert "metformin" in (cited(store, "What medication do I take?") or "")
    assert cited(store, "Do I take ibuprofen?") == "I've stopped taking ibuprofen."


def test_the_user_s_holiday_dates_answer_when_it_is(store: MemoryStore) -> None:
    told(store, "Our holiday to Crete is from 2 to 9 August.")
    assert cited(store, "When is my holiday?") == "Our holiday to Crete is from 2 to 9 August."


def test_what_the_user_cannot_stand_is_not_told_as_a_new_hobby(store: MemoryStore) -> None:
    told(store, "I play badminton every Wednesday night.", "I can't stand country music.")
    d = decided(store, "What sport do I play?", settled=True)
    assert not d.uncertain and "badminton" in d.evidence[0].text


def test_a_liking_of_another_kind_is_not_told_as_a_new_sport(store: MemoryStore) -> None:
    told(store, "I play badminton every Wednesday night.", "I'm really into jazz these days.")
    d = decided(store, "What sport do I play?", settled=True)
    assert not d.uncertain and "badminton" in d.evidence[0].text


@pytest.mark.parametrize(
    "text", ["Sorry, the meeting ran over.", "Wait till you hear this!", "I mean, the food was fine."]
)
def test_an_apology_or_a_filler_is_no_correction(text: str) -> None:
    assert not corrects(text)


def test_since_before_an_event_of_its_own_says_no_start() -> None:
    for said in ("Been a few days since we chatted.", "Nothing new since my last visit.", "Quiet since then."):
        assert not in_other_words(terms("start"), said)
