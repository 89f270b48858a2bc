"""How things were is not how they are, and "before Bath" names the time, not the answer. Tried as a new
user: "Where do I live?" quoted "I used to live in Leeds before we moved." because it was said last,
"Where did I live before Bath?" quoted the move to Bath, and "When did I move to Bath?" found nothing.
Real LanceDB and the real embedder."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.answer.anchor import anchored
from assistant.answer.decision import Outcome
from assistant.answer.newer import ends
from assistant.answer.tense import former
from assistant.memory.api import remember
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

MOVE = ("Got the keys to our new place in Bath today!", "My cat Miso hates the vet.")


def test_a_remark_about_how_things_were_does_not_answer_how_they_are(store: MemoryStore) -> None:
    for day, text in enumerate((*MOVE, "I used to live in Leeds before we moved.")):  # the former home last
        remember(text, store=store, at=datetime(2026, 11, 1 + day, tzinfo=UTC))
    d = decided(store, "Where do I live?", settled=True)
    assert d.outcome is Outcome.MEMORY and "Bath" in d.evidence[0].text
    # Asked about then, it answers.
    d = decided(store, "Where did I use to live?", settled=True)
    assert d.outcome is Outcome.MEMORY and "Leeds" in d.evidence[0].text


def test_only_a_former_state_known_is_not_stated_as_the_current_one(store: MemoryStore) -> None:
    remember("我以前在杭州工作。", store=store)
    d = decided(store, "我现在在哪工作？", settled=True)
    assert d.outcome is Outcome.DONT_KNOW and not d.evidence


def test_what_former_means() -> None:
    assert former("I used to live in Leeds.") and former("Formerly a teacher.") and former("我以前住在杭州。")
    # Accustomed is how things are; a remark saying the now as well states it.
    assert not former("I'm used to the cold now.") and not former("I got used to the early shifts.")
    assert not former("I used to live in Leeds, now I live in Bath.") and not former("我以前住在杭州，现在住在上海。")


def test_the_value_before_another_is_answered_by_a_remark_that_does_not_name_the_other(store: MemoryStore) -> None:
    for text in ("I used to live in Leeds before we moved.", *MOVE):  # the move said last
        remember(text, store=store)
    d = decided(store, "Where did I live before Bath?", settled=True)
    assert d.outcome is Outcome.MEMORY and "Leeds" in d.evidence[0].text


def test_moving_house_asks_where_the_user_lives(store: MemoryStore) -> None:
    for text in MOVE:
        remember(text, store=store)
    d = decided(store, "When did I move to Bath?", settled=True)
    assert d.outcome is Outcome.MEMORY and "Bath" in d.evidence[0].text


def test_what_an_anchor_is() -> None:
    a = anchored("Where did I work before I joined Globex?")
    assert a and a.rest == "Where did I work?" and a.names("Started at Globex in May.")
    a = anchored("搬到巴斯之前我住在哪？")
    assert a and a.rest == "我住在哪？" and a.names("我们搬到巴斯了") and not a.names("我住在利兹")
    # A time is no anchor, nor a word that is not a name.
    for question in ("What did I do before Monday?", "八点以前我要做什么？", "What did I do before work?"):
        assert anchored(question) is None, question


def test_a_phone_named_by_its_make_replaces_the_old_one(store: MemoryStore) -> None:
    # Tried as a new user: "What phone do I have?" answered "A Pixel 6." after the Pixel went into the sea.
    remember("My phone is a Pixel 6.", store=store)
    remember("Dropped my Pixel in the sea, using an old iPhone for now.", store=store)
    d = decided(store, "What phone do I have?", settled=True)
    assert d.outcome is Outcome.MEMORY and "iPhone" in d.evidence[0].text


def test_a_thing_broken_or_stolen_has_ended() -> None:
    old = Memory(id="a", text="I drive a red Skoda Octavia.", created=datetime(2026, 1, 1, tzinfo=UTC))
    for text in ("Someone stole the Skoda, it was stolen from the station.", "Wrote off the Skoda on the A40."):
        later = Memory(id="b", text=text, created=datetime(2026, 3, 1, tzinfo=UTC))
        assert ends("What car do I drive?", old, later), text
