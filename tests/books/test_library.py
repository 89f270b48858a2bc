"""Books in the library: imported once, every passage knowing its place, found within one book or one
chapter, read from where the user stopped (across a restart), removed for good."""

from __future__ import annotations

from pathlib import Path

import pytest
from make_books import CHAPTERS, make_docx, make_epub, make_pdf, make_text

from assistant.books.chunking import passages
from assistant.books.document import Block, BookRefused, Document, Section
from assistant.books.importer import import_report
from assistant.books.manager import Books
from assistant.db import open_db
from assistant.memory.importer import CHUNK_CHARS
from assistant.memory.places import passage_place, place_of
from assistant.memory.store import MemoryStore


def test_an_epub_joins_the_library_with_its_chapters_and_cited_places(books: Books, tmp_path: Path) -> None:
    result = books.add(make_epub(tmp_path / "book.epub"))
    book = result.book
    assert result.added and (book.title, book.format, book.chapters) == ("The Lighthouse Keeper", "epub", 3)
    assert [c.title for c in book.chapter_list] == ["The Storm", "The Rescue", "The Letter"]
    shown = books.passages(book.id)
    assert len(shown) == book.passages == sum(c.passages for c in book.chapter_list)
    rescue = books.search("who was rowed back half frozen", book.id, limit=1)[0].memory
    assert "Anselm" in rescue.text
    assert (books.place_of(rescue) or "").startswith("The Lighthouse Keeper, “The Rescue”, para. ")
    assert place_of(rescue, books.library) == books.place_of(rescue)


def test_the_same_file_again_adds_nothing(books: Books, tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub")
    first = books.add(path)
    count = books.store.count()
    again = books.add(path)
    assert not again.added and again.book.id == first.book.id
    assert books.store.count() == count and len(books.list()) == 1


def test_a_pdf_passage_is_cited_with_its_page(books: Books, tmp_path: Path) -> None:
    book = books.add(make_pdf(tmp_path / "book.pdf", pages_per_chapter=2, filler=1)).book
    assert book.pages == 6 and [c.first_page for c in book.chapter_list] == [1, 3, 5]
    hit = books.search("the letter from the harbour master", book.id, limit=1)[0].memory
    assert books.place_of(hit) == "The Lighthouse Keeper, “The Letter”, p. 5"


def test_a_passage_never_crosses_a_chapter_and_long_paragraphs_split_at_sentences() -> None:
    long = " ".join(f"Sentence number {i} tells of the lamp and the long night." for i in range(60))
    document = Document(
        "text",
        "T",
        sections=[
            Section("One", [Block("One", line=1, heading=True), Block(long, line=3)]),
            Section("Two", [Block("Two", line=5, heading=True), Block("Short.", line=7)]),
        ],
    )
    memories, chapters = passages(document, "b1", "2026-01-01T00:00:00.000000Z")
    assert [c.passages for c in chapters] == [len(memories) - 1, 1]
    assert all(len(m.text) <= CHUNK_CHARS + 10 for m in memories)
    assert all(m.text.rstrip().endswith(".") for m in memories)
    assert memories[0].text.startswith("One\n\nSentence number 0")  # the heading travels with its text
    places = [passage_place(m.source) for m in memories]
    assert [p.chapter for p in places if p] == [1] * (len(memories) - 1) + [2]
    assert memories[-1].text == "Two\n\nShort." and places[-1] is not None and places[-1].line == 5


def test_scoped_search_stays_in_its_book_and_chapter(books: Books, tmp_path: Path) -> None:
    keeper = books.add(make_epub(tmp_path / "keeper.epub")).book
    other = [("Harbour Days", ["The harbour master counted the boats and the letter bags every morning."])]
    books.add(make_epub(tmp_path / "other.epub", chapters=other, title="Harbour Days"))
    hits = books.search("the harbour master letter", keeper.id)
    assert hits and all(passage_place(h.memory.source).book_id == keeper.id for h in hits)  # type: ignore[union-attr]
    only_storm = books.search("the harbour master letter", keeper.id, chapter=1)
    assert only_storm and all(passage_place(h.memory.source).chapter == 1 for h in only_storm)  # type: ignore[union-attr]


def test_chapter_passages_key_sentences_and_chapter_names(books: Books, tmp_path: Path) -> None:
    chapters = [
        (
            f"Chapter {n}",
            [
                f"In chapter {n} the keeper {w} the lamp at dusk and watched the sea all night long."
                for w in ("lit", "cleaned", "trimmed", "checked")
            ],
        )
        for n in (1, 2, 3)
    ]
    book = books.add(make_epub(tmp_path / "numbered.epub", chapters=chapters)).book
    assert books.resolve_chapter(book.id, "what happens in chapter 2?") == 2
    assert books.resolve_chapter(book.id, "summarise chapter three") == 3
    assert books.resolve_chapter(book.id, "第三章讲了什么") == 3
    assert books.resolve_chapter(book.id, "chapter 9") is None
    in_two = books.chapter_passages(book.id, 2)
    assert in_two and all("chapter 2" in m.text for m in in_two)
    key = books.key_sentences(book.id, 2, limit=2)
    assert len(key) == 2 and all(k.text in k.memory.text and "chapter 2" in k.text for k in key)
    assert (books.place_of(key[0].memory) or "").startswith("The Lighthouse Keeper, ch. 2, para. ")


def test_where_the_reader_stopped_survives_a_restart(tmp_path: Path, embedder) -> None:
    books = Books(open_db(tmp_path / "a.db"), MemoryStore(tmp_path / "memory", embedder))
    book = books.add(make_docx(tmp_path / "book.docx")).book
    last = books.chapter_passages(book.id, 3)[0]
    assert books.set_position(book.id, last.id).progress == pytest.approx((last.position + 1) / book.passages)
    books.db.conn.close()
    reopened = Books(open_db(tmp_path / "a.db"), MemoryStore(tmp_path / "memory", embedder))
    assert reopened.where_was_i(book.id).id == last.id  # type: ignore[union-attr]
    assert reopened.list()[0].progress > 0


def test_removing_a_book_removes_its_passages_for_good(books: Books, tmp_path: Path) -> None:
    keep = books.add(make_text(tmp_path / "keep.txt")).book
    gone = books.add(make_epub(tmp_path / "gone.epub")).book
    books.remove(gone.id[:6])  # a prefix of the id is enough, as in git
    assert [b.id for b in books.list()] == [keep.id]
    assert books.store.count() == keep.passages
    assert books.place_of(books.passages(keep.id)[0]) is not None


def test_a_file_that_cannot_be_read_stores_nothing(books: Books, tmp_path: Path) -> None:
    fake = tmp_path / "fake.epub"
    fake.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(BookRefused):
        books.add(fake)
    assert books.list() == [] and books.store.count() == 0


def test_memory_import_hands_books_to_the_library(books: Books, tmp_path: Path) -> None:
    report = import_report(make_epub(tmp_path / "book.epub"), books.store, books.library)
    assert report is not None and (report.format, report.added) == ("epub", books.list()[0].passages)
    assert import_report(make_text(tmp_path / "notes.txt"), books.store, books.library) is None  # still memory's


def test_a_return_reminder_names_the_book_and_links_back(books: Books, tmp_path: Path) -> None:
    book = books.add(make_epub(tmp_path / "book.epub")).book
    reminder_id, task = books.remind(book.id, "on Friday at 10am")
    assert "The Lighthouse Keeper" in task and "return" in task.lower()
    assert books.book_of_reminder(reminder_id).id == book.id  # type: ignore[union-attr]
    assert list(books.reminders_of(book.id)) == [reminder_id]


def test_progress_is_reported_while_a_book_is_read_and_indexed(books: Books, tmp_path: Path) -> None:
    seen: list[tuple[str, float]] = []
    books.add(make_pdf(tmp_path / "long.pdf", pages_per_chapter=4, filler=3), lambda s, f: seen.append((s, f)))
    stages = [s for s, _ in seen]
    assert stages[0] == "reading" and stages[-1] == "indexing" and seen[-1][1] == 1.0
    assert [f for s, f in seen if s == "indexing"] == sorted(f for s, f in seen if s == "indexing")
    assert len(CHAPTERS) == 3
