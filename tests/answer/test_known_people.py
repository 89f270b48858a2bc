"""A question about someone the user's memories keep mentioning is answered from them or not at all: the
model's own knowledge could only invent about the user's friends. Real LanceDB and the real embedder."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.answer import lexicon
from assistant.answer.acquainted import acquainted
from assistant.answer.decision import Asked, Outcome
from assistant.answer.terms import names, own_called, pets_named, relatives_named
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

REMARKS = (
    "Had coffee with Ingrid after work; she is training for a marathon.",
    "Ingrid lent me her bike for the weekend.",
    "Ingrid's sister is visiting London next month.",
    "I helped Ingrid move her piano on Saturday.",
    "Ingrid thinks the new bakery in London is overrated.",
    "We walked along the river in London on Sunday.",
    "The London office is closed for the holidays.",
)


def test_a_question_about_someone_the_user_keeps_mentioning_is_not_general_knowledge(store: MemoryStore) -> None:
    for text in REMARKS:
        remember(text, store=store)
    d = decided(store, "What is Ingrid's favourite colour?")
    assert d.asked is Asked.KNOWN and d.outcome is Outcome.DONT_KNOW and not d.evidence
    # What the memories hold still answers.
    d = decided(store, "Who lent me a bike?")
    assert d.outcome is Outcome.MEMORY and "bike" in d.evidence[0].text


def test_a_place_of_the_world_stays_general_knowledge_however_often_it_is_mentioned(store: MemoryStore) -> None:
    for text in REMARKS:
        remember(text, store=store)
    d = decided(store, "What is the population of London?")
    assert d.asked is Asked.OPEN and d.outcome is Outcome.GENERAL


def test_the_dictionary_knows_the_world_s_names_not_the_user_s_friends() -> None:
    world = lexicon.world_names()
    for name in ("London", "Sweden", "Einstein", "Paris"):
        assert names(f"x {name}")[0] in world, name
    for name in ("Ingrid", "Caroline", "Ukridge"):
        assert names(f"x {name}")[0] not in world, name


def test_someone_the_user_calls_their_brother_once_is_not_general_knowledge(store: MemoryStore) -> None:
    # Tried as a new user: "What is Ben's job?" got the model's "Ben is a software engineer." The world
    # knows a Ben (Big Ben), so only the user's own words say he is theirs.
    for text in ("My brother is called Ben.", "I'm allergic to peanuts.", "My friend Tom lives in Berlin."):
        remember(text, store=store)
    for question in ("What is Ben's job?", "How old is Tom?"):
        d = decided(store, question)
        assert d.asked is Asked.KNOWN and d.outcome is Outcome.DONT_KNOW, question
    d = decided(store, "Where does Tom live?")
    assert d.outcome is Outcome.MEMORY and "Berlin" in d.evidence[0].text
    d = decided(store, "What is the population of Berlin?")
    assert d.asked is Asked.OPEN and d.outcome is Outcome.GENERAL


def test_a_name_the_world_does_not_know_beside_the_users_people_is_theirs(store: MemoryStore) -> None:
    for text in ("I have two kids, Ingrid and Leo.", "I'm learning Rust at the weekends."):
        remember(text, store=store)
    d = decided(store, "How old is Ingrid?")
    assert d.asked is Asked.KNOWN and d.outcome is Outcome.DONT_KNOW
    d = decided(store, "What is Rust?")  # named once, beside none of the user's people
    assert d.asked is Asked.OPEN


def test_a_correction_that_names_the_sister_by_name_is_the_answer_about_the_sister(store: MemoryStore) -> None:
    # Tried as a new user: the correction never says "sister", so "my sister's birthday" stated the old day.
    remember("My sister Anna's birthday is on 12 May.", at=datetime(2026, 3, 1, tzinfo=UTC), store=store)
    remember("Actually, Anna's birthday is on 14 May, not the 12th.", at=datetime(2026, 3, 8, tzinfo=UTC), store=store)
    remember("My brother Tom's birthday is in June.", at=datetime(2026, 3, 9, tzinfo=UTC), store=store)
    for question in ("When is my sister's birthday?", "我妹妹的生日是哪天？", "When is Anna's birthday?"):
        d = decided(store, question)
        assert d.outcome is Outcome.MEMORY and "14 May" in d.evidence[0].text, question


def test_a_pet_the_user_named_is_theirs(store: MemoryStore) -> None:
    remember("My cat Miso hates the vet.", at=datetime(2026, 3, 1, tzinfo=UTC), store=store)
    remember("Miso is on a diet, only wet food now.", at=datetime(2026, 9, 1, tzinfo=UTC), store=store)
    d = decided(store, "What is Miso's favourite toy?")
    assert d.asked is Asked.KNOWN and d.outcome is Outcome.DONT_KNOW
    d = decided(store, "Is my cat on a diet?")
    assert d.outcome is Outcome.MEMORY and "diet" in d.evidence[0].text


def test_a_chinese_name_the_user_gave_is_one_of_their_people(store: MemoryStore) -> None:
    # Tried as a new user: "小林是谁？" went to the English-only model, which could only refuse; names()
    # reads capitals, and Chinese has none.
    for text in ("我女朋友叫小林，她在银行工作。", "我家的猫叫咪咪。", "My friend Tom lives in Berlin."):
        remember(text, store=store)
    d = decided(store, "小林是谁？")
    assert d.asked is Asked.KNOWN and d.outcome is Outcome.MEMORY and "小林" in d.evidence[0].text
    d = decided(store, "小林喜欢什么颜色？")
    assert d.asked is Asked.KNOWN and d.outcome is Outcome.DONT_KNOW and not d.evidence
    d = decided(store, "咪咪几岁了？")
    assert d.asked is Asked.KNOWN and d.outcome is Outcome.DONT_KNOW


def test_chinese_relations_and_pets_called_by_name() -> None:
    assert relatives_named("我女朋友叫小林，她在银行工作。") == {"女朋友": "小林"}
    assert relatives_named("我妹妹叫王小明，在上海。") == {"妹妹": "小明"}  # kept by the given name
    assert pets_named("我们家的狗叫豆豆") == {"狗": "豆豆"}
    assert relatives_named("我姐姐是护士") == {}  # 是 gives a job as often as a name


def test_a_relation_s_slot_is_answered_by_their_name(store: MemoryStore) -> None:
    # "Leo is my brother" names him; only a remark stating where Leo works says where the brother does.
    for text in ("Leo is my brother.", "Leo works at the Halifax in Leeds.", "My sister Anna is lovely."):
        remember(text, store=store)
    d = decided(store, "Where does my brother work?")
    assert d.outcome is Outcome.MEMORY and "Halifax" in d.evidence[0].text
    assert decided(store, "Where does my sister work?").outcome is not Outcome.MEMORY


def test_a_remark_naming_only_the_relation_does_not_answer_for_their_slot(store: MemoryStore) -> None:
    for text in ("Leo is my brother.", "Leo has been so busy lately."):
        remember(text, store=store)
    d = decided(store, "Where does my brother work?")
    assert d.outcome is Outcome.DONT_KNOW and not d.evidence


def test_what_a_relation_does_is_answered_by_their_job_only(store: MemoryStore) -> None:
    for text in ("Kofi is my cousin.", "Kofi works as an electrician in Leeds.", "My aunt Joy is lovely."):
        remember(text, store=store)
    d = decided(store, "What does my cousin do?")
    assert d.outcome is Outcome.MEMORY and "electrician" in d.evidence[0].text
    assert decided(store, "What does my aunt do?").outcome is Outcome.DONT_KNOW


def test_a_friend_the_user_speaks_to_is_theirs_though_the_world_knows_the_name(store: MemoryStore) -> None:
    # The dictionary knows John (St John) and Maria (Ave Maria); an imported chat speaks to and with them.
    for text in (
        "Maria: Hey John! How was the trip?",
        "John: Thanks, Maria! Rome was amazing, the food alone was worth it.",
        "John and I are going hiking on Saturday.",
        "I visited London last spring and loved it.",
        "Einstein said imagination is more important than knowledge.",
        "I keep rereading Einstein's letters; Einstein was funny.",
        "London was rainy again, London always is.",
    ):
        remember(text, store=store)
    for question in ("Where did John work before?", "What is Maria's favourite food?"):
        d = decided(store, question)
        assert d.asked is Asked.KNOWN and d.outcome is not Outcome.GENERAL, question
    for question in ("Where was Einstein born?", "What is the population of London?", "Where was John Lennon born?"):
        d = decided(store, question)
        assert d.asked is Asked.OPEN and d.outcome is Outcome.GENERAL, question


def test_who_a_remark_speaks_to_as_or_with() -> None:
    assert acquainted(["Hey Gina! Good to see you."]) == {"gina"}
    assert acquainted(["John: I just got back from Rome!", "That's cool, Jon!"]) == {"john", "jon"}
    assert acquainted(["Maria asked me to come.", "I told Sam.", "Me and Leo went out."]) == {"maria", "sam", "leo"}
    assert acquainted(["Had lunch with Priya.", "I talked to Kofi about it."]) == {"priya", "kofi"}
    # Neither a place visited nor a famous name quoted is spoken to.
    assert not acquainted(
        [
            "I visited London.",
            "Einstein said so.",
            "I love Paris, London, and Rome.",
            "Had lunch in Paris.",
            "London: flights booked for May.",  # a note's heading, not a speaker
        ]
    )


def test_a_name_is_the_world_s_only_as_the_dictionary_spells_it() -> None:
    # "Oliver" and the Mount of Olives share the stem "oliv"; only Olives is the dictionary's.
    for question, world in (
        ("Where did Oliver hide his bone?", []),
        ("Where did the Olives grow?", [frozenset({"oliv"})]),
        ("What are Einstein's theories?", [frozenset({"einstein"})]),
    ):
        assert list(lexicon.world_names_in(question, names(question))) == world, question


def test_a_pet_whose_name_only_shares_a_stem_with_the_world_s_is_theirs(store: MemoryStore) -> None:
    for text in (
        "Oliver's hilarious! He hid his bone in my slipper once!",
        "Took Oliver to the beach, Oliver loved the waves.",
        "Oliver chewed the sofa again.",
        "I'm learning Rust at the weekends.",
    ):
        remember(text, store=store)
    d = decided(store, "What does Oliver like to eat?")
    assert d.asked is Asked.KNOWN and d.outcome is not Outcome.GENERAL


def test_a_pet_the_user_got_and_named_is_theirs_whatever_its_kind(store: MemoryStore) -> None:
    # Tried as a new user: "What is Biscuit afraid of?" got the model's "Biscuit is afraid of being a
    # cookie." A greyhound is no word of PETS, and the world knows biscuits; "adopted … called" says whose.
    remarks = ("We adopted a greyhound called Biscuit.", "Biscuit hates thunderstorms.", "I'm allergic to shellfish.")
    for text in remarks:
        remember(text, store=store)
    d = decided(store, "What is Biscuit afraid of?")
    assert d.asked is Asked.KNOWN and d.outcome is Outcome.DONT_KNOW


def test_a_name_the_user_only_watched_stays_the_world_s() -> None:
    # As terms, the way names() gives them.
    assert own_called("We adopted a greyhound called Biscuit.") == set(names("x Biscuit")[0])
    assert own_called("I just bought an old van named Betsy") == set(names("x Betsy")[0])
    assert own_called("We watched a film called Alien last night.") == set()
    assert own_called("Biscuit, a greyhound called Biscuit") == set()  # no one says it is theirs


def test_the_age_of_someone_the_user_named_once_is_what_they_said(store: MemoryStore) -> None:
    # Tried as a new user: "How old is Elsa?" was "I don't know" beside "My daughter Elsa just turned seven."
    for text in ("My daughter Elsa just turned seven.", "I'm allergic to shellfish."):
        remember(text, store=store)
    d = decided(store, "How old is Elsa?")
    assert d.outcome is Outcome.MEMORY and "seven" in d.evidence[0].text
