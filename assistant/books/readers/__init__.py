"""One reader per format; `read_document` picks by the file's content first and its name second, so a
PDF named .txt is still read as a PDF and a text file named .epub is refused as a broken EPUB."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ...language import is_chinese
from ..document import BookRefused, Document
from ..limits import MAX_TEXT_CHARS, check_file

Progress = Callable[[float], None]

SUFFIXES = {
    ".epub": "epub",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}
BOOK_FORMATS = ("epub", "pdf", "docx", "html")  # what `memory import` hands to the books importer
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|that|was|he|she|it|is|with|for|his|her|you|not)\b", re.IGNORECASE)


def format_of(path: Path, head: bytes) -> str:
    """ "epub", "pdf", "docx", "html", "markdown" or "text", from the first bytes and the name."""
    suffix = SUFFIXES.get(path.suffix.lower(), "")
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK"):
        if b"application/epub+zip" in head[:100] or suffix == "epub":
            return "epub"
        if suffix == "docx" or b"word/" in head[:2048] or b"[Content_Types].xml" in head[:100]:
            return "docx"
        return suffix or "epub"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "docx"  # OLE: an encrypted DOCX or an old .doc; the DOCX reader says which
    if suffix:
        return suffix
    sniff = head[:1024].lstrip().lower()
    if sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_document(path: Path, progress: Progress | None = None) -> tuple[Document, int]:
    """The file read as a book, and its size in bytes. Refuses (BookRefused, one line) what it cannot read."""
    path = Path(path)
    size = check_file(path)
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise BookRefused(f"cannot read {path}: {e.strerror or e}") from e
    kind = format_of(path, head)
    if kind == "pdf":
        from .pdf import read_pdf

        document = read_pdf(path, progress)
    elif kind == "epub":
        from .epub import read_epub

        document = read_epub(path)
    else:
        data = path.read_bytes()
        if kind == "docx":
            from .docx import read_docx

            document = read_docx(path, data)
        elif kind == "html":
            from .html import read_html

            document = read_html(path, data)
        elif kind == "markdown":
            from .text import read_markdown

            document = read_markdown(path, data)
        else:
            from .text import read_text

            document = read_text(path, data)
    document.sections = [s for s in document.sections if s.blocks]
    chars = sum(len(b.text) for s in document.sections for b in s.blocks)
    if not chars:
        raise BookRefused(f"{path.name} holds no text to read; nothing was stored")
    if chars > MAX_TEXT_CHARS:
        raise BookRefused(
            f"{path.name} holds {chars:,} characters of text, more than any book "
            f"(the limit is {MAX_TEXT_CHARS:,}); nothing was stored"
        )
    document.language = document.language or guess_language(document)
    return document, size


def guess_language(document: Document) -> str:
    """ "zh" or "en" when the text plainly is; "" when it is neither or unclear (never a guess passed off as fact)."""
    sample = " ".join(b.text for s in document.sections for b in s.blocks)[:20000]
    if is_chinese(sample):
        return "zh"
    words = len(sample.split())
    return "en" if words and len(_ENGLISH.findall(sample)) / words > 0.08 else ""


__all__ = ["BOOK_FORMATS", "BookRefused", "format_of", "read_document"]
