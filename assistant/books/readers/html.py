"""A web page saved to disk: its main text (not menus, footers or comments), found by trafilatura, with
headings as chapters; a page trafilatura finds nothing in is read whole."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..document import Block, BookRefused, Document, Section, clean
from . import xhtml
from .text import decode


def read_html(path: Path, data: bytes) -> Document:
    text = decode(data, path)
    import trafilatura  # imported here: it pulls in date and URL parsers only pages need

    extracted = trafilatura.bare_extraction(
        text,
        output_format="python",
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        with_metadata=True,
        favor_recall=True,
    )
    title, author, language = path.stem, "", ""
    sections: list[Section] = []
    if extracted is not None:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
        title = clean(meta.get("title") or "") or title
        author = clean(meta.get("author") or "")
        language = clean(meta.get("language") or "")
        body = meta.get("body")
        if body is not None:
            sections = _sections(body, title)
    if not sections:  # nothing recognised as the main text: fall back to every paragraph of the page
        root = xhtml.parse(data) if text else None
        if root is None:
            raise BookRefused(f"{path.name} is not an HTML page that can be read; nothing was stored")
        blocks = [b for _, part in xhtml.blocks(root) for b in part]
        sections = [Section(title, blocks)] if blocks else []
        if root is not None and not language:
            language = root.get("lang") or ""
    return Document("html", title, author, language, sections)


def _sections(body: etree._Element, title: str) -> list[Section]:
    """trafilatura's XML body (<head>, <p>, <list>, <table>) cut at its top heading level."""
    items: list[tuple[bool, str]] = []
    for el in body:
        tag = xhtml.local(el)
        if tag == "list":
            items += [(False, xhtml.text_of(item)) for item in el if xhtml.text_of(item)]
        elif tag == "table":
            for row in el:
                cells = [xhtml.text_of(c) for c in row]
                items.append((False, " | ".join(c for c in cells if c)))
        else:
            items.append((tag == "head", xhtml.text_of(el)))
    sections: list[Section] = []
    section = Section(title)
    heads = [t for h, t in items if h]
    split = len(heads) > 1
    for heading, text in items:
        if not text:
            continue
        if heading and split and text != title:
            if section.blocks:
                sections.append(section)
            section = Section(text)
        section.blocks.append(Block(text, heading=heading))
    if section.blocks:
        sections.append(section)
    return sections
