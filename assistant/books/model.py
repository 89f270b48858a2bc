"""The plain dataclasses the books package hands to the CLI, the window and the answer pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Chapter:
    n: int  # 1-based, in reading order
    title: str
    passages: int = 0
    first_passage: int = 0  # position (0-based, book-wide) of its first passage
    first_page: int | None = None  # PDFs: the page it starts on

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "passages": self.passages}


@dataclass
class Book:
    id: str
    title: str
    format: str  # "epub", "pdf", "docx", "html", "markdown", "text"
    author: str = ""
    language: str = ""  # BCP 47 as the file states it ("en-GB", "zh"), or guessed ("en", "zh")
    file_name: str = ""
    size: int = 0  # bytes of the file as imported
    file_hash: str = ""
    chapters: int = 0
    passages: int = 0
    pages: int = 0  # PDFs: page count; 0 for reflowable formats
    added: str = ""
    position: str = ""  # memory id of the passage the reader stopped at; "" before the first reading
    progress: float = 0.0  # 0–1: how far into the book that passage is
    read_at: str = ""
    chapter_list: list[Chapter] = field(default_factory=list)  # filled by `show`, empty in a list

    def to_json(self, with_chapters: bool = False) -> dict[str, Any]:
        """The command-line contract's shape: counts for chapters and passages, plus progress;
        `show` gives the chapters as [{"title", "passages"}]."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "language": self.language,
            "format": self.format,
            "chapters": self.chapters,
            "passages": self.passages,
            "progress": round(self.progress, 4),
            "size": self.size,
            "pages": self.pages,
            "added_at": self.added,
            "position": self.position or None,
        }
        if with_chapters:
            out["chapters"] = [c.to_json() for c in self.chapter_list]
        return out
