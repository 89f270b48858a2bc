"""Who speaks a novel's quoted speech (speakers.py), and a question about what someone said answered by
the passage where they say it though it never names them."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decide import decide
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.evidence import gather
from assistant.answer.passage_choice import passage_answers
from assistant.answer.speakers import (
    NARRATOR,
    goes_on_about,
    paragraph_speakers,
    sentence_speakers,
    speech_asked,
    with_speakers,
)
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore


def test_a_verb_of_saying_names_the_speaker_before_or_after_it() -> None:
    assert paragraph_speakers(
        [
            "“Then,” said Ukridge, banging the table with his fist, “we’ve got ’em.”",
            "“Still—” said the professor. “Yes, we must really arrange to meet.”",
            "“Very well,” I said slowly. “It’s very kind of you to ask me.”",
            "“Oh, don’t hurt poor Edwin,” Mrs. Ukridge cried.",
            "Nobody spoke for a while. The hens were loud.",
        ]
    ) == ["Ukridge", "the professor", NARRATOR, "Mrs. Ukridge", ""]


def test_he_said_is_whoever_the_narration_just_before_began_a_sentence_with() -> None:
    assert paragraph_speakers(
        [
            "When a man has a grievance, he feels drawn to those who will hear him. Ukridge was all sympathy.",
            "“The man is an unprincipled scoundrel,” he said, “and should be torn limb from limb.”",
        ]
    ) == ["", "Ukridge"]
    # A name further into a sentence is as often an object: a "she" with no subject named stays unknown,
    # and no turn-taking guesses over it.
    assert paragraph_speakers(
        [
            "“Hullo,” said Ukridge.",
            "She read the letter from Aunt Elizabeth twice.",
            "“I love this cliff,” she said softly.",
            "“Do you?” said Ukridge.",
            "“It is the most soothing place in the world.”",
        ]
    ) == ["Ukridge", "", "", "Ukridge", ""]


def test_an_unattributed_reply_is_spoken_by_whoever_spoke_two_turns_before() -> None:
    assert paragraph_speakers(
        [
            "“Immaterial,” said Ukridge with a grand gesture.",
            "Strange how one reaches an epoch-making moment in one’s life without recognising it.",
            "“I was thinking of going somewhere where I could get some golf,” I said undecidedly.",
            "“Combe Regis is just the place for you, then.”",
            "“You know,” I said, “I am absolutely inexperienced as regards fowls.”",
            "“Excellent! You’re just the man.”",
        ]
    ) == ["Ukridge", "", NARRATOR, "Ukridge", NARRATOR, "Ukridge"]


def test_the_one_spoken_to_by_name_answers_and_open_speech_goes_on() -> None:
    assert paragraph_speakers(
        [
            "“Write and answer that letter of theirs tonight, Millie. Sit on them,” said Ukridge.",
            "“Yes, dear.”",
            "“Tell ’em the incubator is a fraud.” He paused. “Say the maker ought to be in Colney Hatch.”",
            "“What’s all this, Mrs. Beale?” said Ukridge.",
            "“He won’t come down, sir. And there is more,",
            "“for the fire is out.”",
        ]
    ) == ["Ukridge", "Millie", "Ukridge", "Ukridge", "Mrs. Beale", "Mrs. Beale"]


def test_the_passages_before_one_carry_the_turns_into_it_sentence_by_sentence() -> None:
    before = "“Then,” said Ukridge, “we’ve got ’em. Write to them tonight, Millie.”\n\n“Yes, dear.”"
    text = "“Tell ’em that the incubator is a fraud.” He paused.\n\n“Splendid,” I said."
    assert sentence_speakers(text, (before,)) == ("Ukridge", "Ukridge", NARRATOR)
    assert sentence_speakers(text) == ("", "", NARRATOR)  # alone it cannot tell


def test_whose_speech_a_question_asks_about() -> None:
    assert speech_asked("Where did Ukridge say the maker of the incubator ought to be?") == "Ukridge"
    assert speech_asked("How did Ukridge describe his wife when he introduced her?") == "Ukridge"
    assert speech_asked("What did Mrs. Beale tell the professor?") == "Mrs. Beale"
    assert speech_asked("What reason did the narrator give for the boat upsetting?") == NARRATOR
    assert speech_asked("What is an Irishman's lawn, according to the narrator?") == NARRATOR
    assert speech_asked("What does Ukridge's wife call the paper?") == ""  # his wife, not him
    assert speech_asked("Where did Ukridge first see Millie?") == ""
    assert speech_asked("What did Ukridge keep from the shop?") == ""


def passage(n: int, text: str) -> Candidate:
    memory = Memory(id=f"book-b-{n}", text=text, kind="document", position=n, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3)


def test_only_the_one_asked_about_is_credited_and_only_for_a_question_about_speech() -> None:
    before = passage(1, "“Then,” said Ukridge, “we’ve got ’em. Write tonight, Millie.”\n\n“Yes, dear.”")
    answering = passage(2, "“Say the maker ought to be in Colney Hatch.”\n\n“Splendid,” I said.")
    question = "Where did Ukridge say the maker of the incubator ought to be?"
    credited = {c.memory.id: c.speakers for c in with_speakers(question, [answering, before])}
    assert credited["book-b-2"] == ("Ukridge", "")
    assert credited["book-b-1"] == ("Ukridge", "Ukridge", "")
    assert passage_answers(question, with_speakers(question, [answering, before])[0])
    assert not passage_answers(question, answering)  # without its speaker it lacks the name asked
    # A question that does not ask what someone said credits nobody.
    assert all(not c.speakers for c in with_speakers("Where is Colney Hatch?", [answering, before]))


def test_what_someone_said_is_answered_where_they_say_it(store: MemoryStore, tmp_path: Path) -> None:
    """The passage that answers never names Ukridge: the one before it, also found, says he is speaking."""
    from assistant.books.manager import Books
    from assistant.db import open_db

    chapter = (
        "“It’s that damned incubator that’s letting us down all the time,” said Ukridge. “The rotten thing "
        "won’t work. Write and answer that letter of theirs tonight, Millie. Sit on them.”\n\n"
        "“Yes, dear.”\n\n"
        "Outside, the hens in the run were loud that morning, and Beale came in from the yard with the eggs "
        "of the day in a basket, eleven of them, and the news that the brown hen had been at the cabbages "
        "again and that the fence wanted mending. The sun came out over the downs, and the sea below the "
        "cliffs turned from grey to blue. A cart went by on the road to the town, with a dog running behind "
        "it and barking at the wheels, and a boy on the seat waved his hat to the girl at the gate of the "
        "next farm. Nobody in the house said anything for a long while after that.\n\n"
        "“Tell ’em that their rotten incubator never worked.” He paused. “Say that I consider that the "
        "maker of the thing ought to be in Colney Hatch, and that they are scoundrels.”\n\n"
        "“The letters at Harrod’s ought to be full of interest tomorrow,” I said."
    )
    path = tmp_path / "novel.md"
    path.write_text(f"## Chapter 1\n\n{chapter}\n", "utf-8")
    Books(open_db(tmp_path / "assistant.db"), store).add(path)
    assert [("Colney" in m.text, "Ukridge" in m.text) for m in store.list("document")] == [(False, True), (True, False)]
    question = "Where did Ukridge say the maker of the incubator ought to be?"
    found = gather(store, question)
    d = decide(question, found.memories, found.passages, asked=found.asked)
    assert d.outcome is Outcome.PASSAGE and "Colney Hatch" in d.evidence[0].text


def test_he_or_his_at_a_sentences_start_goes_on_about_the_name_the_sentence_before_began_with() -> None:
    assert (
        goes_on_about("His fleeting sympathy disappeared.", "Ukridge, having induced himself, began to slip.")
        == "Ukridge"
    )
    assert goes_on_about("“She was out,” I said.", "Mrs. Beale was in the kitchen.") == "Mrs. Beale"
    assert goes_on_about("He read it twice.", "A letter from Aunt Elizabeth came.") == ""  # an object, not a subject
    assert goes_on_about("It was raining.", "Ukridge came in.") == ""
    assert goes_on_about("He nodded.", "I said nothing.") == ""  # the narrator is never "he"


def test_what_the_narrator_said_is_found_in_the_narrators_own_words() -> None:
    from assistant.answer.focus import by_focus

    question = "What reason did the narrator give for the boat upsetting?"
    scenery = passage(1, "The boat rocked in the bay. We watched the gulls.")
    said = passage(5, "“It seemed the boat man had a cramp,” I said.\n\n“Hm,” said Ukridge.")
    # "narrator" frames most questions about a book (terms.read_terms drops it); here it asks for a speaker.
    ranked = by_focus(question, with_speakers(question, [scenery, said]))
    assert [c.memory.id for c in ranked] == ["book-b-5", "book-b-1"]
