"""Among passages that hold a question's names and words equally, the choice (passage_choice.best_passage) takes
the one with an answer of the kind asked (expects.py): a date for "When …", before the better rank. Real
sentences of the book (the third development set's Norah question)."""

from __future__ import annotations

from assistant.answer.decide import decide
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.expects import Expects, has_answer_kind
from assistant.memory.model import Memory


def passage(n: int, text: str) -> Candidate:
    memory = Memory(id=f"book-b-{n}", text=text, kind="document", position=n, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3)


NO_DATE = passage(
    319,
    "“Because, you see, Norah has never been quite the same. She would try and be nice to him, but she "
    "wouldn’t know him as I do. And, besides, she will be with him such a little, now she’s going to be married.”",
)
A_DATE = passage(
    313,
    "“I can in most things, but not in this. You see, even if nothing had happened, he wouldn’t like to lose "
    "me just yet, because of Norah.”\n\n“Norah?”\n\n“My sister. She’s going to be married in October.”",
)


def test_the_passage_with_a_date_answers_when() -> None:
    d = decide("When is Norah to be married?", [], [NO_DATE, A_DATE])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == A_DATE.memory.id


def test_a_question_asking_no_kind_keeps_the_better_ranked() -> None:
    d = decide("Is Norah to be married?", [], [NO_DATE, A_DATE])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == NO_DATE.memory.id


def test_the_day_something_happens_answers_when() -> None:
    # The first development set's uncle: "from the day that I married" says when, beside a passage about
    # paying that says no time at all.
    assert has_answer_kind(Expects.DATE, "a handsome allowance from the day that I married", "When will he pay?")
    assert not has_answer_kind(Expects.DATE, "Do you suppose Harrod paid cash down on the nail?", "When will he pay?")
