"""XHTML (an EPUB chapter, a saved page's main part) to blocks of clean text.

Block elements end a paragraph; inline markup (italics, abbreviations, links) is flattened into it.
An element whose id is one of `splits` starts a new part, so a file holding several chapters (as many
converted e-books do) is cut where its table of contents points.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from ..document import Block, clean

# Elements that are a paragraph of their own (or contain paragraphs): text around them is split there.
BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "figure",
    "figcaption",
    "hgroup",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "body",
    "address",
    "details",
    "summary",
    "nav",
    "center",
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "hgroup"}
# Not text a reader reads: scripts and styles, and ruby annotations (pinyin over Chinese characters).
SKIP = {"script", "style", "head", "title", "rt", "rp", "template", "svg", "math", "noscript", "object"}


def parser(recover: bool = True) -> etree.XMLParser:
    """An XML parser that never fetches anything and never expands entities (billion laughs, XXE)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=recover)


def html_parser() -> etree.HTMLParser:
    return etree.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)


def parse(data: bytes) -> etree._Element | None:
    """The root of an XHTML file; falls back to the HTML parser for files that are not well-formed XML
    (common in older EPUBs), which also knows HTML's named entities (&mdash;, &nbsp;) that a recovering
    XML parser would silently drop."""
    try:
        root = etree.fromstring(data, parser(recover=False))
    except etree.XMLSyntaxError:
        root = None
    if root is None or local(root) != "html":
        try:
            root = etree.fromstring(data, html_parser())
        except (etree.XMLSyntaxError, ValueError):
            return None
    return root


def local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def attribute(el: etree._Element, name: str) -> str:
    """An attribute by its local name, whatever namespace it is in (epub:type)."""
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return str(value)
    return ""


def body(root: etree._Element) -> etree._Element | None:
    for el in root.iter():
        if local(el) == "body":
            return el
    return None


def blocks(root: etree._Element, splits: Iterable[str] = ()) -> list[tuple[str | None, list[Block]]]:
    """The blocks of a document's body, as parts: [(id that started it or None, blocks)]."""
    wanted = set(splits)
    parts: list[tuple[str | None, list[Block]]] = [(None, [])]
    buffer: list[str] = []
    heading = [0]  # depth inside heading elements

    def flush() -> None:
        text = clean("".join(buffer))
        buffer.clear()
        if text:
            parts[-1][1].append(Block(text, heading=heading[0] > 0))

    def walk(el: etree._Element) -> None:
        tag = local(el)
        if tag in SKIP or not tag:
            return
        anchor = el.get("id")
        if anchor and anchor in wanted:
            flush()
            parts.append((anchor, []))
        if tag == "hgroup":
            # "III" and "Waterloo Station" are one heading: "III: Waterloo Station".
            flush()
            texts = [clean("".join(child.itertext())) for child in el if local(child) not in SKIP]
            text = ": ".join(t for t in texts if t)
            if text:
                parts[-1][1].append(Block(text, heading=True))
            return
        is_block = tag in BLOCKS
        if is_block:
            flush()
        if tag in HEADINGS:
            heading[0] += 1
        if tag == "br":
            buffer.append("\n")
        if tag == "img" and el.get("alt"):
            buffer.append(f" {el.get('alt')} ")
        if el.text:
            buffer.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if is_block:
            flush()
        if tag in HEADINGS:
            heading[0] -= 1

    start = body(root)
    if start is not None:
        walk(start)
        flush()
    return [p for p in parts if p[1] or p[0] is not None]


def text_of(el: etree._Element) -> str:
    return clean("".join(t for t in el.itertext()))
