"""A memory's place in words: chat turns by date, imported lines by file and line, book passages by
title, chapter and page; and the book passage's place read back for the reader view."""

from __future__ import annotations

from datetime import datetime

from assistant.clock import stamp
from assistant.memory.model import Memory
from assistant.memory.places import (
    CHINESE,
    PassagePlace,
    book_condition,
    chapter_label,
    passage_link,
    passage_place,
    place_of,
)


class Names:
    def __init__(self, titles: dict[str, str], chapters: dict[tuple[str, int], str]) -> None:
        self.titles, self.chapters = titles, chapters

    def book_title(self, book_id: str) -> str | None:
        return self.titles.get(book_id)

    def chapter_title(self, book_id: str, chapter: int) -> str | None:
        return self.chapters.get((book_id, chapter))


NAMES = Names(
    {"b1": "Love Among the Chickens"},
    {("b1", 7): "III: Waterloo Station", ("b1", 3): "Dedication", ("b1", 9): "第三章 出发"},
)


def memory(source: str, created: datetime = datetime(2026, 11, 3, 12, 0)) -> Memory:
    return Memory(id="m1", text="…", source=source, created=stamp(created))


def test_a_pdf_passage_is_cited_by_title_numbered_chapter_and_page() -> None:
    m = memory("book:b1/chapter:7/page:41/para:2")
    assert place_of(m, NAMES) == "Love Among the Chickens, ch. 3, p. 41"


def test_a_named_chapter_is_quoted_and_a_text_book_gives_its_line() -> None:
    assert place_of(memory("book:b1/chapter:3/para:1"), NAMES) == "Love Among the Chickens, “Dedication”, para. 1"
    assert place_of(memory("book:b1/chapter:9/line:120"), NAMES) == "Love Among the Chickens, “第三章 出发”, line 120"


def test_a_chapter_without_a_title_is_named_by_its_place_in_the_book() -> None:
    assert place_of(memory("book:b1/chapter:12/para:4"), NAMES) == "Love Among the Chickens, ch. 12, para. 4"
    assert place_of(memory("book:b1/chapter:12"), NAMES) == "Love Among the Chickens, ch. 12"


def test_a_passage_of_a_removed_book_has_no_place() -> None:
    assert place_of(memory("book:gone/chapter:1/para:1"), NAMES) is None


def test_chat_turns_imported_lines_and_derived_facts_say_where_they_came_from() -> None:
    assert place_of(memory("conversation:c1/message:m9")) == "said in chat on 3 Nov 2026"
    assert place_of(memory("file:notes.md:12")) == "notes.md, line 12"
    assert place_of(memory("file:my:odd:name.txt:3")) == "my:odd:name.txt, line 3"
    assert place_of(memory("memory:abc")) == "drawn from what you said on 3 Nov 2026"
    assert place_of(memory("command")) == "told on 3 Nov 2026"
    assert place_of(memory("")) is None


def test_a_chinese_reply_names_the_same_places_in_chinese() -> None:
    assert place_of(memory("book:b1/chapter:7/page:41"), NAMES, CHINESE) == "《Love Among the Chickens》，第3章，第41页"
    assert place_of(memory("book:b1/chapter:12/para:4"), NAMES, CHINESE) == "《Love Among the Chickens》，第12章，第4段"
    assert place_of(memory("file:笔记.md:12"), words=CHINESE) == "笔记.md 第12行"
    assert place_of(memory("conversation:c1/message:m9"), words=CHINESE) == "2026年11月3日在聊天中说的"
    assert place_of(memory("command"), words=CHINESE) == "2026年11月3日告诉我的"


def test_numbered_chapter_titles_in_their_usual_spellings() -> None:
    assert chapter_label("Chapter 12", 14) == "ch. 12"
    assert chapter_label("XIV: A Council of War", 18) == "ch. 14"
    assert chapter_label("3. The Arrival", 5) == "ch. 3"
    assert chapter_label("I Enlist the Services of a Minion", 10) == "“I Enlist the Services of a Minion”"
    assert chapter_label("Mild Surprises", 2) == "“Mild Surprises”"
    assert chapter_label("", 4) == "ch. 4"
    assert chapter_label("A" * 80, 1).endswith("…”")


def test_the_place_in_the_source_reads_back_whole_for_the_reader_view() -> None:
    place = PassagePlace("b1", 7, page=41, paragraph=2)
    assert passage_place(place.source()) == place
    link = passage_link(Memory(id="p9", text="…", source=place.source()))
    assert link is not None and (link.book_id, link.memory_id, link.place.page) == ("b1", "p9", 41)
    assert passage_place("file:notes.md:3") is None


def test_a_chapter_filter_does_not_take_chapter_12_for_chapter_1() -> None:
    condition = book_condition("b1", 1)
    assert "chapter:1/" in condition and "chapter:12" not in condition
    assert book_condition("b1") == "source LIKE 'book:b1/%' ESCAPE '\\'"


def test_a_quote_is_placed_at_its_own_line_or_paragraph() -> None:
    text = "Home admin\n\n- Car: Direct Line\n- Dentist: 9 April\n\nBins: Tuesday"
    notes = Memory(id="m1", text=text, source="file:notes.md:1,3,6")
    assert place_of(notes, at=text.index("- Dentist")) == "notes.md, line 4"
    assert place_of(notes, at=text.index("Bins")) == "notes.md, line 6"
    # Imported before the lines of its paragraphs were kept: its first line, never a guess.
    older = Memory(id="m2", text=text, source="file:notes.md:1")
    assert place_of(older, at=text.index("Bins")) == "notes.md, line 1"
    passage = Memory(id="m3", text="First.\n\nSecond.\n\nThird.", source="book:b1/chapter:12/para:4")
    assert place_of(passage, NAMES, at=passage.text.index("Third")) == "Love Among the Chickens, ch. 12, para. 6"


def test_a_text_book_s_quote_is_placed_at_its_paragraph_s_line() -> None:
    passage = Memory(id="m4", text="One.\n\nTwo.\n\nThree.", source="book:b1/chapter:12/line:40,44,47")
    assert passage_place(passage.source) == PassagePlace("b1", 12, lines=(40, 44, 47))
    assert place_of(passage, NAMES, at=passage.text.index("Three")) == "Love Among the Chickens, ch. 12, line 47"
    assert place_of(passage, NAMES) == "Love Among the Chickens, ch. 12, line 40"
