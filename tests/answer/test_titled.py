"""A wife called "Mrs." and a surname is not the man the question names by the surname alone (titled.py),
in the passage gate and the passage choice (passage_choice.py)."""

from __future__ import annotations

from assistant.answer.decide import decide
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.passage_choice import passage_answers
from assistant.answer.titled import bare_surnames, without_wives_of
from assistant.memory.model import Memory


def passage(n: int, text: str) -> Candidate:
    memory = Memory(id=f"book-b-{n}", text=text, kind="document", position=n, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3)


def test_a_surname_given_bare_is_the_man_and_a_titled_or_whole_name_is_left_alone() -> None:
    assert bare_surnames("What was Ukridge talking about when Beale interrupted him?") == {"Ukridge", "Beale"}
    assert bare_surnames("What did Ukridge tell Mrs. Beale to use?") == {"Ukridge"}
    assert bare_surnames("Why did Jane Muspratt refuse to marry Hawk?") == {"Hawk"}
    # A family or an owner may be the wife too.
    assert bare_surnames("Why did the Ukridges go up to London?") == {"London"}
    assert bare_surnames("Which hen was named after a relative of Ukridge's wife?") == frozenset()


def test_the_wife_of_that_surname_is_taken_out_and_other_titled_women_stay() -> None:
    question = "What was Ukridge talking about when Beale interrupted him?"
    # "Miss" and "Lady" come before given names too: "Miss Beale" may be the question's own Beale.
    text = "I did not wish to be interrupted by the Hired Man or Mrs.\xa0Beale, and Miss Beale laughed."
    kept = without_wives_of(question, text)
    assert "Mrs" not in kept and "Miss Beale laughed." in kept
    assert without_wives_of("What did Mrs. Beale cook?", text) == text


def test_a_passage_where_only_his_wife_comes_in_is_not_chosen_for_him() -> None:
    question = "What was Ukridge talking about when Beale interrupted him?"
    wife = passage(
        1,
        "Ukridge liked to talk in the dark. I did not wish to be interrupted by the sudden entrance of "
        "Mrs. Beale, of whom I was afraid.",
    )
    him = passage(
        2,
        "Ukridge was discoursing on the feeding of fowls when Beale came in. The interruption annoyed him.",
    )
    # Counted as terms the wife's passage holds every word of the question; without her surname it
    # lacks Beale, and the passage where he interrupts is cited though it is ranked after it.
    d = decide(question, [], [wife, him])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == him.memory.id
    # Asked about her by her title, her passage still holds her.
    assert passage_answers("Why did Mrs. Beale interrupt Ukridge?", wife)
