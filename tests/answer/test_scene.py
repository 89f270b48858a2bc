"""A clause that only says when ("when she came to the clearing") is not what a question asks (scene.py):
the passage choice prefers the passage that holds the rest (passage_choice.best_passage)."""

from __future__ import annotations

from assistant.answer.decide import decide
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.routing import terms
from assistant.answer.scene import asked_apart_from_scene
from assistant.memory.model import Memory


def passage(n: int, text: str) -> Candidate:
    memory = Memory(id=f"book-b-{n}", text=text, kind="document", position=n, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3)


def rest(question: str) -> set[str]:
    return terms(question) - asked_apart_from_scene(question, terms(question))


def test_a_clause_with_someone_doing_something_sets_the_scene() -> None:
    assert rest("What was Phyllis wearing when she came to the clearing?") == terms("came clearing")
    assert rest("What did they eat at lunch after the professor was rescued?") == terms("professor rescued")
    assert rest("Who is in charge of the farm before Ukridge arrives?") == terms("Ukridge arrives")
    # Not a clause: what follows is part of what is asked, and a question word is no scene.
    assert rest("Which hen was christened after a relative of Ukridge's wife?") == set()
    assert rest("What did they paint the chickens' throats with during the epidemic?") == set()
    assert rest("When will the narrator's uncle start paying him an allowance?") == set()


def test_the_passage_that_holds_what_is_asked_is_chosen_over_the_one_that_tells_the_scene() -> None:
    question = "What was Phyllis wearing when she came to the clearing?"
    scene = passage(1, "Phyllis came to the clearing on the cliff most afternoons, and so did I.")
    answer = passage(2, "Phyllis was wearing a Panama, and she carried a sketching-block.")
    # Both hold Phyllis; the first holds more of the question's words, all of them from the scene.
    d = decide(question, [], [scene, answer])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == answer.memory.id
    # Without the clause the scene's passage holds as much of what is asked, and, ranked first, is chosen.
    d = decide("What was Phyllis doing in the clearing?", [], [scene, answer])
    assert d.evidence[0].id == scene.memory.id
