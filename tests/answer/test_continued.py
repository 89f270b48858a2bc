"""A passage that says "he" holds the last name of the passage before it (continued.py): the third
development book set's "Where did the narrator find Hawk …?" is answered by a passage that calls him "the
varlet" and "him", after one that ends on "The dastard and varlet, Hawk." Real book sentences, a real
store and embedder for gather."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.continued import last_named, speaks_of_someone
from assistant.answer.decide import Candidate, Outcome, decide, passage_lacks
from assistant.answer.evidence import gather
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
LACKS_HAWK = "holds 2 of 5 things asked, lacks hawk, narrat, villag"


def passage(text: str, before: str = "") -> Candidate:
    memory = Memory(id="book-b-2", text=text, kind="document", position=2, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3, before=before)


def test_the_last_name_of_the_passage_before_is_who_he_is() -> None:
    assert passage_lacks(QUESTION, passage(FOUND_HIM)) == LACKS_HAWK
    assert passage_lacks(QUESTION, passage(FOUND_HIM, before=HAWK_LAST)) == ""


def test_a_name_given_earlier_in_the_passage_before_is_not_carried() -> None:
    # The professor's "he" follows Phyllis and Bristol: only Bristol is the last name given.
    before = (
        "“He must come some other time,” said Ukridge. “We invite inspection. Look here,” he broke off suddenly—"
        "we were nearing the fowl-run now, Mrs. Ukridge walking in front with Phyllis Derrick—“were you ever at "
        "Bristol?”\n\n“Never, sir,” said the professor."
    )
    assert last_named(before) == frozenset({"bristol"})
    assert last_named("I crammed my hat on, and hurried out of the house.") == frozenset()
    named_earlier = HAWK_LAST.replace("I crammed", "Then Tom Chase and I crammed")
    assert passage_lacks(QUESTION, passage(FOUND_HIM, before=named_earlier)) == LACKS_HAWK


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
