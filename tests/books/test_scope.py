"""Which book and chapter a question is about, read from its words or the book chosen in the chat; never
a guess when it is unclear (real books built in tmp_path, real SQLite and LanceDB)."""

from __future__ import annotations

from pathlib import Path

import pytest
from make_books import ZH_CHAPTERS, make_epub, make_text

from assistant.books.discussion import book_outline
from assistant.books.manager import Books
from assistant.books.model import Book
from assistant.books.scope import Scope, Unclear, read_scope, reminder_about_book


@pytest.fixture
def keeper(books: Books, tmp_path: Path) -> Book:
    return books.add(make_epub(tmp_path / "keeper.epub")).book


def scope_of(question: str, books: Books, chosen: str | None = None) -> Scope:
    found = read_scope(question, books.library, chosen)
    assert isinstance(found, Scope), found
    return found


def test_a_question_not_about_a_book_has_no_scope(books: Books, keeper: Book) -> None:
    assert read_scope("Where do I live?", books.library) is None
    assert read_scope("What is the capital of France?", books.library) is None


def test_this_book_and_a_chosen_book_scope_to_it(books: Books, keeper: Book, tmp_path: Path) -> None:
    only = scope_of("In this book, who is Anselm?", books)  # the library's one book
    assert (only.book.id, only.chapter, only.question, only.overview) == (keeper.id, None, "Who is Anselm?", False)
    books.add(make_text(tmp_path / "trip.txt", ZH_CHAPTERS))
    chosen = scope_of("Who is Anselm?", books, chosen=keeper.id)
    assert (chosen.book.id, chosen.chapter) == (keeper.id, None)
    assert chosen.where == f"source LIKE 'book:{keeper.id}/%' ESCAPE '\\'"


def test_a_book_named_by_its_title_is_that_book(books: Books, keeper: Book, tmp_path: Path) -> None:
    other = books.add(make_epub(tmp_path / "other.epub", title="Harbour Days")).book
    found = scope_of("In The Lighthouse Keeper, who rowed out at dawn?", books, chosen=other.id)
    assert found.book.id == keeper.id and found.question == "Who rowed out at dawn?"
    assert scope_of("what happens in harbour days?", books).book.id == other.id


def test_chapters_by_number_word_ordinal_title_and_in_chinese(books: Books, keeper: Book) -> None:
    assert scope_of("What happens in chapter 2?", books).chapter == 2
    assert scope_of("Summarise chapter three", books).chapter == 3
    assert scope_of("summarise the last chapter", books).chapter == 3
    assert scope_of("what is the first chapter about?", books).chapter == 1
    assert scope_of("第二章讲了什么？", books).chapter == 2
    titled = scope_of("What happens in the chapter called The Rescue?", books)
    assert (titled.chapter, titled.overview) == (2, True)
    asked = scope_of("In chapter 1, what did Tobias keep burning?", books)
    assert (asked.chapter, asked.overview, asked.question) == (1, False, "What did Tobias keep burning?")
    assert asked.label == "The Lighthouse Keeper, “The Storm”"


def test_unclear_references_ask_which_rather_than_guess(books: Books, tmp_path: Path) -> None:
    nothing = read_scope("What happens in chapter 3?", books.library)
    assert isinstance(nothing, Unclear) and "no books" in nothing.reply
    assert read_scope("How do I structure chapter 3 of my thesis?", books.library) is None
    keeper = books.add(make_epub(tmp_path / "keeper.epub")).book
    too_far = read_scope("What happens in chapter 12?", books.library)
    assert isinstance(too_far, Unclear)
    assert too_far.reply == "“The Lighthouse Keeper” has 3 chapters: which one do you mean (1–3)?"
    books.add(make_epub(tmp_path / "other.epub", title="Harbour Days"))
    assert read_scope("How do I structure chapter 3 of my thesis?", books.library) is None
    assert read_scope("Tell me the story of Cinderella", books.library) is None
    which = read_scope("Summarise chapter 2", books.library)
    assert isinstance(which, Unclear)
    assert which.reply.startswith("Which book do you mean?") and "“Harbour Days”" in which.reply
    assert isinstance(read_scope("第二章讲了什么", books.library), Unclear)
    assert scope_of("Summarise chapter 2", books, chosen=keeper.id).chapter == 2
    books.remove(keeper.id)
    gone = read_scope("Who is Anselm?", books.library, chosen=keeper.id)
    assert isinstance(gone, Unclear) and "no longer" in gone.reply


def test_a_return_reminder_names_the_chosen_book(books: Books, keeper: Book) -> None:
    sentence, book = reminder_about_book("remind me to return this book on Friday", books.library, keeper.id) or (
        "",
        None,
    )
    assert sentence == "remind me to return “The Lighthouse Keeper” on Friday" and book == keeper
    assert reminder_about_book("remind me to return it every Friday", books.library, keeper.id) is not None
    assert reminder_about_book("remind me to call mum at 6", books.library, keeper.id) is None
    assert reminder_about_book("remind me to return this book on Friday", books.library) is None


def test_a_chapter_title_alone_names_its_chapter_when_asked_what_happens(books: Books, keeper: Book) -> None:
    arrival = scope_of("What happens in The Rescue?", books)
    assert (arrival.book.id, arrival.chapter, arrival.overview) == (keeper.id, 2, True)
    assert scope_of("Summarise “The Letter”", books, chosen=keeper.id).chapter == 3
    assert read_scope("What happens in the rescues of whales?", books.library) is None
    assert scope_of("Who rowed out at dawn?", books, chosen=keeper.id).chapter is None


def test_what_a_whole_book_is_about_is_its_outline_not_a_search(books: Books, keeper: Book) -> None:
    for asked in ("What is this book about?", "Summarise The Lighthouse Keeper", "这本书讲了什么？"):
        whole = scope_of(asked, books)
        assert (whole.chapter, whole.overview) == (None, True), asked
    assert scope_of("What is it about?", books, chosen=keeper.id).overview
    assert read_scope("这篇文章写得怎么样？", books.library) is None  # 文章 is an article, not a chapter
    specific = scope_of("In this book, what happens when Anselm's boat strikes the reef?", books)
    assert not specific.overview and specific.chapter is None
    outline = book_outline(keeper)
    assert outline.startswith("“The Lighthouse Keeper” by A. Tester has 3 chapters: The Storm; The Rescue; The Letter.")


def test_how_a_book_ends_or_begins_is_its_last_or_first_chapter(books: Books, keeper: Book, tmp_path: Path) -> None:
    for asked, chapter in (
        ("How does the story end?", 3),
        ("How does the book begin?", 1),
        ("What happens at the end of the novel?", 3),
    ):
        found = scope_of(asked, books)
        assert (found.book.id, found.chapter, found.overview) == (keeper.id, chapter, True), asked
    assert scope_of("How does it end?", books, chosen=keeper.id).chapter == 3
    assert scope_of("这本书的结局是什么？", books).chapter == 3
    # "It" and 结局 could be anything without a book named or chosen.
    assert read_scope("How did it end?", books.library) is None
    assert read_scope("那场比赛的结局是什么？", books.library) is None
    books.add(make_epub(tmp_path / "other.epub", title="Harbour Days"))
    assert isinstance(read_scope("How does the story end?", books.library), Unclear)
    assert read_scope("What did I do at the end of the day?", books.library) is None


def test_where_i_stopped_is_asked_in_everyday_words_and_never_of_a_birthplace() -> None:
    from assistant.books.position import asks_where_i_stopped

    for asked in (
        "Where did I stop reading?",
        "where did I leave off in the book?",
        "Where was I?",
        "Where am I up to in Love Among the Chickens?",
        "How far have I read?",
        "What page am I on?",
        "What chapter am I up to?",
        "我读到哪儿了？",
        "上次看到哪里了",
    ):
        assert asks_where_i_stopped(asked), asked
    for other in (
        "Where was I born?",
        "Where was I in July?",
        "Where did I put my keys?",
        "Where am I going on holiday?",
        "我在哪里出生？",
    ):
        assert not asks_where_i_stopped(other), other


def test_a_book_s_details_are_asked_only_of_a_book_and_only_for_them(
    books: Books, keeper: Book, tmp_path: Path
) -> None:
    from assistant.books.details import Detail, Details

    for asked in ("Who wrote The Lighthouse Keeper?", "Who's the author?", "这本书是谁写的？", "谁写了这本书？"):
        found = read_scope(asked, books.library)
        assert isinstance(found, Details) and found.detail is Detail.AUTHOR and found.book.id == keeper.id, asked
    found = read_scope("How many chapters does this book have?", books.library)
    assert isinstance(found, Details) and found.detail is Detail.CHAPTERS
    # Not the book's: a letter in it, a book elsewhere, an "it" that may be anything.
    assert not isinstance(read_scope("Who wrote the letter to the keeper?", books.library), Details)
    assert read_scope("Who wrote Hamlet?", books.library) is None
    assert read_scope("Who wrote it?", books.library) is None
    books.add(make_text(tmp_path / "trip.txt", ZH_CHAPTERS))
    assert isinstance(read_scope("Who is the author?", books.library), Unclear)
