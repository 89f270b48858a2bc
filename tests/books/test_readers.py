"""Each format read into chapters of clean text that keep their place; what cannot be read is refused
in one line (DRM, passwords, scans, zip bombs, huge or fake files)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from make_books import (
    CHAPTERS,
    ZH_CHAPTERS,
    make_docx,
    make_epub,
    make_html,
    make_markdown,
    make_pdf,
    make_text,
)

from assistant.books.document import BookRefused
from assistant.books.readers import read_document

TITLES = ["The Storm", "The Rescue", "The Letter"]


def titles(path: Path) -> list[str]:
    document, _ = read_document(path)
    return [s.title for s in document.sections]


def test_an_epub3_reads_in_spine_order_with_nav_titles_and_its_typography(tmp_path: Path) -> None:
    document, size = read_document(make_epub(tmp_path / "book.epub"))
    assert (document.format, document.title, document.author, document.language) == (
        "epub",
        "The Lighthouse Keeper",
        "A. Tester",
        "en",
    )
    assert [s.title for s in document.sections] == TITLES  # the title page is furniture, left out
    text = " ".join(b.text for b in document.sections[1].blocks)
    assert "Anselm’s boat had struck the reef at midnight — “I saw your light,” he said" in text
    assert size == (tmp_path / "book.epub").stat().st_size


def test_an_epub2_takes_its_chapter_titles_from_the_ncx(tmp_path: Path) -> None:
    assert titles(make_epub(tmp_path / "old.epub", epub3=False)) == TITLES


def test_a_chinese_epub_keeps_its_language_and_text(tmp_path: Path) -> None:
    zh = make_epub(tmp_path / "zh.epub", chapters=ZH_CHAPTERS, title="小明的旅行", language="zh")
    document, _ = read_document(zh)
    assert document.language == "zh" and [s.title for s in document.sections] == ["第一章 出发", "第二章 到达"]
    assert "小明终于到达了上海" in document.sections[1].blocks[1].text


def test_a_pdf_keeps_pages_and_takes_chapters_from_its_outline(tmp_path: Path) -> None:
    document, _ = read_document(make_pdf(tmp_path / "book.pdf", pages_per_chapter=2, filler=1))
    assert document.format == "pdf" and document.pages == 6
    assert [s.title for s in document.sections] == TITLES
    rescue = document.sections[1]
    assert rescue.blocks[0].heading and {b.page for b in rescue.blocks} == {3, 4}
    assert any(b.text.startswith("At dawn he rowed out and brought back the fisherman Anselm") for b in rescue.blocks)


def test_a_pdf_without_an_outline_finds_chapter_headings_in_its_text(tmp_path: Path) -> None:
    chapters = [(f"Chapter {n}", [f"Paragraph of chapter {n} about the keeper and the sea."]) for n in (1, 2, 3)]
    assert titles(make_pdf(tmp_path / "plain.pdf", chapters=chapters, outline=False)) == [
        "Chapter 1",
        "Chapter 2",
        "Chapter 3",
    ]


def test_a_chinese_pdf_reads_as_chinese(tmp_path: Path) -> None:
    document, _ = read_document(make_pdf(tmp_path / "zh.pdf", chapters=ZH_CHAPTERS))
    assert document.language == "zh"
    assert any("小明在一个下雨的早晨离开了杭州" in b.text for b in document.sections[0].blocks)


def test_a_docx_keeps_its_headings_as_chapters_and_its_tables(tmp_path: Path) -> None:
    document, _ = read_document(make_docx(tmp_path / "book.docx"))
    assert document.title == "The Lighthouse Keeper" and document.author == "A. Tester"
    assert [s.title for s in document.sections] == TITLES
    assert document.sections[-1].blocks[-1].text == "Lamp oil | forty gallons"


def test_a_saved_web_page_gives_its_article_not_its_menus(tmp_path: Path) -> None:
    document, _ = read_document(make_html(tmp_path / "page.html"))
    text = " ".join(b.text for s in document.sections for b in s.blocks)
    assert "Old Tobias kept the lamp burning" in text
    assert "Menu item" not in text and "newsletter" not in text
    assert [s.title for s in document.sections][-3:] == TITLES


def test_markdown_headings_are_chapters_and_blocks_know_their_lines(tmp_path: Path) -> None:
    document, _ = read_document(make_markdown(tmp_path / "book.md"))
    assert document.title == "The Lighthouse Keeper" and [s.title for s in document.sections] == TITLES
    first = document.sections[0].blocks[1]
    assert first.text.startswith("Old Tobias") and first.line == 5


def test_plain_text_finds_chapter_lines_and_reads_chinese_saved_as_gb18030(tmp_path: Path) -> None:
    assert titles(make_text(tmp_path / "book.txt")) == ["CHAPTER I", "CHAPTER II", "CHAPTER III"]
    zh = make_text(tmp_path / "zh.txt", chapters=ZH_CHAPTERS, encoding="gb18030")
    document, _ = read_document(zh)
    assert [s.title for s in document.sections] == ["第一章 出发", "第二章 到达"] and document.language == "zh"


def refused(path: Path) -> str:
    with pytest.raises(BookRefused) as err:
        read_document(path)
    message = str(err.value)
    assert "\n" not in message and "nothing was stored" in message or "does not exist" in message
    return message


def test_a_drm_protected_epub_is_refused(tmp_path: Path) -> None:
    encryption = (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        '<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
        '<enc:CipherData><enc:CipherReference URI="OEBPS/text/c1.xhtml"/></enc:CipherData>'
        "</enc:EncryptedData></encryption>"
    )
    assert "DRM" in refused(make_epub(tmp_path / "drm.epub", extra={"META-INF/encryption.xml": encryption}))
    assert "DRM" in refused(make_epub(tmp_path / "adept.epub", extra={"META-INF/rights.xml": "<rights/>"}))


def test_obfuscated_fonts_are_not_drm(tmp_path: Path) -> None:
    fonts = (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        '<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
        '<enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData>'
        "</enc:EncryptedData></encryption>"
    )
    assert titles(make_epub(tmp_path / "fonts.epub", extra={"META-INF/encryption.xml": fonts})) == TITLES


def test_an_encrypted_pdf_and_a_scanned_pdf_are_refused(tmp_path: Path) -> None:
    assert "password" in refused(make_pdf(tmp_path / "secret.pdf", password="hunter2"))
    from reportlab.pdfgen import canvas

    scan = canvas.Canvas(str(tmp_path / "scan.pdf"))
    for _ in range(3):
        scan.rect(50, 50, 400, 600, fill=1)  # a page that is all picture, as a scan is
        scan.showPage()
    scan.save()
    assert "no text layer" in refused(tmp_path / "scan.pdf")


def test_a_zip_bomb_a_huge_file_and_a_fake_epub_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.epub"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("OEBPS/c1.xhtml", b"\0" * (80 * 1024 * 1024))
    assert "zip bomb" in refused(bomb)
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:
        f.truncate(2 * 1024**3)  # sparse: 2 GB long, nothing written
    assert "larger than any book" in refused(huge)
    fake = tmp_path / "fake.epub"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert "not a valid EPUB" in refused(fake)
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert "binary" in refused(binary)
    assert "does not exist" in refused(tmp_path / "missing.epub")


def test_a_password_protected_docx_is_refused(tmp_path: Path) -> None:
    ole = tmp_path / "locked.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "password-protected" in refused(ole)


def test_one_file_holding_several_chapters_is_cut_where_the_toc_points(tmp_path: Path) -> None:
    body = "".join(
        f'<h2 id="ch{n}">{name}</h2>' + "".join(f"<p>{p}</p>" for p in paragraphs)
        for n, (name, paragraphs) in enumerate(CHAPTERS, start=1)
    )
    whole = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>All'
        f"</title></head><body>{body}</body></html>"
    )
    links = "".join(f'<li><a href="text/all.xhtml#ch{n}">{name}</a></li>' for n, (name, _) in enumerate(CHAPTERS, 1))
    nav = (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        f'<body><nav epub:type="toc"><ol>{links}</ol></nav></body></html>'
    )
    path = tmp_path / "converted.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr(
            "META-INF/container.xml",
            (
                '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>'
                "</rootfiles></container>"
            ),
        )
        z.writestr(
            "content.opf",
            (
                '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Converted</dc:title></metadata><manifest>'
                '<item id="all" href="text/all.xhtml" media-type="application/xhtml+xml"/>'
                '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest>'
                '<spine><itemref idref="all"/></spine></package>'
            ),
        )
        z.writestr("nav.xhtml", nav)
        z.writestr("text/all.xhtml", whole)
    document, _ = read_document(path)
    assert [s.title for s in document.sections] == TITLES
    assert document.sections[2].blocks[1].text.startswith("A week later a letter came")


def test_html_entities_in_an_older_epub_keep_their_characters(tmp_path: Path) -> None:
    chapters = [("Entities", ["He paused&mdash;then went on, &ldquo;quite so.&rdquo;"])]
    document, _ = read_document(make_epub(tmp_path / "old.epub", chapters=chapters))
    assert document.sections[0].blocks[1].text == "He paused—then went on, “quite so.”"
