"""The words that ask for a kind of answer ("How long …", "What happened …") are not what a question asks a
passage about (routing.passage_terms), as "how many" is not: a passage that holds them in other senses ("Ere
long, …") is not the fuller one for it. Real passages of the book (the fourth development set's gardener
question)."""

from __future__ import annotations

from assistant.answer.decide import decide
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.routing import passage_terms, terms
from assistant.memory.model import Memory


def passage(n: int, text: str, window: tuple[int, int], before: str = "") -> Candidate:
    memory = Memory(id=f"book-b-{n}", text=text, kind="document", position=n, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3, share=0.5, window=window, before=before)


WAITED = passage(
    180,
    "The bearer did wait. He waited for half-an-hour, as I found it impossible to shift him, not caring to use "
    "violence on a man well stricken in years, without first plying him with drink. He absorbed more of our "
    "diminishing cask of beer than we could conveniently spare, and then trudged off with a note, beautifully "
    "written in the third person, in which Mr. Garnet, after numerous compliments and thanks, begged to inform "
    "Professor Derrick that he would be at the Club House at the hour mentioned.",
    (1, 2),
)
ERE_LONG = passage(
    250,
    "“You—you—you—” So far from cooling the professor, liberal doses of water seemed to make him more heated. "
    "“You impudent scoundrel!”\n\nMy reply was more gentlemanly, more courteous, on a higher plane altogether."
    "\n\nI said, winningly: “Cannot we let bygones be bygones?”\n\nFrom his remarks I gathered that we could not. "
    "I continued. I was under the unfortunate necessity of having to condense my speech. I was not able to let "
    "myself go as I could have wished, for time was an important consideration. Ere long, swallowing water at "
    "his present rate, the professor must inevitably become waterlogged.\n\n“I have loved your daughter,” I said "
    "rapidly, “ever since I first saw her …”\n\n“And he’s a capital chap,” interjected Ukridge. “One of the best. "
    "Known him for years. You’ll like him.”",
    (8, 9),
)


def test_how_long_asks_a_passage_for_a_length_not_the_word() -> None:
    assert "long" not in passage_terms("How long did the professor's gardener wait for the narrator's reply?")
    assert "happen" not in passage_terms("What happened when the narrator wished the professor good morning?")
    assert "long" in passage_terms("Why was the walk so long?")  # asked about, not asked with


def test_a_remark_of_the_users_is_still_matched_by_them() -> None:
    # "How old am I?" asks nothing else: "I turned 34 in March" is found by its age words (slots.py).
    assert "old" in terms("How old am I?")


def test_the_passage_that_tells_the_wait_answers_how_long() -> None:
    d = decide("How long did the professor's gardener wait for the narrator's reply?", [], [WAITED, ERE_LONG])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == WAITED.memory.id
