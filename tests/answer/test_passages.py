"""Which passage of an imported document answers, with real LanceDB in tmp_path and the real embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.compose import best_sentences
from assistant.answer.decide import decide
from assistant.answer.decision import Outcome
from assistant.answer.evidence import gather
from assistant.memory import import_file
from assistant.memory.store import MemoryStore

CHAPTERS = (
    """He met us at the station with the dog cart, and then introduced me to an elderly Irishman, a
professor at Dublin University, named Derrick, who had come down for the fishing.
""",
    """The hens were put in the run behind the house. Beale fed them twice a day, morning and evening, and
his wife kept the accounts of the eggs in a red book.
""",
    """Tom Chase walked up the hill with Phyllis. Neither of them said a word about the chickens.
""",
)


def ask(store: MemoryStore, question: str):
    found = gather(store, question)
    return decide(question, found.memories, found.passages)


def test_a_passage_that_says_he_for_one_named_person_still_answers(store: MemoryStore, tmp_path: Path) -> None:
    for n, text in enumerate(CHAPTERS, 1):  # one passage each
        path = tmp_path / f"chapter-{n}.md"
        path.write_text(text, "utf-8")
        import_file(path, store=store)
    # "Ukridge" and "Irishman" are both capitalised; the passage holds one of them and the question's terms.
    d = ask(store, "Who did Ukridge introduce as an elderly Irishman?")
    assert d.outcome is Outcome.PASSAGE and "Derrick" in d.evidence[0].text
    # One name is not spared: a passage without it is about someone else.
    assert ask(store, "What did Phyllis feed the hens?").outcome is Outcome.GENERAL
    # Two names, neither held: nothing is cited, whatever the other terms.
    assert ask(store, "Who fed the hens in Paris and London?").outcome is Outcome.GENERAL
    assert ask(store, "What is the capital of Japan?").outcome is Outcome.GENERAL


def test_the_quote_is_the_sentence_that_holds_the_rare_part_of_the_question(store: MemoryStore, tmp_path: Path) -> None:
    from assistant.answer.pipeline import plan

    texts = (
        "Ukridge walked round the farm with the hens all morning. Later he met a lieutenant, Tom Chase, by the gate.",
        "Ukridge said the farm would pay. The hens did not agree, and the farm did not pay.",
        "Beale and Ukridge mended the fence of the farm in the rain.",
    )
    for n, text in enumerate(texts, 1):
        path = tmp_path / f"part-{n}.md"
        path.write_text(text, "utf-8")
        import_file(path, store=store)
    # Counted word by word the first sentence holds as much ("Ukridge", "farm"); every passage has those,
    # and only the second sentence has the lieutenant.
    question = "Which lieutenant did Ukridge meet at the farm?"
    answer = plan(question, store)
    reply, cited = answer.product_reply()
    assert cited[0].text == texts[0] and "Later he met a lieutenant, Tom Chase, by the gate." in reply
    # The quote starts from that sentence (the answer's own quote then takes in the sentences around it).
    window = answer.windows[cited[0].id]
    assert best_sentences(question, cited[0].text, window) == "Later he met a lieutenant, Tom Chase, by the gate."


def test_the_sentence_before_a_passage_says_who_she_is(store: MemoryStore, tmp_path: Path) -> None:
    """A chapter that starts "She was wearing a Panama" answers what Phyllis wore only with the sentence
    that ends the chapter before it, when that passage is found too."""
    from assistant.books.manager import Books
    from assistant.db import open_db

    chapters = (
        "I walked fast down the narrow path to my favourite clearing above the sea. I broke into the clearing "
        "at a jog trot, and at the same moment Phyllis came in from the other side.",
        "She was wearing a Panama, and she carried a sketching-block and a campstool. We talked of golf.",
        "Phyllis and her father came to the clearing for tea on Sunday, and Ukridge spoke of the hens.",
        "Ukridge wore a mackintosh to the station, though the day was hot.",
    )
    path = tmp_path / "novel.md"
    path.write_text("\n\n".join(f"## Chapter {n}\n\n{text}" for n, text in enumerate(chapters, 1)), "utf-8")
    Books(open_db(tmp_path / "assistant.db"), store).add(path)  # a passage a chapter
    d = ask(store, "What was Phyllis wearing when she came to the clearing?")
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].text.endswith(chapters[1])
