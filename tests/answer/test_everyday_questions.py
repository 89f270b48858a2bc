"""Everyday questions a new user asks about one remark, each once answered "I don't know" (tried in a
fresh data folder, session 9). Real LanceDB and the real embedder, one store each."""

from __future__ import annotations

import pytest

from assistant.answer.decision import Outcome
from assistant.answer.tense import asks_about_now, happened
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

CASES = [
    # "for a living" is the job, not "live"; "at Globex as an analyst" states it.
    ("I work at Globex as an analyst.", "What do I do for a living?", "analyst"),
    # An age was no slot: "34" shares no word with "How old am I?".
    ("I'm 34.", "How old am I?", "34"),
    ("Turned 40 last week!", "How old am I?", "40"),
    ("我今年三十岁。", "我几岁？", "三十岁"),
    # 过 of 过敏 is no past tense: the question asked about the present.
    ("I'm allergic to penicillin.", "我对什么过敏？", "penicillin"),
    # A question for the names of the user's people, and a remark giving them (cosine 0.24).
    ("We have two kids, Ingrid and Leo.", "What are my kids called?", "Ingrid"),
    ("我在腾讯做前端开发。", "我在哪家公司上班？", "腾讯"),
    # The kind of answer asked for ("book") need not be said when a title is given (session 10).
    ("Finally started reading Wolf Hall, slow going.", "What book am I reading?", "Wolf Hall"),
    # The user's own relation in other words: "my mum" is "my mother", "kids" are "children".
    ("My mum is called Ann.", "What is my mother's name?", "Ann"),
    ("My dad lives in Cork now.", "Where does my father live?", "Cork"),
    ("We've got three kids: Ada, Ben and Cleo.", "What are my children's names?", "Ada"),
    # A title for a kind asked of the user in company: "with my partner" is not the partner's (session 11).
    ("Watching Slow Horses with my partner.", "What show am I watching?", "Slow Horses"),
    # A remark naming the favourite and not the asked word ("dish") still answers: only a remark naming a
    # person and not the asked slot is set aside.
    ("吃的东西里我最喜欢寿司。", "What's my favorite dish?", "寿司"),
    # The asked word in other words (synonyms.py, session 12), far from the question as sentences.
    ("I hate coriander.", "What food do I dislike?", "coriander"),
    ("I can't stand olives.", "What food do I hate?", "olives"),
    ("I'm saving up for a trip to Japan.", "Where am I planning to travel?", "Japan"),
    ("Our holiday in Iceland starts on 3 March.", "When is my trip?", "3 March"),
    ("Had a huge curry for dinner last night.", "What did I eat last night?", "curry"),
    ("I love hiking.", "What do I enjoy doing?", "hiking"),
    ("I love my job.", "What do I love?", "job"),  # no kind asked: the user's own thing is the answer
    # A name given in apposition is the user's person: "Where is Gina's HR internship?" is about the cousin.
    ("Gina, my cousin, got an HR internship at Nike.", "Where is Gina's HR internship?", "Nike"),
]


@pytest.mark.parametrize(("remark", "question", "answer"), CASES)
def test_one_remark_answers(store: MemoryStore, remark: str, question: str, answer: str) -> None:
    remember(remark, store=store)
    d = decided(store, question)
    assert d.outcome is Outcome.MEMORY and answer in d.evidence[0].text


def test_an_age_is_not_any_number_after_i_m(store: MemoryStore) -> None:
    remember("I'm 5 minutes away from the station.", store=store)
    d = decided(store, "How old am I?")
    assert d.outcome is Outcome.DONT_KNOW


def test_a_name_alone_answers_only_what_the_pet_is_called(store: MemoryStore) -> None:
    remember("Miso is my cat.", store=store)
    assert decided(store, "What does my cat eat?").outcome is Outcome.DONT_KNOW
    d = decided(store, "What's my cat called?")
    assert d.outcome is Outcome.MEMORY and "Miso" in d.evidence[0].text


def test_a_pet_named_in_apposition_is_known_by_its_kind(store: MemoryStore) -> None:
    remember("Oscar, my guinea pig, is three now.", store=store)
    remember("Oscar only eats timothy hay and cucumber.", store=store)
    d = decided(store, "What does my guinea pig eat?")
    assert d.outcome is Outcome.MEMORY and "timothy hay" in d.evidence[0].text


def test_like_as_a_preposition_asks_no_liking(store: MemoryStore) -> None:
    remember("I can't stand my boss, he micromanages.", store=store)
    d = decided(store, "What is my boss like?")
    assert d.outcome is Outcome.MEMORY and "micromanages" in d.evidence[0].text


def test_chinese_past_is_a_word_of_its_own() -> None:
    assert not asks_about_now("我去过哪些国家？") and happened("中午吃了面条。")
    assert asks_about_now("我对什么过敏？") and not happened("我对花生过敏。") and not happened("为了健康")


@pytest.mark.parametrize(
    ("remark", "question"),
    [
        ("Tom is reading Wolf Hall.", "What book am I reading?"),  # Tom's book, not the user's
        ("My sister is watching Slow Horses with my mum.", "What show am I watching?"),  # the sister's
        ("I'm seeing someone new, Maria.", "Which doctor do I see?"),  # a name, but no title of a work
        ("My favourite food is ramen.", "What food do I dislike?"),  # the liking, not the dislike
        ("我不喜欢吃香菜。", "我最喜欢吃什么？"),
        ("My friend's mum lives in York.", "Where does my mother live?"),  # the friend's mother
        ("My friend has two kids, Ada and Ben.", "What are my children's names?"),
        # Near-synonyms of the wrong polarity or slot (session 12).
        ("I love olives.", "What food do I hate?"),
        ("I'm on a business trip to Leeds next week.", "When is my holiday?"),
        ("I eat porridge most mornings.", "What is my favourite food?"),
        ("My brother hates flying.", "What do I hate?"),
        ("Maya, my flatmate, works at the BBC.", "Where do I work?"),  # the flatmate's job
        ("We had lunch at Nando's.", "What do I eat?"),  # one occasion, not what the user eats
        ("I'd love to try surfing.", "What do I enjoy?"),  # a wish
        ("I used to love hiking.", "What do I enjoy?"),  # how it was
        ("I can't stand my commute.", "What food do I hate?"),  # a thing of the user's own, not food
        ("I hate my new glasses.", "What food do I dislike?"),
    ],
)
def test_someone_else_s_is_not_the_answer(store: MemoryStore, remark: str, question: str) -> None:
    remember(remark, store=store)
    d = decided(store, question)
    assert d.outcome is not Outcome.MEMORY and not d.evidence
