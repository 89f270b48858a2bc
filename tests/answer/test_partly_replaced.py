"""A remark stating several things, one of which the user later changes, is outdated for that one alone:
it still answers what did not change, and is never cited for what did. Tried as a new user: after "I live
in Leeds with my wife Jen" and "We moved to York", "What's my wife called?" got "I don't know" (the first
remark was superseded whole). Real LanceDB and the real embedder."""

from __future__ import annotations

from assistant.answer.decision import Outcome
from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, decided, told


def test_a_move_leaves_the_husband_named_in_the_same_remark(store: MemoryStore) -> None:
    told(store, "I live in Harrogate with my husband Ravi.", "We've moved to Whitby.")
    assert "Ravi" in (cited(store, "What's my husband's name?") or "")
    for question in ("Where do I live?", "Which town do my husband and I live in now?"):
        d = decided(store, question, settled=True)
        assert all("Harrogate" not in m.text for m in d.evidence), question
    assert "Whitby" in (cited(store, "Where do I live?") or "")


def test_a_new_job_leaves_the_home_said_with_the_old_one(store: MemoryStore) -> None:
    told(store, "I live in Perth and I work as a plumber.", "I work as an electrician now.")
    assert "Perth" in (cited(store, "Where do I live?") or "")
    d = decided(store, "What do I do for work?", settled=True)
    assert d.outcome is Outcome.MEMORY and "electrician" in d.evidence[0].text
    assert all("plumber" not in m.text for m in d.evidence)


def test_in_chinese_the_dog_outlives_the_move(store: MemoryStore) -> None:
    told(store, "我住在西安，我的狗叫团团。", "我现在住在厦门。")
    assert "团团" in (cited(store, "我的狗叫什么名字？") or "")
    d = decided(store, "我住在哪里？", settled=True)
    assert d.outcome is Outcome.MEMORY and "厦门" in d.evidence[0].text
    assert all("西安" not in m.text for m in d.evidence)


def test_how_it_was_before_is_answered_by_the_replaced_remark(store: MemoryStore) -> None:
    told(store, "I live in Swindon with my sister Amy.", "We moved to Reading.")
    assert "Swindon" in (cited(store, "Where did I live before?") or "")
