"""Small real book files built in the test's own folder: EPUB 2 and 3, PDF (reportlab), DOCX
(python-docx), a saved web page, Markdown and text, in English and Chinese."""

from __future__ import annotations

import zipfile
from pathlib import Path

CHAPTERS = [
    (
        "The Storm",
        [
            "Old Tobias kept the lamp burning through the night while the sea broke over the rocks.",
            "He had kept the Gull Point light for thirty years, and he had never once let it go dark.",
        ],
    ),
    (
        "The Rescue",
        [
            "At dawn he rowed out and brought back the fisherman Anselm, half frozen but alive.",
            "Anselm’s boat had struck the reef at midnight — “I saw your light,” he said, “and I held on.”",
        ],
    ),
    (
        "The Letter",
        [
            "A week later a letter came from the harbour master, thanking Tobias for his courage.",
            "Tobias put it in the drawer with his father’s compass and never spoke of it again.",
        ],
    ),
]

ZH_CHAPTERS = [
    (
        "第一章 出发",
        ["小明在一个下雨的早晨离开了杭州，他带着一把旧雨伞和一本地图。", "火车开得很慢，他在车上读完了半本书。"],
    ),
    (
        "第二章 到达",
        [
            "傍晚时分，小明终于到达了上海，住进了外滩附近的一家小旅馆。",
            "旅馆老板是一位和蔼的老人，给他泡了一杯龙井茶。",
        ],
    ),
]


def _opf(title: str, author: str, language: str, items: list[tuple[str, str, str]], epub3: bool) -> str:
    manifest = "".join(f'<item id="{i}" href="{h}" media-type="application/xhtml+xml"{p}/>' for i, h, p in items)
    if not epub3:
        manifest += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    spine_items = "".join(f'<itemref idref="{i}"/>' for i, _, p in items if "nav" not in p)
    toc = "" if epub3 else ' toc="ncx"'
    return (
        f'<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        f'version="{"3.0" if epub3 else "2.0"}" unique-identifier="id"><metadata '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">test-{title}</dc:identifier>'
        f"<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><dc:language>{language}</dc:language>"
        f"</metadata><manifest>{manifest}</manifest><spine{toc}>{spine_items}</spine>"
        "</package>"
    )


def _xhtml(title: str, paragraphs: list[str], kind: str = "bodymatter", section: str = "chapter") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        f'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{title}</title></head>'
        f'<body epub:type="{kind}"><section epub:type="{section}"><h2>{title}</h2>{body}</section></body></html>'
    )


def make_epub(
    path: Path,
    *,
    epub3: bool = True,
    chapters: list[tuple[str, list[str]]] | None = None,
    title: str = "The Lighthouse Keeper",
    author: str = "A. Tester",
    language: str = "en",
    extra: dict[str, str] | None = None,
) -> Path:
    chapters = chapters or CHAPTERS
    items = [("title", "titlepage.xhtml", "")]
    items += [(f"c{n}", f"text/c{n}.xhtml", "") for n in range(1, len(chapters) + 1)]
    if epub3:
        items.append(("nav", "nav.xhtml", ' properties="nav"'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr(
            "META-INF/container.xml",
            (
                '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                "</rootfiles></container>"
            ),
        )
        z.writestr("OEBPS/content.opf", _opf(title, author, language, items, epub3))
        z.writestr("OEBPS/titlepage.xhtml", _xhtml(title, [f"By {author}"], kind="frontmatter", section="titlepage"))
        for n, (name, paragraphs) in enumerate(chapters, start=1):
            z.writestr(f"OEBPS/text/c{n}.xhtml", _xhtml(name, paragraphs))
        links = "".join(f'<li><a href="text/c{n}.xhtml">{name}</a></li>' for n, (name, _) in enumerate(chapters, 1))
        if epub3:
            z.writestr(
                "OEBPS/nav.xhtml",
                (
                    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" '
                    'xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>'
                    f"{links}</ol></nav></body></html>"
                ),
            )
        else:
            points = "".join(
                f'<navPoint id="n{n}" playOrder="{n}"><navLabel><text>{name}</text></navLabel>'
                f'<content src="text/c{n}.xhtml"/></navPoint>'
                for n, (name, _) in enumerate(chapters, 1)
            )
            z.writestr(
                "OEBPS/toc.ncx",
                (
                    '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
                    f"<navMap>{points}</navMap></ncx>"
                ),
            )
        for name, text in (extra or {}).items():
            z.writestr(name, text)
    return path


def make_pdf(
    path: Path,
    *,
    chapters: list[tuple[str, list[str]]] | None = None,
    pages_per_chapter: int = 1,
    outline: bool = True,
    title: str = "The Lighthouse Keeper",
    password: str | None = None,
    filler: int = 0,
) -> Path:
    """A PDF with a text layer: each chapter starts a page with its heading; `filler` paragraphs of
    extra text per page make long books for the benchmark."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    chapters = chapters or CHAPTERS
    styles = getSampleStyleSheet()
    if any("\u4e00" <= c <= "\u9fff" for _, ps in chapters for p in ps for c in p):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a standard Chinese font readers know
        for name in ("Heading1", "BodyText"):
            styles[name].fontName = "STSong-Light"
            styles[name].wordWrap = "CJK"
    story = []

    class Heading(Paragraph):
        def __init__(self, text: str, key: str) -> None:
            super().__init__(text, styles["Heading1"])
            self.key = key

        def draw(self) -> None:
            super().draw()
            if outline:
                self.canv.bookmarkPage(self.key)
                self.canv.addOutlineEntry(self.text, self.key, level=0)

    weather = ["the wind from the west", "a flat calm", "fog until noon", "rain and a rising sea", "a hard frost"]
    for n, (name, paragraphs) in enumerate(chapters, start=1):
        story.append(Heading(name, f"c{n}"))
        for p in paragraphs:
            story.append(Paragraph(p, styles["BodyText"]))
        for page in range(pages_per_chapter):
            for k in range(filler):  # a log entry per paragraph, different on every page, as a book's text is
                story.append(
                    Paragraph(
                        f"Log of day {n * 1000 + page * 10 + k}: {weather[(page + k) % 5]}; "
                        f"{k + page % 7} boats out, {(k * 3 + page) % 11} in before dark, the lamp lit at {5 + k % 3}.",
                        styles["BodyText"],
                    )
                )
            story.append(PageBreak())
    encrypt = None
    if password:
        from reportlab.lib import pdfencrypt

        encrypt = pdfencrypt.StandardEncryption(password, canPrint=0)
    SimpleDocTemplate(str(path), pagesize=A5, title=title, author="A. Tester", encrypt=encrypt).build(story)
    return path


def make_docx(
    path: Path, chapters: list[tuple[str, list[str]]] | None = None, title: str = "The Lighthouse Keeper"
) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "A. Tester"
    document.add_heading(title, level=0)
    for name, paragraphs in chapters or CHAPTERS:
        document.add_heading(name, level=1)
        for p in paragraphs:
            document.add_paragraph(p)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Lamp oil"
    table.rows[0].cells[1].text = "forty gallons"
    document.save(str(path))
    return path


def make_html(path: Path) -> Path:
    nav = "".join(f'<li><a href="/{k}">Menu item {k}</a></li>' for k in range(12))
    sections = "".join(f"<h2>{name}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) for name, paragraphs in CHAPTERS)
    path.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>The Lighthouse Keeper</title></head><body>'
        f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>The Lighthouse Keeper</h1>{sections}"
        "</article></main><footer><p>Copyright 2026 Example Stories. Subscribe to our newsletter.</p>"
        "</footer></body></html>",
        encoding="utf-8",
    )
    return path


def make_markdown(path: Path) -> Path:
    text = "# The Lighthouse Keeper\n\n" + "".join(
        f"## {name}\n\n" + "".join(f"{p}\n\n" for p in paragraphs) for name, paragraphs in CHAPTERS
    )
    path.write_text(text, encoding="utf-8")
    return path


def make_text(path: Path, chapters: list[tuple[str, list[str]]] | None = None, encoding: str = "utf-8") -> Path:
    chapters = chapters or [(f"CHAPTER {'I' * n}", ps) for n, (_, ps) in enumerate(CHAPTERS, 1)]
    text = "".join(f"{name}\n\n" + "".join(f"{p}\n\n" for p in paragraphs) for name, paragraphs in chapters)
    path.write_bytes(text.encode(encoding))
    return path
