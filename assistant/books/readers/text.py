"""Markdown and plain text: headings are chapters, blank lines end paragraphs, and every block keeps the
line it starts on, so a citation can say "line 120".

Markdown is parsed with markdown-it-py (CommonMark), never by hand; the chapters are the top heading
level that occurs more than once (a lone "# Title" above "## Chapter" headings is the book's title).
Plain text has no markup: lines that read like chapter headings ("CHAPTER III", "第三章") start chapters.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ...language import cjk_share
from ..document import Block, BookRefused, Document, Section, clean, joined_lines
from ..headings import is_chapter_heading

_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")


def decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 for Chinese text saved by Windows."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise BookRefused(
            f"{path.name} is a binary file, not text, and not a book format this reads "
            "(EPUB, PDF, DOCX, HTML, Markdown, text); nothing was stored"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = ""
        if text and cjk_share(text[:20000]) > 0.3:
            return text
        line = data[: e.start].count(b"\n") + 1
        raise BookRefused(f"{path.name}:{line}: not UTF-8 text (nor Chinese GB18030); nothing was stored") from e


def read_text(path: Path, data: bytes) -> Document:
    text = decode(data, path)
    document = Document("text", path.stem)
    section = Section(path.stem)
    line_no, counted_to = 1, 0
    for match in _PARAGRAPH.finditer(text):
        line_no += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        lines = match.group(0).splitlines()
        if len(lines) == 1 and is_chapter_heading(lines[0]):
            if section.blocks:
                document.sections.append(section)
            section = Section(clean(lines[0]), [Block(clean(lines[0]), line=line_no, heading=True)])
            continue
        body = clean(joined_lines(lines))
        if body:
            section.blocks.append(Block(body, line=line_no))
    if section.blocks:
        document.sections.append(section)
    return document


def read_markdown(path: Path, data: bytes) -> Document:
    text = decode(data, path)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [(int(t.tag[1]), i) for i, t in enumerate(tokens) if t.type == "heading_open"]
    levels = [level for level, _ in headings]
    title = path.stem
    chapter_level = min(levels) if levels else 0
    if levels and levels.count(chapter_level) == 1 and any(v > chapter_level for v in levels):
        first_level, first_index = headings[0]
        if first_level == chapter_level:  # "# Title" above "## Chapter …": the title, not a chapter
            title = _plain(tokens[first_index + 1]) or title
            chapter_level = min(v for v in levels if v > chapter_level)
    document = Document("markdown", title)
    section = Section(title)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        line = token.map[0] + 1 if token.map else None
        if token.type == "heading_open":
            words = _plain(tokens[i + 1])
            level = int(token.tag[1])
            if level < chapter_level:  # the book's title, already taken
                i += 3
                continue
            if level == chapter_level:
                if section.blocks:
                    document.sections.append(section)
                section = Section(words or f"Section {len(document.sections) + 1}")
            if words:
                section.blocks.append(Block(words, line=line, heading=True))
            i += 3
            continue
        if token.type == "inline":
            words = _plain(token)
            before = tokens[i - 1].map if i else None
            parent_line = before[0] + 1 if before else line
            if words:
                section.blocks.append(Block(words, line=parent_line))
        elif token.type in ("fence", "code_block") and token.content.strip():
            section.blocks.append(Block(token.content.strip(), line=line))
        i += 1
    if section.blocks:
        document.sections.append(section)
    return document


def _plain(inline: Token) -> str:
    """An inline token's words without markup: emphasis dropped, a link's text kept, an image's alt."""
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return clean(joined_lines("".join(parts).split("\n")))
