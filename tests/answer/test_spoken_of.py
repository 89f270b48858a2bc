"""Who a passage speaks of without writing the question's words for them (spoken_of.py): a passage that
says "he" holds the last person the passage before it names, by name or by role ("the professor"), and one
narrated in the first person holds "the narrator". The third development book set's "Where did the
narrator find Hawk …?" is answered by a passage that calls him "the varlet" and "him", after one that ends
on "The dastard and varlet, Hawk." Real book sentences, a real store and embedder for gather."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decide import decide
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.evidence import gather
from assistant.answer.passage_choice import passage_lacks
from assistant.answer.routing import terms
from assistant.answer.spoken_of import last_person, narrates, roles, speaks_of_someone, spoken_of
from assistant.books.manager import Books
from assistant.db import open_db
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore

FOUND_HIM = (
    "I roamed the place in search of the varlet for the space of half-an-hour, and, after having drawn all his "
    "familiar haunts, found him at length leaning over the seawall near the church, gazing thoughtfully into "
    "the waters below."
)
HAWK_LAST = (
    "Phyllis would meet me in the village, on the Cob, on the links, and pass by as if I were the Invisible Man. "
    "And why? Because of the reptile, Hawk. The worm, Hawk. The dastard and varlet, Hawk.\n\n"
    "I crammed my hat on, and hurried out of the house towards the village."
)
QUESTION = "Where did the narrator find Hawk after searching the village for him?"
LACKS_HAWK = "lacks the name hawk"


def passage(text: str, before: str = "") -> Candidate:
    memory = Memory(id="book-b-2", text=text, kind="document", position=2, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3, before=before)


def test_the_last_name_of_the_passage_before_is_who_he_is() -> None:
    assert passage_lacks(QUESTION, passage(FOUND_HIM)) == LACKS_HAWK
    assert passage_lacks(QUESTION, passage(FOUND_HIM, before=HAWK_LAST)) == ""


def test_a_person_named_earlier_in_the_passage_before_is_not_carried() -> None:
    # Phyllis Derrick, then Bristol in speech, then the professor: the last one the narration names, by
    # name or by role, is who "he" is; a name inside speech is not.
    before = (
        "“He must come some other time,” said Ukridge. “We invite inspection. Look here,” he broke off suddenly—"
        "we were nearing the fowl-run now, Mrs. Ukridge walking in front with Phyllis Derrick—“were you ever at "
        "Bristol?”\n\n“Never, sir,” said the professor."
    )
    assert last_person(before) == frozenset({"professor"})
    assert last_person(before.removesuffix("\n\n“Never, sir,” said the professor.")) == frozenset({"phylli", "derrick"})
    assert last_person("I crammed my hat on, and hurried out of the house.") == frozenset()
    named_earlier = HAWK_LAST.replace("I crammed", "Then Tom Chase and I crammed")
    assert passage_lacks(QUESTION, passage(FOUND_HIM, before=named_earlier)) == LACKS_HAWK


def test_a_role_and_a_name_in_one_sentence_the_later_is_the_last_person() -> None:
    assert last_person("“You’re a thoughtful chap, Ukridge.”") == frozenset()
    assert last_person("Phyllis was walking with the professor.") == frozenset({"professor"})
    assert last_person("The professor was walking with Phyllis.") == frozenset({"phylli"})


# The third development set: the professor is "him" and "he" here, named only in the passage before.
EIGHT_HOLES = (
    "The ninth we halved, for in the black depths of my soul I had formed a plan of fiendish subtlety. I intended "
    "to allow him to win—with extreme labour—eight holes in succession.\n\nThen, when hope was once more strong in "
    "him, I would win the last, and he would go mad."
)
PROFESSOR_LAST = "I watched my opponent at the tee. I won the eighth hole from the professor."
HOLES = "How many holes in a row did the narrator mean to let the professor win?"


def test_he_is_the_professor_when_the_passage_before_names_him_so_last() -> None:
    assert roles(HOLES) == [frozenset({"professor"})]
    assert spoken_of({"professor", "hole"}, EIGHT_HOLES, before=PROFESSOR_LAST) == {"professor"}
    assert passage_lacks(HOLES, passage(EIGHT_HOLES)).startswith(
        "holds 3 of 7 things asked, lacks let, mean, professor"
    )
    assert passage_lacks(HOLES, passage(EIGHT_HOLES, before=PROFESSOR_LAST)) == ""


def test_the_narrator_is_the_i_of_the_narration_not_of_quoted_speech() -> None:
    assert narrates(EIGHT_HOLES)
    spoken = "“I have been thinking, laddie! I’ve got an idea!” said Ukridge. He took my arm."
    assert narrates(spoken)  # "my arm" is narration
    assert not narrates(spoken, window=(0, 1))  # the window is Ukridge's speech
    assert not narrates("“I have been thinking,” said Ukridge.")
    # A speech over several sentences is speech in each of them.
    assert not narrates("“Garny, old horse, I’ve been thinking, laddie! I’ve got an idea!” He laughed.", window=(1, 1))


def test_the_narrator_is_held_only_when_the_question_asks_for_the_narrator() -> None:
    assert spoken_of({"hole", "win"}, EIGHT_HOLES) == set()
    assert spoken_of({"narrat", "hole"}, EIGHT_HOLES) == {"narrat"}


def test_a_passage_that_says_no_he_or_she_takes_no_one_from_before() -> None:
    found_the_varlet = FOUND_HIM.replace("his familiar", "the familiar").replace("found him", "found the varlet")
    assert not speaks_of_someone(found_the_varlet)
    assert passage_lacks(QUESTION, passage(found_the_varlet, before=HAWK_LAST)) == LACKS_HAWK


def test_the_passage_that_says_him_is_cited_with_the_one_before_fetched(store: MemoryStore, tmp_path: Path) -> None:
    chapters = [
        "The letter came from Jane Muspratt, and it was bright and interesting.",
        HAWK_LAST,
        FOUND_HIM,
        "The professor fished from the Cob all the morning and caught nothing.",
    ]
    path = tmp_path / "story.md"
    path.write_text("\n\n".join(f"## Chapter {i}\n\n{s}" for i, s in enumerate(chapters, 1)), "utf-8")
    Books(open_db(tmp_path / "assistant.db"), store).add(path)
    found = gather(store, QUESTION)
    seawall = next(c for c in found.passages if "seawall" in c.memory.text)
    assert "The dastard and varlet, Hawk." in seawall.before
    d = decide(QUESTION, found.memories, found.passages, asked=found.asked)
    assert d.outcome is Outcome.PASSAGE
    assert "seawall" in d.evidence[0].text


def test_a_question_about_the_professor_fetches_the_passage_before(store: MemoryStore, tmp_path: Path) -> None:
    chapters = [
        "The letter came from Jane Muspratt, and it was bright and interesting.",
        PROFESSOR_LAST,
        EIGHT_HOLES,
        "The professor fished from the Cob all the morning and caught nothing.",
        "The professor and Ukridge talked of fowls till tea.",
    ]
    path = tmp_path / "story.md"
    path.write_text("\n\n".join(f"## Chapter {i}\n\n{s}" for i, s in enumerate(chapters, 1)), "utf-8")
    Books(open_db(tmp_path / "assistant.db"), store).add(path)
    found = gather(store, HOLES)
    holes = next(c for c in found.passages if "eight holes" in c.memory.text)
    assert "from the professor" in holes.before
    # "he" is the professor and "I" the narrator in the window focus.py chose: both held.
    assert spoken_of(terms(HOLES), holes.memory.text, holes.before, holes.window) == {"professor", "narrat"}


# The third development set's ducks: Ukridge's theory is his speech in a passage that never names him,
# after one whose narration ends on him; another passage names him beside a "ducked".
DUCK_THEORY = (
    "“Garny, old horse, I’ve been thinking, laddie! I’ve got an idea! I’m going to start a duck farm!”\n\n"
    "“A duck farm!”\n\n“A duck farm, laddie! My theory is, you see, that ducks get thin by taking exercise and "
    "swimming about all over the place.” He took my arm affectionately."
)
UKRIDGE_LAST = (
    "You cannot keep a good man down, and already Stanley Featherstonehaugh Ukridge was himself again. His "
    "eyes sparkled buoyantly behind their pince-nez."
)
DUCKED = (
    "“My dear old horse,” said Ukridge complainingly, “it’s a little hard.” I was growing annoyed with the man. "
    "I could have ducked him."
)


def test_the_choice_counts_a_name_carried_from_the_passage_before_as_the_gate_does() -> None:
    question = "Why do ducks get thin, by Ukridge's theory?"
    ducked = Candidate(Memory(id="book-b-9", text=DUCKED, kind="document", position=9, import_id="b"), 1.0, 0.3)
    alone = decide(question, [], [ducked, passage(DUCK_THEORY)])
    assert alone.evidence[0].text == DUCKED  # without the passage before, the theory names no one
    d = decide(question, [], [ducked, passage(DUCK_THEORY, before=UKRIDGE_LAST)])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].text == DUCK_THEORY
