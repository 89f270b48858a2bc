"""A read book cut into passages: a few paragraphs each, cut along paragraphs and headings and never
across a chapter, each knowing its place (chapter, page, paragraph, line) in its `source`.

A heading starts a new passage, so a section's title travels with its first paragraphs; a paragraph
longer than a passage is cut at sentence ends.
"""

from __future__ import annotations

from ..memory.importer import CHUNK_CHARS
from ..memory.model import Memory
from ..memory.places import PassagePlace
from ..sentences import split_sentences
from .document import Block, Document
from .model import Chapter


def passage_id(book_id: str, position: int) -> str:
    return f"book-{book_id}-{position}"


def _pieces(block: Block) -> list[str]:
    """A block as pieces of at most CHUNK_CHARS, cut at sentence ends where there are any."""
    if len(block.text) <= CHUNK_CHARS:
        return [block.text]
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(block.text):
        while len(sentence) > CHUNK_CHARS:  # one enormous "sentence" (a table, a list without stops)
            cut = sentence.rfind(" ", 0, CHUNK_CHARS)
            cut = cut if cut > CHUNK_CHARS // 2 else CHUNK_CHARS
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        joiner = "" if current and ("\u3000" <= current[-1] <= "\u9fff" or current[-1] in "。！？；”」") else " "
        if current and len(current) + len(sentence) + 1 > CHUNK_CHARS:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current}{joiner}{sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


class _Builder:
    """Collects one chapter's pieces into passages of about CHUNK_CHARS."""

    def __init__(self, book_id: str, created: str, memories: list[Memory]) -> None:
        self.book_id, self.created, self.memories = book_id, created, memories
        self.buffer: list[str] = []
        self.lines: list[int] = []  # the line each piece starts on (text and Markdown books)
        self.start: tuple[int, Block] | None = None  # (paragraph number, first block) of this passage
        self.has_body = False  # a passage is never just a heading: the heading waits for its paragraph

    def add(self, chapter: Chapter, paragraph: int, block: Block) -> None:
        if block.heading and self.has_body:
            self.flush(chapter)  # a heading starts a passage, so a section's title travels with it
        for piece in _pieces(block):
            if self.has_body and sum(map(len, self.buffer)) + len(piece) > CHUNK_CHARS:
                self.flush(chapter)
            if self.start is None:
                self.start = (paragraph, block)
            self.buffer.append(piece)
            if block.line is not None:
                self.lines.append(block.line)
            self.has_body = self.has_body or not block.heading

    def flush(self, chapter: Chapter) -> None:
        text = "\n\n".join(self.buffer).strip()
        if text and self.start is not None:
            paragraph, block = self.start
            lines = tuple(self.lines) if len(self.lines) == len(self.buffer) else ()
            place = PassagePlace(self.book_id, chapter.n, page=block.page, paragraph=paragraph, lines=lines)
            position = len(self.memories)
            self.memories.append(
                Memory(
                    id=passage_id(self.book_id, position),
                    text=text,
                    kind="document",
                    created=self.created,
                    source=place.source(),
                    position=position,
                    import_id=self.book_id,
                )
            )
            chapter.passages += 1
        self.buffer, self.lines, self.start, self.has_body = [], [], None, False


def passages(document: Document, book_id: str, created: str) -> tuple[list[Memory], list[Chapter]]:
    """The book's passages in reading order, and its chapters with their passage counts. Every section
    has text (readers drop empty ones), so every chapter gets at least one passage."""
    memories: list[Memory] = []
    chapters: list[Chapter] = []
    builder = _Builder(book_id, created, memories)
    for number, section in enumerate(document.sections, start=1):
        chapter = Chapter(
            n=number,
            title=section.title,
            first_passage=len(memories),
            first_page=next((b.page for b in section.blocks if b.page is not None), None),
        )
        for paragraph, block in enumerate(section.blocks, start=1):
            builder.add(chapter, paragraph, block)
        builder.flush(chapter)  # never across a chapter boundary
        chapters.append(chapter)
    return memories, chapters
