"""A general question about a name a novel only mentions ("Who was Maxim Gorky?", "Where is Malta?", "When did
Trotsky die?") is general knowledge, not the sentence that names it; a question about someone the book
introduces ("Who is Lickford?") is the book's. Sentences of *Love Among the Chickens*; the last test over
real LanceDB and the embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decision import Candidate, Outcome
from assistant.answer.introduced import asked_names, defines, definition_asked, introduces
from assistant.answer.passage_choice import passage_lacks
from assistant.answer.pipeline import plan
from assistant.answer.routing import names_often
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


POTBOY = (
    "Beale knocked his man out with the clean precision of the experienced boxer; and the crowd explained in "
    "chorus that it was the potboy, from the Net and Mackerel."
)
PRIDE = (
    "I was glad now that I had not done so. The wretched Pamela, once my pride, was for some reason unpopular "
    "with the only critic about whose opinion I cared. As we wandered down, she gave me her opinion of the book "
    "I wrote."
)


def in_the_book(text: str, similarity: float = 0.25) -> Candidate:
    memory = Memory(
        id="book-b-2", text=text, kind="document", position=2, import_id="b", source="book:b/chapter:14/para:3"
    )
    return Candidate(memory, score=1.0, similarity=similarity)


def test_a_book_that_uses_a_word_without_saying_what_it_is_does_not_define_it() -> None:
    assert definition_asked("What is a potboy?") == "potboy"
    assert definition_asked("What does 'waukeesis' mean?") == "waukeesis"
    assert definition_asked("What is a Cochin China chicken?") == "chicken"
    # What someone in the story meant is the story's.
    assert definition_asked("What did Hawk mean?") is None
    assert definition_asked("What is the capital of Japan?") is None
    assert passage_lacks("What is a potboy?", in_the_book(POTBOY)) == "uses potboy without saying what it is"
    assert defines("potboy", "A potboy is a boy who carries the pots in a public-house.")
    # The user's own notes may say it in their own way: their lines are read apart (note_lines.py).
    assert passage_lacks("What is a potboy?", passage(POTBOY)) == ""


def test_a_book_holds_a_name_only_where_it_writes_it_with_a_capital() -> None:
    lacks = passage_lacks("Who wrote Pride and Prejudice?", in_the_book(PRIDE, 0.31))
    assert lacks == "holds 1 of 3 things asked, lacks pride, prejudic"
    bill = passage_lacks("Who was Bill Tilden?", passage("He paid the bill and went out."))
    assert bill == "holds 0 of 1 things asked, lacks bill tilden"
    assert passage_lacks("Who was Bill Tilden?", passage("Bill Tilden, the champion, served.")) == ""


def test_a_name_a_book_writes_in_lower_case_does_not_make_a_question_about_the_book() -> None:
    setting = [in_the_book(f"The sun was setting as I left the farm on day {n}.") for n in range(6)]
    assert not names_often([frozenset({"sun"})], setting)
    phyllis = [in_the_book(f"Phyllis walked fast on day {n}.") for n in range(6)]
    assert names_often([frozenset({"phylli"})], phyllis)


def test_what_else_is_asked_of_a_name_may_be_answered_in_other_words() -> None:
    # The rank by its name, the age by a number: only what the name is, or when it did something, is held to it.
    assert passage_lacks("How old is Tom Chase?", passage("Chase was twenty-five and home on leave.")) == ""
    lieutenant = passage("Chase was a lieutenant in the Navy, home on leave.")
    assert passage_lacks("What rank does Tom Chase hold in the Navy?", lieutenant) == ""
