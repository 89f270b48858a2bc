"""A speech that runs on from the passage before names its speaker only there (speakers.read_back,
evidence._with_before): the fourth development book set's "What choice did Ukridge say to put to the first
man you meet in the street?" is answered by "“When we get a connection … ask him which he’d sooner lose,
his egg or his wife …”", which never names Ukridge; the passage before opens "“Pay?” bellowed Ukridge" and
leaves his speech open. Real book sentences, a real store and embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decision import Candidate
from assistant.answer.evidence import _with_before
from assistant.answer.passage_choice import passage_lacks
from assistant.answer.speakers import NARRATOR, paragraph_speakers
from assistant.books.manager import Books
from assistant.db import open_db
from assistant.memory.store import MemoryStore

PAY = (
    "“Pay?” bellowed Ukridge on the only occasion when I ventured to bring up the unpleasant topic, “of course "
    "we shall pay. Why not? I don’t like to see this fainthearted spirit in you, old horse. The money isn’t "
    "coming in yet, I admit, but we must give it time. Soon we shall be turning over hundreds a week, hundreds! "
    "I’m in touch with all the big places—Whiteley’s, Harrod’s, all the nibs. Here I am, I said to them, with a "
    "large chicken farm with all the modern improvements. You want eggs, old horses, I said: I supply them. I "
    "will let you have so many hundred eggs a week, I said; what will you give for them? Well, I’ll admit their "
    "terms did not come up to my expectations altogether, but we must not sneer at small prices at first."
)
EGG = (
    "“When we get a connection, we shall be able to name our terms. It stands to reason, laddie. Have you ever "
    "seen a man, woman, or child who wasn’t eating an egg or just going to eat an egg or just coming away from "
    "eating an egg? I tell you, the good old egg is the foundation of daily life. Stop the first man you meet in "
    "the street and ask him which he’d sooner lose, his egg or his wife, and see what he says! We’re on to a "
    "good thing Garny, my boy. Pass the whisky!”"
)
QUESTION = "What choice did Ukridge say to put to the first man you meet in the street?"


def test_a_paragraph_that_closes_a_speech_it_never_opened_goes_on_with_the_speaker_before() -> None:
    # A long paragraph of speech cut where one passage ends: the rest opens with Ukridge quoting himself
    # ("‘Look here,’ I said"), which is not the narrator speaking; the reply after it is the narrator's.
    assert paragraph_speakers(
        [
            "“What sorts have you got mostly?” I asked, showing a professional interest.",
            "“Oh, all sorts. These dealer chaps were so infernally particular.",
            "‘Look here,’ I said kindly but firmly to the manager johnny, ‘mix ’em up, laddie.’ And he has.”",
            "“Where are you going to put them?”",
        ]
    ) == [NARRATOR, "", "", NARRATOR]  # nothing names who speaks the two: both stay unknown
    assert paragraph_speakers(
        [
            "“Quite a goodish few, aren’t there?” said Ukridge complacently.",
            "“What sorts have you got mostly?” I asked, showing a professional interest.",
            "“Oh, all sorts. These dealer chaps were so infernally particular.",
            "‘Look here,’ I said kindly but firmly to the manager johnny, ‘mix ’em up, laddie.’ And he has.”",
            "“Where are you going to put them?”",
        ]
    ) == ["Ukridge", NARRATOR, "Ukridge", "Ukridge", NARRATOR]


def test_the_speaker_of_a_speech_begun_in_the_passage_before_is_read_there(store: MemoryStore, tmp_path: Path) -> None:
    path = tmp_path / "novel.md"
    path.write_text(f"## Chapter 1\n\n{PAY}\n\n{EGG}\n", "utf-8")
    Books(open_db(tmp_path / "assistant.db"), store).add(path)
    pay, egg = store.list("document")
    assert "bellowed Ukridge" in pay.text and "his egg or his wife" in egg.text
    alone = Candidate(egg, score=1.0, similarity=0.3)
    assert passage_lacks(QUESTION, alone) == "lacks the name ukridg"
    # Retrieval found the egg passage but not the one before: it is fetched for who speaks.
    (read,) = _with_before(store, [alone], QUESTION)
    assert set(read.speakers) == {"Ukridge"}
    assert passage_lacks(QUESTION, read) == ""
    # A question that does not ask what someone said reads no speaker.
    (unread,) = _with_before(store, [alone], "What does Ukridge think of eggs?")
    assert not unread.speakers
