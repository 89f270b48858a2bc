"""What a reader makes of a file: the book's metadata and its chapters as blocks of clean text.

Every reader (EPUB, PDF, DOCX, HTML, Markdown, text) returns a `Document`; chunking and storing do not
care which format it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import AssistantError, Problem

# Invisible characters that e-books use for typesetting (word joiners around em dashes, soft hyphens,
# zero-width spaces, a stray BOM): they would split words in the index and show as boxes in a quote.
# Visible typography (curly quotes, em dashes, ellipses, hair spaces) is kept as the author set it.
_INVISIBLE = dict.fromkeys(map(ord, "\u2060\u00ad\u200b\ufeff\u200c\u200d"))
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


class BookRefused(AssistantError):
    """A file that cannot be read as a book; nothing from it was stored."""

    problem = Problem.BOOK_REFUSED


@dataclass
class Block:
    """A paragraph (or heading, list item, table row) of text, with where it sits in the file."""

    text: str
    page: int | None = None  # 1-based page (PDF)
    line: int | None = None  # 1-based line (text and Markdown)
    heading: bool = False


@dataclass
class Section:
    """A chapter as read: its title and its blocks in reading order."""

    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    format: str  # "epub", "pdf", "docx", "html", "markdown", "text"
    title: str
    author: str = ""
    language: str = ""
    sections: list[Section] = field(default_factory=list)
    pages: int = 0  # PDFs only


def clean(text: str) -> str:
    """One paragraph's text: invisible typesetting characters dropped, runs of spaces and line breaks
    made one space, typographic punctuation kept."""
    return _SPACE.sub(" ", text.translate(_INVISIBLE)).strip()


def joined_lines(lines: list[str]) -> str:
    """Hard-wrapped lines of one paragraph as running text: a word hyphenated at the line end is joined
    again, Chinese lines are joined without a space (Chinese has none between words)."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            out = out[:-1] + line
        elif _is_cjk(out[-1]) and _is_cjk(line[0]):
            out += line
        else:
            out += " " + line
    return out


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\uf900" <= ch <= "\ufaff"
