"""EPUB 2 and 3: reading order from the OPF spine, chapter titles from the table of contents (the EPUB 3
nav document, else the EPUB 2 NCX), each content document to clean text.

Front and back matter that is not the author's text (title page, imprint, colophon, licence, the table
of contents itself) is left out: it would only crowd the passages a question should find.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urldefrag

from lxml import etree

from ..document import Block, BookRefused, Document, Section
from ..limits import SafeZip
from . import xhtml

# epub:type values (EPUB 3 structural semantics) of documents that are furniture, not reading.
FURNITURE = {
    "titlepage",
    "halftitlepage",
    "imprint",
    "colophon",
    "copyright-page",
    "toc",
    "landmarks",
    "loi",
    "lot",
    "cover",
    "frontispiece",
    "seriespage",
    "index",
    "other-credits",
}
# Font obfuscation (IDPF, Adobe) is not DRM: the text is readable, only embedded fonts are scrambled.
FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
CONTENT_TYPES = {"application/xhtml+xml", "text/html", "application/x-dtbook+xml"}


@dataclass
class Item:
    href: str  # path inside the zip
    media_type: str
    properties: str


def read_epub(path: Path) -> Document:
    with SafeZip(path, "EPUB") as z:
        _refuse_drm(z, path)
        opf_path = _rootfile(z, path)
        opf = _xml(z.read(opf_path), path, opf_path)
        base = posixpath.dirname(opf_path)
        manifest = {
            el.get("id", ""): Item(_join(base, el.get("href", "")), el.get("media-type", ""), el.get("properties", ""))
            for el in _all(opf, "item")
        }
        spine = [manifest[ref.get("idref", "")] for ref in _all(opf, "itemref") if ref.get("idref", "") in manifest]
        spine = [item for item in spine if item.media_type in CONTENT_TYPES and "nav" not in item.properties.split()]
        if not spine:
            raise BookRefused(f"{path.name} is not a valid EPUB: its spine lists no chapters; nothing was stored")
        toc = _toc(z, opf, manifest)
        title = _meta(opf, "title") or path.stem
        authors = [xhtml.text_of(el) for el in _all(opf, "creator")]
        document = Document("epub", title, " & ".join(a for a in authors if a), _meta(opf, "language"))
        for number, item in enumerate(spine, start=1):
            if item.href not in z.names:
                continue  # a spine entry without its file: read the rest, as e-readers do
            root = xhtml.parse(z.read(item.href))
            if root is None or _is_furniture(root):
                continue
            entries = toc.get(item.href, [])
            anchors = [frag for frag, _ in entries if frag]
            parts = xhtml.blocks(root, anchors)
            titles = dict(entries)
            for anchor, blocks in parts:
                if not blocks:
                    continue
                heading = titles.get(anchor) if anchor else titles.get("")
                if heading is None and anchor is None and entries:
                    heading = entries[0][1]  # the file's first TOC entry points at an anchor inside it
                heading = heading or _first_heading(blocks) or _head_title(root) or f"Section {number}"
                if document.sections and toc and anchor is None and not entries and not _first_heading(blocks):
                    # A file the TOC does not list and with no heading of its own continues the chapter
                    # before it (books split long chapters across files to keep each file small).
                    document.sections[-1].blocks.extend(blocks)
                    continue
                document.sections.append(Section(heading, blocks))
        return document


def _refuse_drm(z: SafeZip, path: Path) -> None:
    if "META-INF/rights.xml" in z.names:
        raise BookRefused(
            f"{path.name} is protected by DRM (Adobe ADEPT), so its text cannot be read; "
            "use a DRM-free copy; nothing was stored"
        )
    if "META-INF/encryption.xml" not in z.names:
        return
    root = _xml(z.read("META-INF/encryption.xml"), path, "META-INF/encryption.xml")
    for data in _all(root, "EncryptedData"):
        methods = {m.get("Algorithm", "") for m in _all(data, "EncryptionMethod")}
        if methods <= FONT_OBFUSCATION and methods:
            continue
        refs = [r.get("URI", "") for r in _all(data, "CipherReference")]
        if all(r.lower().endswith((".otf", ".ttf", ".woff", ".woff2")) for r in refs) and refs:
            continue
        raise BookRefused(
            f"{path.name} is protected by DRM (its chapters are encrypted), so its text cannot be "
            "read; use a DRM-free copy; nothing was stored"
        )


def _rootfile(z: SafeZip, path: Path) -> str:
    if "META-INF/container.xml" not in z.names:
        raise BookRefused(f"{path.name} is not a valid EPUB (no META-INF/container.xml); nothing was stored")
    container = _xml(z.read("META-INF/container.xml"), path, "META-INF/container.xml")
    for el in _all(container, "rootfile"):
        full = el.get("full-path", "")
        if full and el.get("media-type", "application/oebps-package+xml") == "application/oebps-package+xml":
            return unquote(full)
    raise BookRefused(f"{path.name} is not a valid EPUB (its container names no package file); nothing was stored")


def _toc(z: SafeZip, opf: etree._Element, manifest: dict[str, Item]) -> dict[str, list[tuple[str, str]]]:
    """{file: [(fragment or "", title)]} in TOC order, from the EPUB 3 nav or else the EPUB 2 NCX."""
    entries: list[tuple[str, str]] = []  # (href with fragment, title)
    nav = next((i for i in manifest.values() if "nav" in i.properties.split()), None)
    if nav is not None and nav.href in z.names:
        root = xhtml.parse(z.read(nav.href))
        if root is not None:
            navs = [el for el in root.iter() if xhtml.local(el) == "nav"]
            toc_nav = next((n for n in navs if "toc" in xhtml.attribute(n, "type").split()), navs[0] if navs else None)
            if toc_nav is not None:
                base = posixpath.dirname(nav.href)
                for a in toc_nav.iter():
                    if xhtml.local(a) == "a" and a.get("href"):
                        entries.append((_join(base, a.get("href", ""), keep_fragment=True), xhtml.text_of(a)))
    if not entries:
        spine = next(iter(_all(opf, "spine")), None)
        ncx_id = spine.get("toc", "") if spine is not None else ""
        ncx = manifest.get(ncx_id) or next(
            (i for i in manifest.values() if i.media_type == "application/x-dtbncx+xml"), None
        )
        if ncx is not None and ncx.href in z.names:
            root = _xml(z.read(ncx.href), None, ncx.href)
            base = posixpath.dirname(ncx.href)
            for point in _all(root, "navPoint"):
                label = next(iter(_all(point, "text")), None)
                content = next(iter(_all(point, "content")), None)
                if label is not None and content is not None and content.get("src"):
                    entries.append((_join(base, content.get("src", ""), keep_fragment=True), xhtml.text_of(label)))
    toc: dict[str, list[tuple[str, str]]] = {}
    for href, title in entries:
        file, fragment = urldefrag(href)
        if title and fragment not in dict(toc.get(file, [])):
            toc.setdefault(file, []).append((fragment, title))
    return toc


def _is_furniture(root: etree._Element) -> bool:
    body = xhtml.body(root)
    if body is None:
        return True
    kinds = set(xhtml.attribute(body, "type").split())
    sections = [el for el in body if xhtml.local(el) in ("section", "article", "div", "nav")]
    if len(sections) == 1:
        kinds |= set(xhtml.attribute(sections[0], "type").split())
    return bool(kinds & FURNITURE) and "bodymatter" not in kinds and "chapter" not in kinds


def _first_heading(blocks: list[Block]) -> str | None:
    for block in blocks[:3]:
        if block.heading:
            return str(block.text)
    return None


def _head_title(root: etree._Element) -> str | None:
    for el in root.iter():
        if xhtml.local(el) == "title":
            return xhtml.text_of(el) or None
    return None


def _meta(opf: etree._Element, name: str) -> str:
    for el in _all(opf, name):
        text = xhtml.text_of(el)
        if text:
            return text
    return ""


def _all(root: etree._Element, name: str) -> list[etree._Element]:
    return [el for el in root.iter() if xhtml.local(el) == name.lower()]


def _join(base: str, href: str, keep_fragment: bool = False) -> str:
    file, fragment = urldefrag(unquote(href))
    joined = posixpath.normpath(posixpath.join(base, file)) if file else ""
    return f"{joined}#{fragment}" if keep_fragment and fragment else joined


def _xml(data: bytes, path: Path | None, name: str) -> etree._Element:
    try:
        root = etree.fromstring(data, xhtml.parser())
    except etree.XMLSyntaxError as e:
        root = None
        error = str(e)
    else:
        error = "empty"
    if root is None:
        where = path.name if path else "the EPUB"
        raise BookRefused(f"{where} is not a valid EPUB ({name} cannot be read: {error}); nothing was stored")
    return root
