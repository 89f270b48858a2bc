"""A general question asked beside a novel is the book's only when a passage holds an answer of the shape it
asks for: a reason for "Why …?", a way for "How do you …?", a distance, a length, a number, not only its
topic (asked_shape.py). A question about what happened in the story is not held to it. Sentences written
for these tests, in a novel's manner; the last test over real LanceDB and the embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.asked_shape import lacks_shape
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.passage_choice import passage_lacks
from assistant.answer.pipeline import plan
from assistant.books.manager import Books
from assistant.db import open_db
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore

HARBOUR = (
    "The tide was out, and the harbour lay grey under a sky of rooks. Mr. Pennock stood on the quay with his "
    "pipe, watching the boats settle in the mud, and said nothing to anybody for an hour."
)
OYSTERS = (
    "We ate oysters at every meal that week, oysters fried and oysters raw, until Aunt Gwen declared she "
    "would sooner starve."
)


def in_the_book(text: str, similarity: float = 0.3) -> Candidate:
    memory = Memory(
        id="book-h-1", text=text, kind="document", position=1, import_id="h", source="book:h/chapter:2/para:5"
    )
    return Candidate(memory, score=1.0, similarity=similarity, share=1.0)


def test_a_why_question_needs_a_reason() -> None:
    assert lacks_shape("Why do tides go out?", HARBOUR) == "gives no reason for a why-question"
    assert lacks_shape("Why do tides go out?", "The tide goes out because the moon pulls the sea away.") == ""
    assert lacks_shape("Why are rooks black?", "Rooks are black owing to the melanin in their feathers.") == ""


def test_a_how_to_question_needs_a_way_of_doing_it() -> None:
    assert lacks_shape("How do you open an oyster?", OYSTERS) == "says no way of doing what is asked"
    assert lacks_shape("How do you open an oyster?", "To open one you must slip the knife in at the hinge.") == ""
    assert lacks_shape("How can I shuck oysters?", "First, wrap the shell in a cloth. Then twist the blade.") == ""


def test_how_far_long_and_many_need_a_distance_a_length_and_a_number() -> None:
    assert lacks_shape("How far is the lighthouse from the quay?", HARBOUR) == "gives no distance"
    assert lacks_shape("How far is the lighthouse from the quay?", "The light stood three miles out.") == ""
    assert lacks_shape("How long does an oyster live?", OYSTERS) == "gives no length of time or of anything"
    assert lacks_shape("How long does an oyster live?", "An oyster may live twenty years.") == ""
    # A rate is no length: "a day" in "forty eggs a day".
    assert lacks_shape("How long does bread take to rise?", "She baked forty loaves a day.") != ""
    assert lacks_shape("How many legs does a crab have?", "The crab scuttled off.") == "gives no number"


def test_a_question_about_what_happened_is_the_storys() -> None:
    # Past tense: the story says why in its own way, without "because".
    assert lacks_shape("Why did the boats settle in the mud?", HARBOUR) == ""
    assert lacks_shape("How long did Mr. Pennock stand on the quay?", "He stood there till dark.") == ""


def test_the_gate_reads_the_shape_only_of_open_questions_over_book_passages() -> None:
    sky = in_the_book("He looked up at a sky of the palest blue and thought of nothing at all.")
    assert passage_lacks("Why is the sky blue?", sky) == "gives no reason for a why-question"
    # The user's own notes are read line by line (note_lines.py), not held to a novel's rule.
    note = Candidate(Memory(id="n-1", text=sky.memory.text, kind="document"), 1.0, 0.3, share=1.0)
    assert passage_lacks("Why is the sky blue?", note) == ""


def test_a_general_question_sharing_a_novels_words_is_general_knowledge(store: MemoryStore, tmp_path: Path) -> None:
    filler = " ".join(["The gulls wheeled over the harbour, and Mr. Pennock counted his lobster pots again."] * 6)
    path = tmp_path / "harbour.md"
    chapters = (HARBOUR, OYSTERS)
    path.write_text("\n\n".join(f"## Chapter {n}\n\n{t} {filler}" for n, t in enumerate(chapters, 1)), "utf-8")
    Books(open_db(tmp_path / "assistant.db"), store).add(path)
    for question in ("How do you open an oyster?", "Why do tides go out?"):
        decided = plan(question, store).decision
        assert decided.outcome is Outcome.GENERAL and not decided.evidence, question


def test_where_a_thing_is_or_comes_from_needs_a_place_and_how_it_is_done_a_way() -> None:
    coops = "The pullets strayed into the wrong coops again, and the bantams pecked them for it."
    assert lacks_shape("Where do bantams come from?", coops) == "names no place"
    assert lacks_shape("Where do bantams come from?", "The bantam was first bred in Java.") == ""
    assert lacks_shape("How is a game of bowls scored?", coops) == "says no way of doing what is asked"
