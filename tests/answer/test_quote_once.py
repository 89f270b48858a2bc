"""A passage's quote is worked out once for an answer: the line its citation names and the words the reply
quotes come from that one reading (pipeline.Plan.quote), so they cannot disagree. Pure functions over the
real sentence splitter and the real reply."""

from __future__ import annotations

import pytest

from assistant.answer import compose
from assistant.answer.decision import Asked, Decision, Outcome
from assistant.answer.pipeline import Plan
from tests.answer.test_quote_around import OTHER, QUESTION, TENNIS


def test_the_place_and_the_words_of_a_quoted_passage_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    spans = compose._quoted

    def counted(question, text, parts, window, around):  # type: ignore[no-untyped-def]
        read.append(text[:12])
        return spans(question, text, parts, window, around)

    monkeypatch.setattr(compose, "_quoted", counted)
    decision = Decision(Asked.DOCUMENT, Outcome.PASSAGE, [TENNIS], nearby=[OTHER])
    plan = Plan.placed(QUESTION, decision, None)
    reply, cited = plan.product_reply()
    assert sorted(read) == sorted([TENNIS.text[:12], OTHER.text[:12]])
    assert plan.quote(TENNIS, True).words in reply and plan.quote(OTHER, False).words in reply
    assert [m.id for m in cited] == ["t", "o"]
