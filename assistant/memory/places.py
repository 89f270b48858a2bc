"""Where a memory came from, in words a reader understands: "said in chat on 3 Nov 2026",
"notes.md, line 12", "Love Among the Chickens, ch. 3, p. 41".

The `source` column is the one record of a memory's origin; this module is the one place that reads it
(and, for book passages, writes it), so a citation, the memory list and the reader view agree.

A file's memories keep `file:NAME:L1,L2,…`, the line each of the memory's paragraphs starts on (its text
joins them with one blank line, whatever the file had between them), so a quote is placed at its own
line: "notes.md, line 6" for the dentist's item of a page of notes, not the page's first line.

Book passages keep their place in `source` as `book:ID/chapter:N[/page:P][/para:K][/line:L]`: N is the
chapter's number in the book's own order (1-based, as the books store lists them), P the printed page
(PDFs only), K the paragraph within the chapter, L the line in a text or Markdown file. The book's title
and the chapter's title live in the books store; `place_of` asks a `BookNames` for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ..clock import parse_time
from .model import Memory

_BOOK = re.compile(
    r"^book:(?P<book>[^/]+)/chapter:(?P<chapter>\d+)"
    r"(?:/page:(?P<page>\d+))?(?:/para:(?P<para>\d+))?(?:/line:(?P<lines>\d+(?:,\d+)*))?$"
)
# "file:notes.md:3", or "file:notes.md:3,5,6": the line each paragraph of the memory starts on (a
# memory imported before session 16 names its first line only).
_FILE = re.compile(r"^file:(?P<name>.+):(?P<lines>\d+(?:,\d+)*)$")
# Chapter titles that are only a number ("Chapter 3", "III", "3.", "第三章" is left as it is): shown as
# "ch. 3" rather than quoted, the way people cite a novel.
_NUMBERED = re.compile(
    r"^(?:(?:chapter|ch\.)\s*(?P<a>\d+|[ivxlcdm]+)\b|(?P<b>\d+)(?=[\s.:]|$)|(?P<c>[ivxlcdm]+)(?=[.:]|$))",
    re.IGNORECASE,
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
TITLE_CHARS = 48  # a chapter title longer than this is shortened in a citation


@dataclass(frozen=True)
class PassagePlace:
    """Where a book passage is: enough for a citation and for the reader view to open it there."""

    book_id: str
    chapter: int  # 1-based, in the book's order
    page: int | None = None  # printed page (PDF), else None
    paragraph: int | None = None  # 1-based within the chapter
    # 1-based lines in the file (text and Markdown books) each of the passage's paragraphs starts on.
    lines: tuple[int, ...] = ()

    @property
    def line(self) -> int | None:
        return self.lines[0] if self.lines else None

    def source(self) -> str:
        parts = [f"book:{self.book_id}", f"chapter:{self.chapter}"]
        if self.page is not None:
            parts.append(f"page:{self.page}")
        if self.paragraph is not None:
            parts.append(f"para:{self.paragraph}")
        if self.lines:
            parts.append(f"line:{','.join(map(str, self.lines))}")
        return "/".join(parts)


@dataclass(frozen=True)
class FilePlace:
    """Where a memory imported from a file is: the file's name and each of its paragraphs' first line."""

    name: str
    lines: tuple[int, ...]

    def line_at(self, text: str, at: int = 0) -> int:
        """The line of the file that character `at` of the memory's text is on."""
        return line_at(self.lines, text, at)


def line_at(lines: tuple[int, ...], text: str, at: int) -> int:
    """The line of a file that character `at` of a memory's text is on, its paragraphs (joined with one
    blank line, whatever the file had between them) starting on `lines`: the paragraph's line, and the
    line breaks inside it before `at`."""
    paragraphs = text[:at].split("\n\n")
    index = len(paragraphs) - 1
    if index >= len(lines):  # imported before the lines of its paragraphs were kept: its first line only
        return lines[0]
    return lines[index] + paragraphs[index].count("\n")


def file_source(name: str, lines: list[int]) -> str:
    """The `source` of a memory imported from the file `name`, its paragraphs starting on `lines`."""
    return f"file:{name}:{','.join(map(str, lines or [1]))}"


def file_place(source: str) -> FilePlace | None:
    """The file and lines encoded in a `source`, or None for any other memory."""
    m = _FILE.match(source)
    return FilePlace(m.group("name"), tuple(int(n) for n in m.group("lines").split(","))) if m else None


@dataclass(frozen=True)
class PassageLink:
    """What a window needs to open a cited passage: the book, the passage (a memory id) and its place."""

    book_id: str
    memory_id: str
    place: PassagePlace


class BookNames(Protocol):
    """The books store, as far as naming a place needs it."""

    def book_title(self, book_id: str) -> str | None: ...

    def chapter_title(self, book_id: str, chapter: int) -> str | None: ...


def passage_place(source: str) -> PassagePlace | None:
    """The place encoded in a book passage's `source`, or None for any other memory."""
    m = _BOOK.match(source)
    if not m:
        return None

    def num(name: str) -> int | None:
        return int(m.group(name)) if m.group(name) else None

    lines = tuple(int(n) for n in m.group("lines").split(",")) if m.group("lines") else ()
    return PassagePlace(m.group("book"), int(m.group("chapter")), num("page"), num("para"), lines)


def passage_link(memory: Memory) -> PassageLink | None:
    place = passage_place(memory.source)
    return PassageLink(place.book_id, memory.id, place) if place else None


def book_condition(book_id: str, chapter: int | None = None) -> str:
    """A store filter (LanceDB SQL) for the passages of one book, or of one chapter of it."""
    prefix = f"book:{book_id}/chapter:{chapter}/" if chapter is not None else f"book:{book_id}/"
    # Sources end with a field after the chapter number, so "chapter:1/" never matches chapter 12.
    exact = f"book:{book_id}/chapter:{chapter}"
    like = prefix.replace("'", "''").replace("%", r"\%").replace("_", r"\_")
    if chapter is None:
        return f"source LIKE '{like}%' ESCAPE '\\'"
    return f"(source = '{exact}' OR source LIKE '{like}%' ESCAPE '\\')"


@dataclass(frozen=True)
class PlaceWords:
    """How a place is written in one language: a Chinese reply says 《书名》第3章，第41页, not "ch. 3, p. 41"
    inside its own sentence."""

    book: str = "{}"
    chapter: str = "ch. {}"
    page: str = "p. {}"
    line: str = "line {}"
    paragraph: str = "para. {}"
    joined: str = ", "
    file: str = "{}, line {}"
    day: str = "{d} {b} {y}"
    chat: str = "said in chat on {}"
    drawn: str = "drawn from what you said on {}"
    summary: str = "summary of {}"
    told: str = "told on {}"


ENGLISH = PlaceWords()
CHINESE = PlaceWords(
    book="《{}》",
    chapter="第{}章",
    page="第{}页",
    line="第{}行",
    paragraph="第{}段",
    joined="，",
    file="{} 第{}行",
    day="{y}年{m}月{d}日",
    chat="{}在聊天中说的",
    drawn="取自你{}说的话",
    summary="{}的总结",
    told="{}告诉我的",
)


def day(created: str, words: PlaceWords = ENGLISH) -> str:
    """A memory's date as people write it: "3 Nov 2026" (2026年11月3日), in the user's local time."""
    try:
        moment: datetime = parse_time(created).astimezone()
    except ValueError:
        return created[:10]
    return words.day.format(d=moment.day, m=moment.month, b=f"{moment:%b}", y=moment.year)


def chapter_label(title: str | None, chapter: int, words: PlaceWords = ENGLISH) -> str:
    """ "ch. 3" for a numbered chapter ("III: The Arrival", "Chapter 3"), the title in quotes for a named
    one ("“Dedication”"), "ch. N" (its place in the book) when the book gave none."""
    if not title or not title.strip():
        return words.chapter.format(chapter)
    title = " ".join(title.split())
    m = _NUMBERED.match(title)
    if m:
        number = _number(m.group("a") or m.group("b") or m.group("c"))
        if number is not None:
            return words.chapter.format(number)
    return f"“{_short(title)}”"


def place_of(memory: Memory, books: BookNames | None = None, words: PlaceWords = ENGLISH, at: int = 0) -> str | None:
    """A short, human-readable place for any memory, or None when its origin says nothing useful.

    `books` names book passages; without it the data folder's books store is asked. `at`: the character
    of the memory's text the place is wanted for (where a quote starts), in a file or a reflowing book."""
    source = memory.source or ""
    place = passage_place(source)
    if place is not None:
        names = books if books is not None else _default_names()
        title = names.book_title(place.book_id) if names is not None else None
        if names is None or title is None:
            return None  # the book was removed: a place that cannot be opened is not shown
        chapter = chapter_label(names.chapter_title(place.book_id, place.chapter), place.chapter, words)
        parts = [words.book.format(title), chapter]
        if place.page is not None:
            parts.append(words.page.format(place.page))
        elif place.lines:
            parts.append(words.line.format(line_at(place.lines, memory.text, at)))
        elif place.paragraph is not None:
            # A reflowing book (EPUB, DOCX, a web page) has no pages or lines: its paragraph within the
            # chapter is the place a reader can find again.
            # The passage joins its paragraphs with one blank line each (books/chunking.py).
            parts.append(words.paragraph.format(place.paragraph + memory.text[:at].count("\n\n")))
        return words.joined.join(parts)
    file = file_place(source)
    if file:
        return words.file.format(file.name, file.line_at(memory.text, at))
    when = day(memory.created, words)
    if source.startswith("conversation:"):
        return words.chat.format(when)
    if source.startswith("memory:"):
        return words.drawn.format(when)
    if source.startswith("nightly:"):
        return words.summary.format(day(source.removeprefix("nightly:"), words))
    if source in ("command", "cli"):
        return words.told.format(when)
    return None


def in_numbered_chapter(memory: Memory, books: BookNames | None = None) -> bool | None:
    """Whether a book passage is in a numbered chapter (the story, not its dedication or preface); None
    for any other memory, or a passage whose book is gone."""
    place = passage_place(memory.source or "")
    names = books if books is not None else _default_names() if place is not None else None
    if place is None or names is None or names.book_title(place.book_id) is None:
        return None
    return chapter_label(names.chapter_title(place.book_id, place.chapter), place.chapter).startswith("ch. ")


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    values = [_ROMAN[c] for c in text.lower()]
    if len(values) > 6:  # "mild" is a word, not a numeral: real chapter numerals are short
        return None
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if total > 0 else None


def _short(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"


def _default_names() -> BookNames | None:
    # Imported here, not at the top: the books package builds on memory, and most callers pass names.
    from ..books.library import default_names

    return default_names()
