"""A general question about a name a novel only mentions ("Who was Maxim Gorky?", "Where is Malta?", "When did
Trotsky die?") is general knowledge, not the sentence that names it; a question about someone the book
introduces ("Who is Lickford?") is the book's. Sentences of *Love Among the Chickens*; the last test over
real LanceDB and the embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decision import Candidate, Outcome
from assistant.answer.introduced import asked_names, introduces
from assistant.answer.passage_choice import passage_lacks
from assistant.answer.pipeline import plan
from assistant.memory import import_file
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore

AUTHORS = (
    "It would be interesting to know to what extent the work of authors is influenced by their private "
    "affairs. If Mr. W. W. Jacobs had toothache, would he write like Hugh Walpole? If Maxim Gorky were invited "
    "to lunch by Trotsky, to meet Lenin, would he sit down and dash off a trifle in the vein of Stephen Leacock?"
)
MALTA = (
    "“Listen carefully, my dear, and you’ll know more about the ways of the Navy that guards your coasts than "
    "you did before. When men are allowed on shore at Malta, the owner has a fancy to see them snugly on "
    "board again at a certain reasonable hour.”"
)
LICKFORD = (
    "The letter, which bore a Devonshire postmark, was from an artist friend of mine, one Lickford, who was at "
    "present on a sketching tour in the west."
)


def passage(text: str, similarity: float = 0.25) -> Candidate:
    memory = Memory(id="book-b-1", text=text, kind="document", position=1, import_id="b")
    return Candidate(memory, score=1.0, similarity=similarity)


def test_the_names_a_question_gives_are_read_by_their_last_word() -> None:
    assert asked_names("Who was Maxim Gorky?") == ["Gorky"]
    assert asked_names("What was the Entente Cordiale?") == ["Cordiale"]
    assert asked_names("Where does Millie's Aunt Elizabeth live?") == ["Elizabeth"]
    assert asked_names("Who is Mr. Garnick?") == ["Garnick"]
    assert asked_names("Why is the sky blue?") == []


def test_a_novel_introduces_its_own_people_and_only_mentions_the_worlds() -> None:
    assert introduces("Who is Lickford?", LICKFORD)
    assert introduces("Who is Vickers?", "Then came the rich notes of Vickers, the butcher. Then Beale again.")
    assert introduces("Who is Albert?", "a youth called Albert, not, it was to appear, a sunny child")
    assert introduces("Who is Garnick?", "the little one, Mr. Garnick his name is, says to him")
    assert introduces("Who is Appleby?", "“I am Appleby, Mr. Garnet, in the High Street.”")
    for question in ("Who was Maxim Gorky?", "Who was Stephen Leacock?", "Who was Trotsky?", "Who was Lenin?"):
        assert not introduces(question, AUTHORS), question
    # A clause after a place is no description of it.
    assert not introduces("Where is Malta?", MALTA)
    assert not introduces("Where is Yeovil?", "Looking out, I saw that it was Yeovil. There was a general exodus.")


def test_an_open_question_about_a_name_the_passage_only_mentions_is_not_answered_by_it() -> None:
    lacks = "names what is asked without saying who or what it is"
    assert passage_lacks("Who was Maxim Gorky?", passage(AUTHORS)) == lacks
    assert passage_lacks("Where is Malta?", passage(MALTA)) == lacks
    assert passage_lacks("When did Trotsky die?", passage(AUTHORS, 0.29)) == "holds only the names asked, none of die"
    assert passage_lacks("Who is Lickford?", passage(LICKFORD)) == ""
    # What else the question asks, held: the book's answer ("a Devonshire postmark").
    assert passage_lacks("What postmark did the letter from Lickford bear?", passage(LICKFORD)) == ""


def test_who_a_writer_the_book_mentions_was_is_general_knowledge(store: MemoryStore, tmp_path: Path) -> None:
    book = tmp_path / "chickens.md"
    filler = " ".join(["The hens laid well that week, and Ukridge counted the eggs twice."] * 12)
    book.write_text("\n\n".join(f"{text} {filler}" for text in (AUTHORS, MALTA, LICKFORD)) + "\n", "utf-8")
    import_file(book, store=store)
    for question in ("Who was Maxim Gorky?", "Where is Malta?", "When did Trotsky die?"):
        decided = plan(question, store).decision
        assert decided.outcome is Outcome.GENERAL and not decided.evidence, question
    lickford = plan("Who is Lickford?", store).decision
    assert lickford.outcome is Outcome.PASSAGE and "one Lickford" in lickford.evidence[0].text
