"""What keeps a passage from the passage gate, said as the gate reads it (passage_choice.passage_lacks): the
development book questions whose answering passage fails the gate, each with the reason it fails."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.decision import Candidate
from assistant.answer.passage_choice import passage_answers, passage_lacks
from assistant.memory.model import Memory


def passage(text: str, similarity: float = 0.3) -> Candidate:
    memory = Memory(id="book-b-1", text=text, kind="document", position=1, import_id="b")
    return Candidate(memory, score=1.0, similarity=similarity)


def test_a_passage_holding_too_few_of_the_things_asked_says_which_it_lacks() -> None:
    # The uncle's allowance is told as "giving me": in quoted speech that "me" is whoever speaks, so
    # "narrator" is one of the five things the gate finds missing; narrated, it is the narrator (spoken_of.py).
    told = (
        "The consequence was that he announced his intention of giving me a handsome allowance from the day "
        "that I married, but not an instant before. And I am bound to admit that—for an uncle—it was a "
        "remarkably sensible idea."
    )
    question = "When will the narrator's uncle start paying him an allowance?"
    said = passage(f"“{told}” said Ukridge.", similarity=0.132)
    assert passage_lacks(question, said) == "holds 2 of 5 things asked, lacks narrat, pay, start"
    assert not passage_answers(question, said)
    assert passage_answers(question, passage(told, similarity=0.132))


def test_an_open_question_far_from_the_passage_is_kept_out_by_its_cosine() -> None:
    missus = passage("“The missus went to Axminster, Mr. Ukridge, sir.”", similarity=-0.011)
    assert passage_lacks("Where did the missus go?", missus) == "cosine -0.011 under 0.05"
    open_floor = passage_lacks("Where did the missus go?", replace(missus, similarity=0.09))
    assert open_floor == "cosine 0.090 under 0.12, an open question naming no one"


def test_a_name_the_passage_lacks_and_a_light_share_are_said_so() -> None:
    summers = passage("He had always spent his summers at Combe Regis.")
    assert passage_lacks("Where does Derrick spend his summers?", summers) == "lacks the name derrick"
    light = passage("Molly McEachern gave it to me when I left the Abbey. Phyllis smiled at the copy.")
    light = replace(light, share=0.23)
    lacks = passage_lacks("Who gave Phyllis her copy of the narrator's novel?", light)
    assert lacks == "share 0.23 of the question by rarity under 0.3"


def test_a_passage_that_holds_the_question_lacks_nothing() -> None:
    summers = passage("Derrick had always spent his summers at Combe Regis.")
    assert passage_lacks("Where does Derrick spend his summers?", summers) == ""
    assert passage_answers("Where does Derrick spend his summers?", summers)
