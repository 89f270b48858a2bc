"""Book benchmarks, each beside the raw library underneath in the same run:

- extraction speed: PDF pages/s (ours vs. pypdfium2's text loop alone) and EPUB chapters/s (ours vs.
  zipfile + lxml itertext over the spine);
- end-to-end import (read + chunk + embed + store + index) of Love Among the Chickens (EPUB) and a
  generated 500-page PDF, beside the same chunks embedded and written to a bare LanceDB table;
- retrieval hit@5 on questions written about the book and on the CMRC 2018 trial set (Chinese),
  ours (hybrid search scoped to the book) beside BM25 (rank-bm25) over the same passages;
- discussion scoped to a book (books/scope.py): the same questions asked with the book named ("in Love
  Among the Chickens, …") or its chapter ("in chapter 7, …") beside the same retrieval over every passage
  in the library, both as retrieval hit@5 and as the answer pipeline's cited passage; and "what happens in
  chapter N?" (English and Chinese) for every chapter: the chapter found, the overview's citations in it,
  its quotes verbatim, beside unscoped retrieval for the same question.

    python bench/books.py [--skip-pdf] [--cmrc-limit N] [--out FILE]

Reads ../shared/data (the book and CMRC); prints markdown.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "books"))

import lancedb  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
from lancedb.index import FTS  # noqa: E402
from lxml import etree  # noqa: E402
from make_books import make_pdf  # noqa: E402
from rank_bm25 import BM25Okapi  # noqa: E402

from assistant.answer.pipeline import plan  # noqa: E402
from assistant.books.answers import book_plan  # noqa: E402
from assistant.books.discussion import chapter_overview  # noqa: E402
from assistant.books.manager import Books  # noqa: E402
from assistant.books.readers.epub import read_epub  # noqa: E402
from assistant.books.readers.pdf import read_pdf  # noqa: E402
from assistant.books.scope import Scope, read_scope  # noqa: E402
from assistant.db import open_db  # noqa: E402
from assistant.memory.embeddings import default_embedder  # noqa: E402
from assistant.memory.model import Memory  # noqa: E402
from assistant.memory.places import chapter_label, passage_place  # noqa: E402
from assistant.memory.retrieval import DOCUMENTS, search  # noqa: E402
from assistant.memory.store import MemoryStore  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
BOOK = DATA / "books" / "love-among-the-chickens.epub"
CMRC = DATA / "cmrc2018-trial.json"

# Questions written for this benchmark, in our own words, with a phrase the right passage must hold.
QUESTIONS = [
    ("Who was the gigantic boatman?", "Harry Hawk"),
    ("Which bird did Ukridge name after his wife's nearest relative?", "christened Aunt Elizabeth"),
    ("What spoiled half a dozen eggs in the incubator?", "tennis shoes in the incubator"),
    ("Which artist friend was on a sketching tour in the west?", "one Lickford"),
    ("In which county is Combe Regis?", "Dorsetshire"),
    ("What books has Jeremy Garnet published?", "Publications: The Outsider"),
    ("What did the narrator loudly ask for at the station bookstall?", "penetrating voice"),
    ("Which grocer complained about the unpaid bills?", "Dawlish, the grocer"),
    ("Which tradesman was the first to strike?", "Vickers, the butcher"),
    ("What is the name of the mongrel lying on the gravel?", "the mongrel, Bob"),
    ("Who was mixing the salad at dinner?", "mixing the salad"),
    ("How much did Ukridge pay for a hat?", "three-and-sixpence"),
    ("Where did the old friend run into Ukridge?", "at Yeovil"),
    ("What did the narrator ask Hawk to do to the professor when fishing?", "to upset him"),
    ("Who climbed in through the window with rabbits and a gun?", "limp rabbits"),
    ("Who was sent to the town for wire and boxes?", "despatched to the town for the wire"),
    ("What did the narrator think of the new cat?", "handsome cat, but nervous"),
    ("Where did Professor Derrick appear fishing?", "small boat in the offing"),
    ("Did Ukridge want to keep just a couple of hens?", "piffling sort of way"),
    ("Where was the postmark on the letter from the artist?", "Devonshire postmark"),
]

_WORD = re.compile(r"\w+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def tokens(text: str) -> list[str]:
    """BM25's tokens: lower-cased words, and Chinese as character unigrams and bigrams (NOTES: a
    Chinese phrase is one \\w+ token otherwise)."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        if _HAN.search(word):
            out += list(word) + [word[i : i + 2] for i in range(len(word) - 1)]
        else:
            out.append(word)
    return out


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def raw_pdf_text(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    chars = 0
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_bounded())
        textpage.close()
        page.close()
    pdf.close()
    return chars


def raw_epub_text(path: Path) -> int:
    """The EPUB's spine documents parsed with lxml and their text taken, nothing else."""
    with zipfile.ZipFile(path) as z:
        container = etree.fromstring(z.read("META-INF/container.xml"))
        opf_path = next(e.get("full-path") for e in container.iter() if str(e.tag).endswith("rootfile"))
        opf = etree.fromstring(z.read(opf_path))
        base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        hrefs = {e.get("id"): e.get("href") for e in opf.iter() if str(e.tag).endswith("}item")}
        spine = [hrefs[e.get("idref")] for e in opf.iter() if str(e.tag).endswith("itemref")]
        return sum(len("".join(etree.fromstring(z.read(base + h)).itertext())) for h in spine)


def extraction(pdf: Path) -> list[str]:
    pages = read_pdf(pdf).pages
    raw_pdf_s, _ = timed(lambda: raw_pdf_text(pdf))
    ours_pdf_s, _ = timed(lambda: read_pdf(pdf))
    chapters = len(read_epub(BOOK).sections)
    raw_epub_s, _ = timed(lambda: raw_epub_text(BOOK))
    ours_epub_s, _ = timed(lambda: read_epub(BOOK))
    return [
        "## Extraction (best of 3)",
        "",
        "| | raw library | ours | ours / raw |",
        "|---|---:|---:|---:|",
        f"| PDF, {pages} pages: pages/s | {pages / raw_pdf_s:,.0f} (pypdfium2 text loop) | "
        f"{pages / ours_pdf_s:,.0f} | {raw_pdf_s / ours_pdf_s:.2f} |",
        f"| EPUB, {chapters} chapters: chapters/s | {chapters / raw_epub_s:,.0f} (zipfile + lxml itertext) | "
        f"{chapters / ours_epub_s:,.0f} | {raw_epub_s / ours_epub_s:.2f} |",
        "",
    ]


def raw_import(memories: list[Memory], folder: Path) -> float:
    """The same passages embedded with the same model and written to a bare LanceDB table with an FTS
    index: the floor our importer stands on."""
    embedder = default_embedder()
    start = time.perf_counter()
    vectors = embedder.embed([m.text for m in memories])
    db = lancedb.connect(str(folder))
    table = db.create_table(
        "raw",
        pa.table(
            {
                "id": [m.id for m in memories],
                "text": [m.text for m in memories],
                "embedding": pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel()), vectors.shape[1]),
            }
        ),
    )
    table.create_index("text", config=FTS(base_tokenizer="simple", with_position=False))
    return time.perf_counter() - start


def end_to_end(pdf: Path | None, work: Path) -> tuple[list[str], Books]:
    lines = [
        "## End-to-end import (read + chunk + embed + store + index; one run each)",
        "",
        "| book | passages | raw: embed + bare LanceDB | ours: `books add` | ours / raw |",
        "|---|---:|---:|---:|---:|",
    ]
    default_embedder().embed(["warm up"])
    books = Books(open_db(work / "assistant.db"), MemoryStore(work / "memory"))
    for path in [BOOK, *([pdf] if pdf else [])]:
        start = time.perf_counter()
        book = books.add(path).book
        ours = time.perf_counter() - start
        memories = books.passages(book.id)
        raw = raw_import(memories, work / f"raw-{book.id}")
        label = f"{path.name} ({book.pages} pages)" if book.pages else path.name
        lines.append(f"| {label} | {book.passages} | {raw:.1f} s | {ours:.1f} s | {ours / raw:.2f} |")
    return lines + [""], books


def hit_at_5(books: Books, book_id: str, cases: list[tuple[str, object]], holds) -> tuple[float, float]:
    """(ours, BM25) hit@5: a case counts when one of the first five passages `holds` its answer."""
    passages = books.passages(book_id)
    bm25 = BM25Okapi([tokens(m.text) for m in passages])
    ours = bm = 0
    for question, answer in cases:
        found = [h.memory for h in books.search(question, book_id, limit=5)]
        ours += any(holds(m, answer) for m in found)
        scores = bm25.get_scores(tokens(question))
        top = np.argsort(-scores)[:5]
        bm += any(holds(passages[i], answer) for i in top)
    return ours / len(cases), bm / len(cases)


def retrieval(books: Books, work: Path, cmrc_limit: int) -> list[str]:
    book = next(b for b in books.list() if b.format == "epub")
    ours, bm = hit_at_5(books, book.id, QUESTIONS, lambda m, a: a.lower() in m.text.lower())
    lines = [
        "## Retrieval hit@5 (ours: hybrid search scoped to the book; BM25: rank-bm25 on the same passages)",
        "",
        "| set | questions | ours | BM25 |",
        "|---|---:|---:|---:|",
        f"| Love Among the Chickens, questions written for this bench | {len(QUESTIONS)} | {ours:.2f} | {bm:.2f} |",
    ]
    data = json.loads(CMRC.read_text(encoding="utf-8"))
    # One paragraph per chapter, headed by its id, so no passage mixes two paragraphs.
    md = work / "cmrc.md"
    md.write_text("".join(f"## {c['id']}\n\n{c['text']}\n\n" for c in data["contexts"]), encoding="utf-8")
    cmrc = books.add(md).book
    questions = data["questions"][:cmrc_limit] if cmrc_limit else data["questions"]

    paragraph_of = {c.n: c.title for c in books.get(cmrc.id).chapter_list}  # chapter → CMRC context id

    def holds(memory: Memory, expected: object) -> bool:
        ctx, answers = expected  # type: ignore[misc]
        place = passage_place(memory.source)
        return place is not None and paragraph_of.get(place.chapter) == ctx and any(a in memory.text for a in answers)

    ours, bm = hit_at_5(books, cmrc.id, [(q["q"], (q["ctx"], q["answers"])) for q in questions], holds)
    lines.append(
        f"| CMRC 2018 trial (zh): passage from the question's paragraph holding an answer | "
        f"{len(questions)} | {ours:.2f} | {bm:.2f} |"
    )
    return lines + [""]


def _chapter(memory: Memory) -> int | None:
    place = passage_place(memory.source)
    return place.chapter if place else None


def scoped(books: Books) -> list[str]:
    """Book-scoped discussion beside the same search over every passage in the library (the book, the
    500-page PDF and the CMRC paragraphs when they were imported above)."""
    book = books.get(next(b for b in books.list() if b.format == "epub").id)
    store = books.store
    others = len(books.list()) - 1
    holds = [(q, a) for q, a in QUESTIONS]
    gold = {q: next(_chapter(m) for m in books.passages(book.id) if a.lower() in m.text.lower()) for q, a in holds}

    def hit(memories: list[Memory], answer: str) -> bool:
        return any(answer.lower() in m.text.lower() for m in memories[:5])

    def label(n: int) -> str:
        title = next(c.title for c in book.chapter_list if c.n == n)
        return chapter_label(title, n).removeprefix("ch. ")

    rows = {"unscoped": 0, "book": 0, "chapter": 0, "answer_unscoped": 0, "answer_book": 0, "answer_chapter": 0}
    for question, answer in holds:
        everywhere = search(store, question, 5, kinds=["document"], tuning=DOCUMENTS)
        rows["unscoped"] += hit([h.memory for h in everywhere], answer)
        in_book = read_scope(f"In {book.title}, {question[0].lower()}{question[1:]}", books.library)
        in_chapter = read_scope(
            f"In chapter {label(gold[question])} of {book.title}, {question[0].lower()}{question[1:]}", books.library
        )
        assert isinstance(in_book, Scope) and isinstance(in_chapter, Scope), (question, in_book, in_chapter)
        assert in_chapter.chapter == gold[question], (question, in_chapter.chapter, gold[question], in_chapter.question)
        for key, scope in (("book", in_book), ("chapter", in_chapter)):
            found = search(store, scope.question, 5, kinds=["document"], tuning=DOCUMENTS, where=scope.where)
            rows[key] += hit([h.memory for h in found], answer)
            rows[f"answer_{key}"] += hit(book_plan(scope, store).decision.evidence[:1], answer)
        rows["answer_unscoped"] += hit(plan(question, store).decision.evidence[:1], answer)
    n = len(holds)
    lines = [
        f"## Discussion scoped to a book (Love Among the Chickens among {others} other documents in the library)",
        "",
        "| the same questions, asked … | retrieval hit@5 | answer cites the right passage |",
        "|---|---:|---:|",
        f"| unscoped: every passage in the library (baseline) | {rows['unscoped'] / n:.2f} | "
        f"{rows['answer_unscoped'] / n:.2f} |",
        f"| “In Love Among the Chickens, …” (scoped to the book) | {rows['book'] / n:.2f} | "
        f"{rows['answer_book'] / n:.2f} |",
        f"| “In chapter N, …” (scoped to the chapter that holds the answer) | {rows['chapter'] / n:.2f} | "
        f"{rows['answer_chapter'] / n:.2f} |",
        "",
    ]
    numbered = [c for c in book.chapter_list if chapter_label(c.title, c.n).startswith("ch. ")]
    found = in_chapter = verbatim = asked_zh = 0
    baseline = 0.0
    seconds: list[float] = []
    for chapter in numbered:
        number = label(chapter.n)
        scope = read_scope(f"What happens in chapter {number}?", books.library, book.id)  # the book chosen in the chat
        zh = read_scope(f"第{number}章讲了什么？", books.library, book.id)
        asked_zh += isinstance(zh, Scope) and zh.chapter == chapter.n
        if not (isinstance(scope, Scope) and scope.chapter == chapter.n and scope.overview):
            continue
        found += 1
        start = time.perf_counter()
        overview = chapter_overview(store, book, chapter.n)
        seconds.append(time.perf_counter() - start)
        in_chapter += bool(overview.cited) and all(_chapter(m) == chapter.n for m in overview.cited)
        verbatim += bool(overview.sentences) and all(k.text in k.memory.text for k in overview.sentences)
        unscoped = search(store, f"What happens in chapter {number}?", 5, kinds=["document"], tuning=DOCUMENTS)
        baseline += sum(_chapter(h.memory) == chapter.n for h in unscoped) / max(1, len(unscoped))
    c = len(numbered)
    lines += [
        f"## “What happens in chapter N?” for each of its {c} numbered chapters",
        "",
        "| measure | ours (scope → key sentences) | unscoped retrieval (baseline) |",
        "|---|---:|---:|",
        f"| chapter found (English / Chinese “第N章讲了什么”) | {found / c:.2f} / {asked_zh / c:.2f} | — |",
        f"| cited passages all in that chapter | {in_chapter / c:.2f} | {baseline / c:.2f} (share of top 5) |",
        f"| quoted sentences verbatim in the cited passage | {verbatim / c:.2f} | — |",
        f"| time per overview (median) | {1000 * float(np.median(seconds)):.0f} ms | — |",
        "",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-pdf", action="store_true", help="leave out the 500-page PDF")
    parser.add_argument("--cmrc-limit", type=int, default=0, help="only the first N CMRC questions")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        chapters = [(f"Chapter {n}", [f"Chapter {n} opens at the lighthouse."]) for n in range(1, 21)]
        pdf = None if args.skip_pdf else make_pdf(work / "long.pdf", pages_per_chapter=25, filler=5, chapters=chapters)
        lines = ["# Books benchmark", ""]
        if pdf:
            lines += extraction(pdf)
        lines_e2e, books = end_to_end(pdf, work)
        lines += lines_e2e
        lines += retrieval(books, work, args.cmrc_limit)
        lines += scoped(books)
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
