"""Personal answers tried as a new user, sixth pass (session 16): the user's people in Chinese kin words and
across languages, a thing or job ended later, a new thing said without which, who someone is, an age, a
school, a show, an address, what is played, a household's plans, and what 20-odd remarks in one store
brought out (a pet or partner named alone, one partner at a time)."""

from __future__ import annotations

import pytest

from assistant.answer.answer_kind import gives_no_thing
from assistant.answer.kinds import PLAYED, kind_asked
from assistant.answer.newer import _zh_names
from assistant.answer.slots import stated_slots
from assistant.answer.subject import asks_who_they_are
from assistant.answer.synonyms import in_other_words
from assistant.answer.terms import companions, owned, owned_alike, zh_kin
from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, decided, told


@pytest.mark.parametrize(
    ("word", "english"),
    [("外婆", "grandmoth"), ("先生", "husband"), ("舅舅", "uncl"), ("爱人", "wife"), ("闺蜜", "friend")],
)
def test_a_chinese_kin_word_means_what_they_are_to_the_user(word: str, english: str) -> None:
    assert english in zh_kin()[word]


def test_the_dictionary_first_sense_is_not_read_for_kin() -> None:
    assert "mother" not in zh_kin()["外婆"]  # CEDICT: "(informal) mother's mother"
    assert "teacher" not in zh_kin()["先生"]


@pytest.mark.parametrize(
    "question", ["我妻子做什么工作？", "我外婆住在哪里？", "我先生是做什么的？", "我父母住在哪里？"]
)
def test_a_chinese_kin_word_asks_about_them(question: str) -> None:
    assert owned(question)


def test_a_kin_word_is_the_same_person_in_either_language() -> None:
    assert owned_alike({"爱人"}, {"wife"}) == {"爱人"}
    assert owned_alike({"husband"}, {"先生"}) == {"husband"}
    assert owned_alike({"外婆"}, {"mum"}) == set()


@pytest.mark.parametrize(
    ("remarks", "question"),
    [
        (("I work as a designer.",), "我妻子做什么工作？"),
        (("I live in Bristol.",), "我外婆住在哪里？"),
        (("I'm a teacher.",), "我先生是做什么的？"),
        (("My mum lives in Cardiff.",), "我外婆住在哪里？"),
        (("My sister lives in Leeds.",), "我姐夫住在哪？"),
    ],
)
def test_the_users_own_or_another_relatives_remark_does_not_answer_for_a_chinese_kin_word(
    store: MemoryStore, remarks: tuple[str, ...], question: str
) -> None:
    told(store, *remarks)
    assert cited(store, question) is None


@pytest.mark.parametrize(
    ("remark", "question", "want"),
    [
        ("My wife Mei teaches maths.", "我妻子做什么工作？", "My wife Mei teaches maths."),
        ("My wife works at HSBC.", "我爱人在哪上班？", "My wife works at HSBC."),
        ("我先生是医生。", "What does my husband do?", "我先生是医生。"),
        ("我妻子叫小梅，是护士。", "What does my wife do?", "我妻子叫小梅，是护士。"),
    ],
)
def test_a_relatives_remark_answers_across_languages(store: MemoryStore, remark: str, question: str, want: str) -> None:
    told(store, remark)
    assert cited(store, question) == want


def test_a_chinese_name_is_named_by_its_head_or_three_of_its_characters() -> None:
    assert _zh_names({"阿里", "里巴", "巴巴"}, "我在阿里巴巴工作。") == [["阿里", "里巴", "巴巴"]]


@pytest.mark.parametrize(
    ("remarks", "question"),
    [
        (("我在阿里巴巴工作。", "我从阿里辞职了。"), "我在哪工作？"),
        (("我开一辆大众帕萨特。", "帕萨特卖了。"), "我开什么车？"),
        (("I play guitar in a covers band.", "I sold my guitar."), "What instrument do I play?"),
    ],
)
def test_a_later_remark_ending_it_by_part_of_its_name_is_told_beside_it(
    store: MemoryStore, remarks: tuple[str, ...], question: str
) -> None:
    told(store, *remarks)
    d = decided(store, question, settled=True)
    assert d.uncertain and [m.text for m in d.evidence][-1] == remarks[1]


def test_a_change_of_job_said_as_such_states_the_employer() -> None:
    assert "employer" in stated_slots("Where do I work?", "我换工作了，现在在腾讯。")


@pytest.mark.parametrize(
    ("question", "remark", "none"),
    [
        ("What phone do I have?", "I got a new phone.", True),
        ("What laptop do I have?", "Finally bought myself a new laptop!", True),
        ("我用什么手机？", "我换了新手机。", True),
        ("What phone do I have?", "Got a new Samsung phone.", False),
        ("我用什么手机？", "我的手机是小米。", False),
        ("Do I have a phone?", "I got a new phone.", False),
    ],
)
def test_a_new_thing_said_without_which_gives_no_thing(question: str, remark: str, none: bool) -> None:
    assert gives_no_thing(question, remark) is none


def test_a_new_phone_without_which_is_told_beside_the_old_one(store: MemoryStore) -> None:
    told(store, "My phone is an iPhone 12.", "I got a new phone.")
    d = decided(store, "What phone do I have?", settled=True)
    assert d.uncertain and {m.text for m in d.evidence} >= {"I got a new phone."}


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Who is my wife?", True),
        ("我老婆是谁？", True),
        ("Who's my best friend?", True),
        ("Who is my sister dating?", False),
        ("Who am I dating?", False),
        ("小林是谁？", False),
    ],
)
def test_who_one_of_the_users_people_is(question: str, asks: bool) -> None:
    assert asks_who_they_are(question) is asks


def test_who_the_wife_is_is_not_told_by_what_she_likes(store: MemoryStore) -> None:
    told(store, "My wife Mei teaches maths.", "My wife loves hotpot.")
    assert cited(store, "Who is my wife?") == "My wife Mei teaches maths."


@pytest.mark.parametrize(
    ("asked", "remark"),
    [
        ("多大", "我外婆今年八十五岁了。"),
        ("上学", "我儿子在北京上大学。"),
        ("studi", "My niece just started university in Exeter."),
    ],
)
def test_an_age_or_a_school_in_other_words(asked: str, remark: str) -> None:
    assert in_other_words({asked}, remark) == {asked}


@pytest.mark.parametrize(
    ("remark", "said"),
    [("I live at 14 Elm Street.", True), ("我家住在幸福路88号。", True), ("I live in Bath.", False)],
)
def test_an_address_says_the_house_and_its_number(remark: str, said: bool) -> None:
    assert (in_other_words({"hous", "number"}, remark) == {"hous", "number"}) is said


def test_someone_elses_address_is_not_the_users_house_number(store: MemoryStore) -> None:
    told(store, "My sister lives at 22 Mill Road.")
    assert cited(store, "What's my house number?") is None


@pytest.mark.parametrize(
    ("remark", "want"),
    [
        ("I love watching Bake Off.", "I love watching Bake Off."),
        ("I love Paris.", None),
        ("My kids love Bluey.", None),
    ],
)
def test_a_show_is_a_title_said_as_watched(store: MemoryStore, remark: str, want: str | None) -> None:
    told(store, remark)
    assert cited(store, "What TV do I like?") == want


def test_what_is_played_is_asked_without_a_kind() -> None:
    assert kind_asked("What do I play?") == PLAYED
    assert kind_asked("What do I play at the weekend with Tom?") is None


@pytest.mark.parametrize(
    ("remark", "want"),
    [
        ("I've been learning the saxophone.", "I've been learning the saxophone."),
        ("I take lessons in pottery.", None),
        ("I'm practising for my driving test.", None),
        ("I'm learning Spanish.", None),
    ],
)
def test_what_is_played_is_an_instrument_sport_or_game(store: MemoryStore, remark: str, want: str | None) -> None:
    told(store, remark)
    assert cited(store, "What do I play?") == want


def test_a_question_in_we_is_the_households(store: MemoryStore) -> None:
    told(store, "We're off to Cornwall in August.")
    assert cited(store, "Where are we going in August?") == "We're off to Cornwall in August."


def test_the_people_the_user_goes_to_see_are_company() -> None:
    assert companions("I'm going to see my parents at Christmas.") == {"parent"}
    assert companions("My brother is going to see my parents.") == set()


@pytest.mark.parametrize(
    ("remarks", "question"),
    [
        (("Our dog Pepper is a border collie.",), "What is my dog scared of?"),
        (("Our dog Pepper is a border collie.",), "我的狗怕什么？"),
        (("我女儿叫朵朵，今年六岁。",), "What instrument does my daughter play?"),
        (("My girlfriend Lucy is a vet.",), "When is my girlfriend's birthday?"),
    ],
)
def test_naming_whom_it_is_about_does_not_answer_what_is_asked_of_them(
    store: MemoryStore, remarks: tuple[str, ...], question: str
) -> None:
    told(store, *remarks)
    assert cited(store, question) is None


def test_a_pets_name_is_not_replaced_by_a_remark_without_one(store: MemoryStore) -> None:
    told(store, "我们养了一只猫，叫橘子。", "我家的猫最近胖了。")
    assert cited(store, "What's my cat called?") == "我们养了一只猫，叫橘子。"


def test_a_breed_is_given_without_the_word(store: MemoryStore) -> None:
    told(store, "Our dog is a beagle called Rex.")
    assert cited(store, "What breed is my dog?") == "Our dog is a beagle called Rex."


def test_a_chinese_name_cut_by_the_dictionary_is_found_whole(store: MemoryStore) -> None:
    told(store, "我女儿叫朵朵，今年六岁。", "朵朵在学小提琴。")
    assert cited(store, "What instrument does my daughter play?") == "朵朵在学小提琴。"


def test_one_partner_at_a_time(store: MemoryStore) -> None:
    told(
        store,
        "My girlfriend Lucy is a vet.",
        "Lucy and I broke up.",
        "我现在的女朋友叫小雪。",
        "Lucy's birthday is 9 November.",
    )
    assert cited(store, "When is my girlfriend's birthday?") is None
    assert cited(store, "When is Lucy's birthday?") == "Lucy's birthday is 9 November."


def test_a_remark_opening_with_a_chinese_name_of_the_users_people_is_theirs(store: MemoryStore) -> None:
    told(store, "我老公叫阿杰，是厨师。", "I'm a nurse at St James's.", "阿杰现在在一家酒店当主厨。")
    assert cited(store, "What do I do for a living?") == "I'm a nurse at St James's."
    assert cited(store, "What does my husband do?") == "阿杰现在在一家酒店当主厨。"


@pytest.mark.parametrize(
    ("remarks", "want"),
    [
        (("I used to live in Manchester.", "I live in Leeds now."), "I used to live in Manchester."),
        (("I live in Leeds.",), None),
    ],
)
def test_the_value_before_the_present_one_is_not_the_present_one(
    store: MemoryStore, remarks: tuple[str, ...], want: str | None
) -> None:
    told(store, *remarks)
    assert cited(store, "Where did I live before?") == want


def test_a_promotion_by_name_replaces_the_job_the_answer_gives(store: MemoryStore) -> None:
    told(store, "My husband Raj is an accountant.", "Raj got promoted to finance director!")
    assert cited(store, "What does my husband do?") == "Raj got promoted to finance director!"


def test_someone_introduced_as_had_is_named() -> None:
    from assistant.answer.terms import relatives_named

    assert relatives_named("我们有一个儿子，叫小宝，三岁。") == {"儿子": "小宝"}
