"""Discussing a book in the chat, end to end through the door with the real bundled model, real SQLite and
LanceDB: questions scoped to a book or chapter, chapter overviews cited by place, "which book?" instead
of a guess, a return reminder set in the chat, and the same answers from every format of the same book."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from make_books import CHAPTERS, ZH_CHAPTERS, make_docx, make_epub, make_pdf

from assistant.answer.support import supported
from assistant.assistant import Assistant
from assistant.memory.places import passage_place

HARBOUR = [
    ("Morning", ["Marta sold mackerel at the harbour market every morning before the ferry came in."]),
    ("Evening", ["In the evening Marta mended the nets on the quay and sang to the gulls."]),
]


@pytest.fixture
def assistant(home: Path) -> Assistant:
    a = Assistant.open()
    a.settings.override(temperature=0.0, seed=3, max_tokens=64)
    return a


def markdown(path: Path) -> Path:
    """The same book as plain Markdown text, its chapters as headings."""
    path.write_text("".join(f"# {t}\n\n" + "\n\n".join(ps) + "\n\n" for t, ps in CHAPTERS), encoding="utf-8")
    return path


def chapter_of(place: str | None) -> str:
    """A citation's place without its paragraph: the chapter is what these tests check."""
    return (place or "").split(", para. ")[0]


def quotes(reply: str) -> list[str]:
    """The key sentences an overview quotes, one a line: - “…” [n]."""
    return re.findall(r"^- “(.+)” \[\d+\]$", reply, re.MULTILINE)


def test_what_happens_in_a_chapter_is_its_key_sentences_cited_there(assistant: Assistant, tmp_path: Path) -> None:
    keeper = assistant.books.add(make_epub(tmp_path / "keeper.epub")).book
    result = assistant.handle("What happens in chapter 2?")
    assert result.model is None and result.grounded  # the bundled model does not summarise: the book's words
    assert result.reply.startswith("Chapter 2 of “The Lighthouse Keeper”") or result.reply.startswith(
        "“The Rescue” of “The Lighthouse Keeper”"
    )
    assert "Anselm" in result.reply and "Tobias put it in the drawer" not in result.reply
    assert result.citations and {chapter_of(c.place) for c in result.citations} == {
        "The Lighthouse Keeper, “The Rescue”"
    }
    for citation in result.citations:
        memory = assistant.books.passage(citation.id)
        assert passage_place(memory.source).chapter == 2 and memory.source.startswith(f"book:{keeper.id}/")  # type: ignore[union-attr]
    quoted = quotes(result.reply)
    assert quoted and all(any(q in assistant.books.passage(c.id).text for c in result.citations) for q in quoted)
    zh = assistant.handle("第三章讲了什么？")
    assert "harbour master" in zh.reply and zh.reply.startswith("《The Lighthouse Keeper》")


def test_a_chosen_book_limits_the_answer_to_it(assistant: Assistant, tmp_path: Path) -> None:
    keeper = assistant.books.add(make_epub(tmp_path / "keeper.epub")).book
    harbour = assistant.books.add(make_epub(tmp_path / "harbour.epub", title="Harbour Days", chapters=HARBOUR)).book
    asked = "What did the keeper bring back at dawn?"
    in_keeper = assistant.handle(asked, book=keeper.id)
    assert in_keeper.citations and all(c.id.startswith(f"book-{keeper.id}-") for c in in_keeper.citations)
    assert "Anselm" in in_keeper.reply
    in_harbour = assistant.handle("In this book, what did the keeper bring back at dawn?", book=harbour.id)
    assert in_harbour.reply == "I couldn't find anything in “Harbour Days” that answers that."
    chosen_only = assistant.handle("What did the keeper bring back at dawn?", book=harbour.id)
    assert (
        chosen_only.reply.startswith("I couldn't find anything in “Harbour Days”")
        and "While this book is chosen" in chosen_only.reply
    )
    assert in_harbour.citations == []
    about = assistant.handle("What is this book about?", book=keeper.id)
    assert about.reply.startswith("“The Lighthouse Keeper” by A. Tester has 3 chapters") and about.model is None
    named = assistant.handle("In Harbour Days, what did Marta sell?")
    assert named.citations and all(c.id.startswith(f"book-{harbour.id}-") for c in named.citations)


def test_an_unclear_book_or_chapter_is_asked_about_not_guessed(assistant: Assistant, tmp_path: Path) -> None:
    keeper = assistant.books.add(make_epub(tmp_path / "keeper.epub")).book
    too_far = assistant.handle("Summarise chapter 12", book=keeper.id)
    assert too_far.reply == "“The Lighthouse Keeper” has 3 chapters: which one do you mean (1–3)?"
    assert too_far.citations == [] and too_far.model is None
    assistant.books.add(make_epub(tmp_path / "harbour.epub", title="Harbour Days", chapters=HARBOUR))
    which = assistant.handle("What happens in chapter 1?")
    assert which.reply.startswith("Which book do you mean?") and which.citations == []
    stored = assistant.conversations.messages(which.conversation)
    assert [m.content for m in stored] == ["What happens in chapter 1?", which.reply]


def test_return_this_book_in_the_chat_sets_a_reminder_linked_to_it(assistant: Assistant, tmp_path: Path) -> None:
    keeper = assistant.books.add(make_epub(tmp_path / "keeper.epub")).book
    result = assistant.handle("remind me to return this book on Friday at 10am", book=keeper.id)
    assert result.action == "reminder" and result.reminder is not None
    assert "The Lighthouse Keeper" in result.reminder.task
    assert assistant.books.book_of_reminder(result.reminder.id).id == keeper.id  # type: ignore[arg-type,union-attr]
    said = assistant.conversations.messages(result.conversation)[0].content
    assert said == "remind me to return this book on Friday at 10am"  # the user's own words are kept
    plain = assistant.handle("remind me to water the plants at 6pm", book=keeper.id)
    assert plain.reminder is not None and assistant.books.book_of_reminder(plain.reminder.id) is None  # type: ignore[arg-type]


def test_every_format_of_a_book_answers_as_its_text_does(assistant: Assistant, tmp_path: Path) -> None:
    # Titles without "chapter N" are named chapters in every format: the same label, the same answer.
    ids = {
        "text": assistant.books.add(markdown(tmp_path / "keeper.md")).book.id,
        "epub": assistant.books.add(make_epub(tmp_path / "keeper.epub")).book.id,
        "pdf": assistant.books.add(make_pdf(tmp_path / "keeper.pdf")).book.id,
        "docx": assistant.books.add(make_docx(tmp_path / "keeper.docx")).book.id,
    }
    summaries, answers = {}, {}
    for kind, book_id in ids.items():
        overview = assistant.handle("What happens in the chapter called The Rescue?", book=book_id)
        summaries[kind] = quotes(overview.reply)
        asked = assistant.handle("Who struck the reef at midnight?", book=book_id)
        assert asked.citations, (kind, asked.reply)
        answers[kind] = assistant.books.passage(asked.citations[0].id).text
    assert summaries["text"] and all(s == summaries["text"] for s in summaries.values()), summaries
    assert all("Anselm" in a for a in answers.values()), answers


def test_a_model_that_summarises_keeps_only_what_the_chapter_supports(
    home: Path, tmp_path: Path, bundled_model: Path
) -> None:
    # The bundled model's file under another name is "the user's own model": it is asked to summarise,
    # and what it writes is checked against the chapter (real generation, real check).
    own = shutil.copy(bundled_model, tmp_path / "my-model.gguf")
    a = Assistant.open(model_path=str(own))
    a.settings.override(temperature=0.0, seed=3, max_tokens=96)
    a.books.add(make_epub(tmp_path / "keeper.epub"))
    result = a.handle("Summarise chapter 1")
    passages = "\n".join(a.books.passage(c.id).text for c in result.citations)
    assert result.citations and {chapter_of(c.place) for c in result.citations} == {
        "The Lighthouse Keeper, “The Storm”"
    }
    if result.model is None:  # nothing it wrote held up: the chapter's own sentences instead
        assert result.reply.startswith("“The Storm” of “The Lighthouse Keeper”, in its own words:")
    else:
        body = re.sub(r"(\s*\[\d\])+$", "", result.reply)
        assert all(supported(s, "Summarise chapter 1", passages) for s in re.split(r"(?<=[.!?])\s+", body) if s)


def test_a_chinese_book_is_discussed_in_chinese(assistant: Assistant, tmp_path: Path) -> None:
    trip = assistant.books.add(
        make_epub(tmp_path / "trip.epub", chapters=ZH_CHAPTERS, title="旅行", language="zh")
    ).book
    overview = assistant.handle("第二章讲了什么？", book=trip.id)
    assert overview.reply.startswith("《旅行》") and "外滩" in overview.reply and overview.citations
    assert all(passage_place(assistant.books.passage(c.id).source).chapter == 2 for c in overview.citations)  # type: ignore[union-attr]
    asked = assistant.handle("这本书里，小明住进了哪里？", book=trip.id)
    assert asked.citations and "旅馆" in asked.reply, asked.reply


def test_who_someone_is_quotes_the_story_not_the_dedication(assistant: Assistant, tmp_path: Path) -> None:
    chapters = [
        ("Dedication", ["To Bill, who told me everything about Corwin the ferryman."]),
        ("Chapter 1", ["Corwin the ferryman was a broad, silent man who had rowed the crossing for forty years."]),
        ("Chapter 2", ["Corwin rowed us over at noon.", "Corwin said nothing about the fog."]),
        ("Chapter 3", ["Corwin tied the boat and Corwin went home."]),
    ]
    book = assistant.books.add(make_epub(tmp_path / "ferry.epub", title="The Crossing", chapters=chapters)).book
    result = assistant.handle("Who is Corwin?", book=book.id)
    assert "rowed the crossing for forty years" in result.reply
    assert chapter_of(result.citations[0].place) == "The Crossing, ch. 1"


def test_where_i_stopped_reading_is_the_reader_s_place_not_a_passage_about_reading(
    assistant: Assistant, tmp_path: Path
) -> None:
    keeper = assistant.books.add(make_epub(tmp_path / "keeper.epub")).book
    before = assistant.handle("Where did I stop reading?")
    assert (
        before.reply.startswith("You haven't opened The Lighthouse Keeper in the reader yet") and not before.citations
    )
    passages = assistant.books.chapter_passages(keeper.id, 2)
    assistant.books.set_position(keeper.id, passages[0].id)
    for asked in ("Where did I stop reading?", "How far have I read?", "我读到哪儿了？"):
        result = assistant.handle(asked)
        assert [c.id for c in result.citations] == [passages[0].id], asked
        assert result.model is None and "[1]" in result.reply
    assert "The Lighthouse Keeper, “The Rescue”" in assistant.handle("Where was I in the book?").reply


def test_a_book_is_no_record_of_the_user_s_life(assistant: Assistant, tmp_path: Path) -> None:
    # A novel says where its narrator was born; it does not say where the user was.
    born = [("Childhood", ["I was born in a village on the coast, and I was a born leader of the village boys."])]
    assistant.books.add(make_epub(tmp_path / "memoir.epub", chapters=[*born, *CHAPTERS], title="A Coast Life"))
    result = assistant.handle("Where was I born?")
    assert not result.citations and result.reply.startswith("I don't know")


def test_who_wrote_a_book_is_answered_from_its_file_never_from_a_passage(assistant: Assistant, tmp_path: Path) -> None:
    keeper = assistant.books.add(make_epub(tmp_path / "keeper.epub")).book
    for asked in (
        "Who wrote The Lighthouse Keeper?",
        "Who is the author?",
        "Who wrote this book?",
        "这本书的作者是谁？",
    ):
        result = assistant.handle(asked)
        assert keeper.author and keeper.author in result.reply, asked
        assert result.model is None and [c.id for c in result.citations] == [f"book-{keeper.id}-0"], asked
    chapters = assistant.handle("How many chapters does the book have?")
    assert f"has {len(CHAPTERS)} chapters" in chapters.reply and chapters.citations
    # Something written inside the book, or a book not in the library, is no question for its details.
    assert "the book's details" not in assistant.handle("Who wrote the letter to the keeper?").reply
