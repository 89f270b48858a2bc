""" "Who is Beale?" about a book cites where the book first mentions him. Real LanceDB and the embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.introductions import who_is
from assistant.answer.pipeline import plan
from assistant.memory import import_file
from assistant.memory.store import MemoryStore

# One book: Beale is introduced in the first passage and named in every later one, some of which say
# "who is Beale" in as many words (and so are closer to the question).
STORY = (
    "We reached the farm at dusk. A competent man of the name of Beale, an old soldier, and his wife were in "
    "charge of it, and had been for a year.",
    "Beale brought the lamp. Beale brought the tea. Beale, it seemed, brought everything.",
    "In the morning Beale and Ukridge argued about the hens, and Beale won, as Beale always did.",
    "Beale said the fox had been again. Beale said it every week, and every week Beale was right.",
    "“Who is Beale to tell me about hens?” cried Ukridge. “Beale is Beale,” said his wife.",
    "“Beale? Who is Beale, anyway?” asked the professor, and nobody answered him.",
)


def test_only_a_question_that_asks_who_someone_is_reads_the_book_from_its_start() -> None:
    assert who_is("Who is Beale?") == "Beale"
    assert who_is("who was Professor Derrick") == "Professor Derrick"
    assert who_is("Who's Harry Hawk?") == "Harry Hawk"
    assert who_is("Beale是谁？") == "Beale"
    assert who_is("Tell me about Beale.") == who_is("Describe Beale") == "Beale"
    for other in (
        "Who is the narrator?",
        "Who is Beale's wife?",
        "Who fed the hens?",
        "Who is in charge?",
        "Tell me about the farm",
        "Describe the storm in chapter 3",
    ):
        assert who_is(other) is None, other


def test_who_someone_is_cites_the_passage_that_introduces_him(store: MemoryStore, tmp_path: Path) -> None:
    book = tmp_path / "farm.md"
    # Each part long enough (over 800 characters) to be a passage of its own.
    parts = [f"{text} " + " ".join([f"The hens of part {n} laid well that week."] * 20) for n, text in enumerate(STORY)]
    book.write_text("\n\n".join(parts) + "\n", "utf-8")
    import_file(book, store=store)
    reply, cited = plan("Who is Beale?", store).product_reply()
    assert "old soldier" in cited[0].text and "old soldier" in reply
