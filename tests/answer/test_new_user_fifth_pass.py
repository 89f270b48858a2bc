"""Personal answers tried as a new user, fifth pass (session 15): a job said by the work it does, a
liking said as "into" or "a fan of", a kind asked and its member said, someone else's liking, a plan said
as a noun phrase, a relative's partner, a number in the user's notes written "no."."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.compose import best_sentences
from assistant.answer.corrections import changes_it
from assistant.answer.decision import Outcome
from assistant.answer.kinds import kind_asked, kind_words, liking_of_another_kind, member_holds
from assistant.answer.liking import liking
from assistant.answer.named_subject import opening_liker
from assistant.answer.slots import stated_slots
from assistant.answer.synonyms import in_other_words
from assistant.answer.terms import gives_a_name, possessions, terms
from assistant.memory import import_file
from assistant.memory.store import MemoryStore
from assistant.sentences import split_sentences
from tests.answer.asking import cited, decided, told


@pytest.mark.parametrize(
    "remark",
    [
        "My wife Mei teaches maths.",
        "I teach history at a secondary school.",
        "My brother drives a bus for Arriva.",
        "Mum runs a small bakery in Hull.",
        "Dad fixes boilers for a living.",
        "My sister nurses at the children's hospital.",
        "我老婆在中学教数学。",
        "我妈开了一家面包店。",
    ],
)
def test_a_job_said_by_the_work_it_does_states_the_job(remark: str) -> None:
    assert stated_slots("What does my wife do?", remark) == {"job"}


@pytest.mark.parametrize(
    "remark", ["My wife teaches me to cook.", "I drive a Kia Rio.", "I run 5k every morning.", "I run a tight ship."]
)
def test_teaching_someone_driving_a_car_or_running_states_no_job(remark: str) -> None:
    assert stated_slots("What does my wife do?", remark) == set()


def test_what_the_wife_does_is_her_teaching_not_the_users_job(store: MemoryStore) -> None:
    told(store, "My wife Mei teaches maths.", "Our wedding anniversary is on 9 June.")
    assert cited(store, "What does my wife do?") == "My wife Mei teaches maths."
    assert cited(store, "What do I do for a living?") is None


@pytest.mark.parametrize(
    ("remark", "said"),
    [
        ("I'm really into jazz.", 1),
        ("I'm a big fan of Radiohead.", 1),
        ("I can't get enough of Korean dramas.", 1),
        ("Totally hooked on sourdough baking.", 1),
        ("Jo is into jazz.", 1),
        ("我超爱爵士乐。", 1),
        ("我最近迷上了爵士乐。", 1),
        ("I'm not a big fan of jazz.", -1),
        ("I'm not really into jazz.", -1),
        ("我爱人是老师。", 0),
    ],
)
def test_liking_said_as_being_into_a_thing_or_a_fan_of_it(remark: str, said: int) -> None:
    assert liking(remark) == said


def test_the_kind_a_question_asks_is_read_in_one_place() -> None:
    assert kind_asked("What music do I like?") == "music"
    assert kind_asked("Which team does Jo support?") == "team"
    assert kind_asked("我喜欢什么音乐？") == "music"
    assert kind_words("我喜欢什么音乐？") == terms("音乐")
    assert liking_of_another_kind("What food does Jo hate?", "I hate my commute.")


@pytest.mark.parametrize(
    ("question", "remark", "held"),
    [
        ("What music do I like?", "I'm really into jazz.", "music"),
        ("What instrument do I play?", "I've been learning the saxophone.", "instrument play"),
        ("What sport do I play?", "I watch tennis on TV.", ""),
        ("我喜欢什么音乐？", "我超爱爵士乐。", "音乐 喜欢"),
    ],
)
def test_a_thing_of_the_kind_holds_the_kinds_word_when_nothing_else_is_missing(
    question: str, remark: str, held: str
) -> None:
    assert member_holds(question, remark, set()) == terms(held)


@pytest.mark.parametrize(
    ("remarks", "question", "answer"),
    [
        (("I'm really into jazz.",), "What music do I like?", "I'm really into jazz."),
        (("I'm a big fan of Radiohead.",), "Which band do I like?", "I'm a big fan of Radiohead."),
        (("I've been learning the saxophone.",), "What instrument do I play?", "I've been learning the saxophone."),
        (
            ("Been playing five-a-side football on Thursdays.",),  # "Been" opens it, and is nobody's name
            "What sport do I play?",
            "Been playing five-a-side football on Thursdays.",
        ),
        (("我超爱爵士乐。",), "我喜欢什么音乐？", "我超爱爵士乐。"),
        (("I'm really into cooking.",), "What music do I like?", None),
        (("I love Paris.",), "What music do I like?", None),
        (("The jazz bar was closed.",), "What music do I like?", None),
        (("I watch tennis on TV every weekend.",), "What sport do I play?", None),
        (("I'm not a big fan of jazz.",), "What music do I like?", None),
        (("I'm not a big fan of jazz.",), "What music do I dislike?", "I'm not a big fan of jazz."),
        (("我哥哥超爱爵士乐。",), "我喜欢什么音乐？", None),
    ],
)
def test_a_kind_asked_is_answered_by_a_thing_of_it(
    store: MemoryStore, remarks: tuple[str, ...], question: str, answer: str | None
) -> None:
    told(store, *remarks)
    assert cited(store, question) == answer


def test_another_kind_is_not_told_as_a_possible_change(store: MemoryStore) -> None:
    told(store, "I play badminton every Wednesday.", "I've been learning the saxophone.")
    d = decided(store, "What sport do I play?", settled=True)
    assert [m.text for m in d.evidence] == ["I play badminton every Wednesday."] and not d.uncertain


def test_someone_elses_liking_or_team_by_name_is_theirs_not_the_users(store: MemoryStore) -> None:
    assert opening_liker("Jo supports Liverpool.") == "Jo"
    assert opening_liker("Sam is a massive Arsenal fan.") == "Sam"
    assert opening_liker("Work starts at 9.") is None
    assert opening_liker("I think Jo loves jazz.") is None
    told(store, "Jo supports Liverpool.", "Nina loves jazz.")
    assert cited(store, "Which team does Jo support?") == "Jo supports Liverpool."
    assert cited(store, "Which team do I support?") is None
    assert cited(store, "What music do I like?") is None


def test_a_plan_said_as_a_noun_phrase_answers_where_the_user_is_going(store: MemoryStore) -> None:
    told(store, "Our holiday to Crete is booked for June.", "Tom's flights to Tokyo are booked for April.")
    assert cited(store, "Where am I going on holiday?") == "Our holiday to Crete is booked for June."
    assert cited(store, "When am I going on holiday?") == "Our holiday to Crete is booked for June."
    assert cited(store, "Where is my brother going on holiday?") is None


def test_a_where_question_is_not_answered_by_a_remark_with_no_place(store: MemoryStore) -> None:
    told(store, "Our holiday is booked for June.")
    assert cited(store, "Where am I going on holiday?") is None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who is my brother dating?", "My brother's new girlfriend Lena is lovely."),
        ("Who am I dating?", None),
        ("Who is my sister dating?", None),
    ],
)
def test_a_relatives_partner_answers_whom_they_date_and_no_one_elses(
    store: MemoryStore, question: str, answer: str | None
) -> None:
    told(store, "My brother's new girlfriend Lena is lovely.", "Hana's boyfriend is a chef.")
    assert cited(store, question) == answer


NOTES = """# Things to remember

- Car insurance: Direct Line, policy no. DL-88213-X, renews 4 May
- Bin day is Tuesday, recycling every other week
- Spare key with Mrs Green at no. 14

## Work

My employee number is 55120. Payroll queries go to Linda.
"""


def test_a_number_written_no_in_the_users_notes_is_found_and_quoted(store: MemoryStore, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    import_file(path, store=store)
    question = "What is my insurance policy number?"
    d = decided(store, question)
    assert d.outcome is Outcome.PASSAGE and "DL-88213-X" in d.evidence[0].text
    assert best_sentences(question, d.evidence[0].text, around=True).startswith("- Car insurance")
    assert in_other_words(terms("number"), "Spare key with Mrs Green at no. 14")
    assert not in_other_words(terms("number"), "No, not now.")


def test_each_item_of_a_list_is_a_sentence_of_its_own() -> None:
    assert split_sentences("Notes\n\n- Bin day is Tuesday\n- Spare key with Mrs Green\n1. Call the bank") == [
        "Notes",
        "- Bin day is Tuesday",
        "- Spare key with Mrs Green",
        "1. Call the bank",
    ]
    assert split_sentences("A line wrapped\nat seventy characters.") == ["A line wrapped at seventy characters."]


@pytest.mark.parametrize(
    ("remarks", "question", "answer"),
    [
        (
            ("Our holiday to Crete is booked for June.", "Actually we changed it to Rhodes."),
            "Where am I going on holiday?",
            "Actually we changed it to Rhodes.",
        ),
        (
            ("Dentist on Tuesday at 10.", "We moved it to Thursday."),
            "When is my dentist appointment?",
            "We moved it to Thursday.",
        ),
        (("我们六月去克里特岛度假。", "改成罗德岛了。"), "我去哪里度假？", "改成罗德岛了。"),
    ],
)
def test_a_change_told_by_it_changes_the_remark_just_before_of_its_kind(
    store: MemoryStore, remarks: tuple[str, ...], question: str, answer: str
) -> None:
    told(store, *remarks)
    assert changes_it(remarks[-1]) and cited(store, question) == answer


def test_a_change_to_a_name_does_not_change_a_remark_with_none(store: MemoryStore) -> None:
    told(store, "I got a new laptop.", "Actually we changed it to Rhodes.")
    assert "Rhodes" not in (cited(store, "What laptop do I have?") or "")


@pytest.mark.parametrize(
    ("remark", "question"),
    [
        ("My husband lectures in physics at Leeds.", "What does my husband do?"),
        ("I'm really into climbing these days.", "What sport do I do?"),
    ],
)
def test_the_whole_question_stated_answers_far_from_its_words(store: MemoryStore, remark: str, question: str) -> None:
    told(store, remark)
    assert cited(store, question) == remark


@pytest.mark.parametrize(
    ("remark", "answer"),
    [
        ("Car insurance renewal is due in May.", None),
        ("My insurance policy number is on the fridge.", "My insurance policy number is on the fridge."),
        ("My insurance policy number is DL-88213-X.", "My insurance policy number is DL-88213-X."),
    ],
)
def test_a_number_asked_is_not_answered_by_a_remark_with_none(
    store: MemoryStore, remark: str, answer: str | None
) -> None:
    told(store, remark)
    assert cited(store, "What is my insurance policy number?") == answer


def test_a_chinese_thing_of_another_kind_is_not_the_new_sport(store: MemoryStore) -> None:
    told(store, "I play badminton every Wednesday.", "我最近迷上了爵士乐。")
    d = decided(store, "What sport do I play?", settled=True)
    assert [m.text for m in d.evidence] == ["I play badminton every Wednesday."]


@pytest.mark.parametrize(
    ("remark", "question", "answer"),
    [
        ("My sister's fiancé is called Omar.", "Who is my sister marrying?", True),
        ("My sister's fiancé is called Omar.", "Who am I marrying?", False),
        ("My brother's wife is called Anna.", "Who is my brother married to?", True),
        ("My brother's wife is called Anna.", "Who am I married to?", False),
        ("My husband Dev is a pilot.", "Who am I married to?", True),
        ("My husband Dev is a pilot.", "Who is my brother married to?", False),
    ],
)
def test_whom_someone_marries_is_their_fiance_or_spouse(
    store: MemoryStore, remark: str, question: str, answer: bool
) -> None:
    told(store, remark)
    assert cited(store, question) == (remark if answer else None)


def test_others_things_in_the_plural_are_theirs_but_not_the_users_own_people() -> None:
    assert possessions("The Hendersons' holiday to Crete is booked.") == [("henderson", "holiday")]
    assert possessions("the neighbours' dog") == [("neighbour", "dog")]
    assert possessions("Seeing my kids' faces so happy at the beach") == []


@pytest.mark.parametrize(
    ("remark", "answer"),
    [
        ("The Hendersons' holiday to Crete is booked for June.", False),
        ("The neighbours' holiday to Crete sounds amazing.", False),
        ("Everyone says holidays in Crete are great.", False),
        ("Holiday to Crete booked for June!", True),
    ],
)
def test_whose_holiday_a_remark_tells(store: MemoryStore, remark: str, answer: bool) -> None:
    told(store, remark)
    assert cited(store, "Where am I going on holiday?") == (remark if answer else None)


def test_someone_named_playing_is_not_the_users_instrument(store: MemoryStore) -> None:
    told(store, "Tom plays the violin beautifully.")
    assert cited(store, "What instrument do I play?") is None


def test_a_later_remark_naming_the_wife_without_her_name_does_not_replace_it(store: MemoryStore) -> None:
    told(store, "My wife Mei teaches maths.", "My wife loves hotpot.")
    assert cited(store, "What's my wife's name?") == "My wife Mei teaches maths."


def test_the_wifes_team_is_not_her_liking_of_food(store: MemoryStore) -> None:
    told(store, "My wife Mei teaches maths.", "Mei is a huge Arsenal fan.", "我老婆特别爱吃火锅。")
    assert cited(store, "Which team does my wife support?") == "Mei is a huge Arsenal fan."


def test_a_chinese_name_said_by_surname_and_title_gives_a_name() -> None:
    assert gives_a_name("现在看病找李医生。")
    assert not gives_a_name("我老婆特别爱吃火锅。")
