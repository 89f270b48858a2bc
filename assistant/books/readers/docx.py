"""DOCX (Word) with python-docx: paragraphs and tables in document order, headings as chapters.

The chapters are the top heading level used more than once ("Heading 1", or "Heading 2" under a single
"Title"/"Heading 1"); deeper headings stay in the text as headings.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ..document import Block, BookRefused, Document, Section, clean
from ..limits import SafeZip

_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_OLE = b"\xd0\xcf\x11\xe0"  # an encrypted (or pre-2007 .doc) Word file is an OLE container, not a zip


def read_docx(path: Path, data: bytes) -> Document:
    if data.startswith(_OLE):
        raise BookRefused(
            f"{path.name} is password-protected or an old .doc file, not a DOCX: save it as .docx "
            "without a password; nothing was stored"
        )
    with SafeZip(path, "DOCX") as z:  # checks for a zip bomb before python-docx unpacks anything
        if "word/document.xml" not in z.names:
            raise BookRefused(f"{path.name} is not a valid DOCX (no word/document.xml); nothing was stored")
    import docx  # python-docx; imported here: most imports are not Word files
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise BookRefused(f"{path.name} is not a valid DOCX ({e}); nothing was stored") from e
    items: list[tuple[int, str]] = []  # (heading level or 0, text)
    title = ""
    for part in word.iter_inner_content():
        if isinstance(part, Table):
            for row in part.rows:
                cells = list(dict.fromkeys(clean(c.text) for c in row.cells))  # merged cells repeat
                text = " | ".join(c for c in cells if c)
                if text:
                    items.append((0, text))
            continue
        text = clean(part.text)
        if not text:
            continue
        style = (part.style.name if part.style is not None else "") or ""
        if style.lower() == "title" and not title:
            title = text
            continue
        m = _HEADING.match(style)
        items.append((int(m.group(1)) if m else 0, text))
    props = word.core_properties
    title = clean(props.title or "") or title or path.stem
    document = Document("docx", title, clean(props.author or ""), clean(props.language or ""))
    levels = [level for level, _ in items if level]
    chapter_level = min(levels) if levels else 0
    if levels and levels.count(chapter_level) == 1 and any(v > chapter_level for v in levels):
        chapter_level = min(v for v in levels if v > chapter_level)  # one "Heading 1" above the chapters
    section = Section(title)
    for level, text in items:
        if level and level < chapter_level:
            if title == path.stem:
                document.title = text
            continue
        if level and level == chapter_level:
            if section.blocks:
                document.sections.append(section)
            section = Section(text)
        section.blocks.append(Block(text, heading=bool(level)))
    if section.blocks:
        document.sections.append(section)
    return document
