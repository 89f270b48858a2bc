"""PDF with a text layer, through pypdfium2 (PDFium): text page by page, lines joined into paragraphs,
running heads and page numbers dropped, chapters from the outline (bookmarks) or, without one, from
lines that read like chapter headings.

Every block keeps its page (1-based, the number a PDF viewer shows), so a citation can say "p. 41".
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..document import Block, BookRefused, Document, Section, clean, joined_lines
from ..headings import is_chapter_heading

Progress = Callable[[float], None]
RUNNING_HEAD_CHARS = 40  # "LOVE AMONG THE CHICKENS  41": a running head is short
MIN_CHARS_PER_PAGE = 20  # below this on average there is no text layer: a scan
_ENDS_SENTENCE = tuple('.!?:;。！？：；…”’")」』')
_DIGITS = re.compile(r"\d+")


def read_pdf(path: Path, progress: Progress | None = None) -> Document:
    import pypdfium2 as pdfium  # imported here: a 10 MB native library only PDFs need

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise BookRefused(
                f"{path.name} is encrypted with a password, so its text cannot be read; "
                "save an unprotected copy; nothing was stored"
            ) from None
        raise BookRefused(f"{path.name} is not a PDF that can be read ({e}); nothing was stored") from None
    try:
        pages: list[list[str]] = []
        count = len(pdf)
        for index in range(count):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                pages.append(textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n").split("\n"))
            finally:
                textpage.close()
                page.close()
            if progress and (index % 10 == 0 or index == count - 1):
                progress((index + 1) / count)
        outline = [(item.level, clean(item.get_title() or ""), _page_index(item)) for item in pdf.get_toc()]
        meta = pdf.get_metadata_dict()
    finally:
        pdf.close()
    if not pages:
        raise BookRefused(f"{path.name} has no pages; nothing was stored")
    chars = sum(len(line.strip()) for lines in pages for line in lines)
    if chars < MIN_CHARS_PER_PAGE * len(pages):
        raise BookRefused(
            f"{path.name} has no text layer (a scanned PDF?): run it through OCR first; nothing was stored"
        )
    pages = _without_running_heads(pages)
    title = clean(meta.get("Title") or "") or path.stem
    document = Document("pdf", title, clean(meta.get("Author") or ""), "", pages=len(pages))
    document.sections = _sections(pages, _chapter_starts(outline, len(pages)), title)
    return document


def _page_index(bookmark: object) -> int | None:
    dest = bookmark.get_dest()  # type: ignore[attr-defined]
    if dest is None:
        return None
    index = dest.get_index()
    return int(index) if index is not None else None


def _without_running_heads(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and the lines repeated at the top or bottom of many pages (the book's or the
    chapter's title as a running head): they would break paragraphs and pollute every passage."""

    def key(line: str) -> str:
        return _DIGITS.sub("#", " ".join(line.split()).lower())

    edges: Counter[str] = Counter()
    for lines in pages:
        text = [line for line in lines if line.strip()]
        for line in {*text[:2], *text[-2:]}:
            edges[key(line)] += 1
    often = max(4, len(pages) // 3)
    # A running head is short; a body line repeated that often (digits aside) is a pattern in the text.
    repeated = {k for k, n in edges.items() if n >= often and len(k) <= RUNNING_HEAD_CHARS}
    out = []
    for lines in pages:
        text = [line for line in lines if line.strip()]
        edge = {*range(min(2, len(text))), *range(max(0, len(text) - 2), len(text))}
        out.append(
            [
                line
                for i, line in enumerate(text)
                if not (i in edge and (key(line) in repeated or key(line).strip("# –-") == "" or _page_label(line)))
            ]
        )
    return out


def _page_label(line: str) -> bool:
    """ "12", "- 12 -", "Page 12", "xiv" alone on a line."""
    text = line.strip().strip("-–— ").lower().removeprefix("page").strip()
    return text.isdigit() or (0 < len(text) <= 6 and set(text) <= set("ivxlc"))


def _chapter_starts(outline: list[tuple[int, str, int | None]], pages: int) -> list[tuple[int, str]]:
    """(page index, title) of each chapter, from the outline's top level (or the level below a single
    top entry, which is usually the book's own title)."""
    entries = [(level, title, page) for level, title, page in outline if page is not None and 0 <= page < pages]
    if not entries:
        return []
    top = min(level for level, _, _ in entries)
    if sum(1 for level, _, _ in entries if level == top) == 1 and any(level > top for level, _, _ in entries):
        top += 1
    starts: list[tuple[int, str]] = []
    for level, title, page in entries:
        if level == top and title and (not starts or page > starts[-1][0]):
            starts.append((page, title))  # several entries on one page: the first names it
    return starts


def _sections(pages: list[list[str]], starts: list[tuple[int, str]], title: str) -> list[Section]:
    sections: list[Section] = [Section(title)]
    by_page = dict(starts)
    for index, lines in enumerate(pages):
        if index in by_page:
            sections.append(Section(by_page[index]))
        lengths = [len(line.strip()) for line in lines if len(line.strip()) > 20]
        typical = statistics.median(lengths) if lengths else 60
        paragraph: list[str] = []
        for line in lines:
            stripped = line.strip()
            if not starts and not paragraph and is_chapter_heading(stripped):
                heading = clean(stripped)
                sections.append(Section(heading, [Block(heading, page=index + 1, heading=True)]))
                continue
            if not paragraph and clean(stripped).casefold() == sections[-1].title.casefold():
                # The outline's title printed as the chapter's heading: a heading, not a paragraph's start.
                sections[-1].blocks.append(Block(clean(stripped), page=index + 1, heading=True))
                continue
            paragraph.append(stripped)
            if stripped.endswith(_ENDS_SENTENCE) and len(stripped) < 0.8 * typical:
                _add_paragraph(sections[-1], paragraph, index + 1)  # a short line ending a sentence ends it
                paragraph = []
        _add_paragraph(sections[-1], paragraph, index + 1)
    return [s for s in sections if s.blocks]


def _add_paragraph(section: Section, lines: list[str], page: int) -> None:
    text = clean(joined_lines(lines))
    if text:
        section.blocks.append(Block(text, page=page))
