"""Answer benchmarks: are the answers right, current and cited — or honestly "I don't know" — and not
just is the right memory somewhere in the top five. Beside a plain BM25 baseline (the top passage or
remark quoted), in one run.

    python bench/answers.py [--calibrate] [--with-model N] [--out FILE]
    python bench/answers.py --book-dev | --only-book   (the book questions alone)
    python bench/answers.py --cmrc-dev   (the CMRC development half, and its questions one word fewer)
    python bench/answers.py --check-book-sets   (how many passages hold each book phrase; no search)
    python bench/answers.py --notes   (questions about a user's own imported notes, cited at their line)
    python bench/answers.py --zh-book-dev   (Chinese questions about the English book, and Chinese general ones)

Sets: generated years (tests/memory/year.py, held-out seeds; questions in the year's own phrasings, in
phrasings it does not use, and about things never said), LoCoMo dev (does the cited evidence hold the
gold answer), questions written about *Love Among the Chickens* (bench/answer_sets.py) and the CMRC 2018
trial set. Data that is not in a fresh clone (../shared/data) is skipped when absent.

--calibrate prints the decision thresholds swept over the development halves only (years 101–103,
LoCoMo conversations 26 and 30, even-numbered book and CMRC questions); the held-out halves are what
the report shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import math
import os
import re
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "memory"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before NumPy loads, as the product sets it (assistant/__init__.py)

import numpy as np  # noqa: E402
from answer_sets import (  # noqa: E402
    BOOK,
    BOOK_DEV,
    BOOK_DEV2,
    BOOK_DEV3,
    BOOK_DEV4,
    BOOK_DEV5,
    BOOK_DEV6,
    BOOK_DEV7,
    BOOK_DEV8,
    BOOK_DEV9,
    BOOK_DEV10,
    BOOK_FRESH,
    BOOK_ZH_DEV,
    CROSS_NOTES,
    CROSS_NOTES_FILES,
    EVERYDAY,
    GENERAL,
    GENERAL_DEV,
    GENERAL_DEV2,
    GENERAL_DEV3,
    GENERAL_FRESH,
    GENERAL_ZH_DEV,
    NOTES,
    NOTES_FILES,
    NOTES_FRESH,
    NOTES_FRESH_FILES,
    REPHRASED,
    UNANSWERABLE,
)
from year import SUBJECTS, Year, generate_year  # noqa: E402

from assistant.answer.decide import decide  # noqa: E402
from assistant.answer.decision import DEFAULT as DEFAULT_THRESHOLDS  # noqa: E402
from assistant.answer.decision import Candidate, Decision, Outcome, Thresholds  # noqa: E402
from assistant.answer.evidence import PASSAGE_LIMIT, PASSAGE_POOL, Found, gather  # noqa: E402
from assistant.answer.newer import settle  # noqa: E402
from assistant.answer.passage_choice import passage_answers, passage_lacks  # noqa: E402
from assistant.answer.pipeline import Plan  # noqa: E402
from assistant.language import CJK  # noqa: E402
from assistant.memory import api  # noqa: E402
from assistant.memory.model import Memory  # noqa: E402
from assistant.memory.retrieval import DEFAULT, DOCUMENTS, Tuning, search  # noqa: E402
from assistant.memory.schema import FIELDS, from_row  # noqa: E402
from assistant.memory.store import MemoryStore  # noqa: E402

NOW = datetime(2026, 1, 1, tzinfo=UTC)
DATA = ROOT.parent / "shared" / "data"
EPUB = DATA / "books" / "love-among-the-chickens.epub"
CMRC = DATA / "cmrc2018-trial.json"
LOCOMO = DATA / "locomo-dev"
HELD_OUT_SEEDS = (201, 202, 203)
DEV_SEEDS = (101, 102, 103)
# Development years with the wider phrasings and chit-chat of session 3 (year.WIDER): made to check that
# what was decided on 101-103 holds for phrasings no decision looked at.
WIDER_SEEDS = tuple(range(111, 120))
# Fresh development years of session 5 (year.SPOKEN): phrasings written before any run on them, because
# 101-103 and 111-119 had been looked at for four sessions.
SPOKEN_SEEDS = tuple(range(121, 130))
LOCOMO_DEV = ("26", "30")
# The development conversations' speakers called by given names the dictionary knows as the world's
# (St John, Ave Maria, Big Ben): a question about them must still not go to general knowledge
# (acquainted.py). A probe of what the held-out conversations (John, Maria) ask, on development data.
LOCOMO_RENAMED = {"26": {"Caroline": "Maria", "Melanie": "John"}, "30": {"Gina": "Mary", "Jon": "Ben"}}


def write_jsonl(path: Path, rows: Iterable[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


# --- the plain baseline ---------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """Words for spaced scripts, character pairs for Chinese: BM25's best plain setting for each."""
    words = re.findall(r"\w+", CJK.sub(" ", text.lower()))
    for run in CJK.findall(text):
        words += [run[i : i + 2] for i in range(len(run) - 1)] or [run]
    return words


class BM25:
    """Okapi BM25 (k1 = 1.2, b = 0.75) over whole texts: the plain baseline."""

    def __init__(self, texts: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.docs = [Counter(tokens(t)) for t in texts]
        self.lengths = np.array([sum(d.values()) for d in self.docs], dtype=float)
        df: Counter[str] = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(texts)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.k1, self.b, self.avg = k1, b, float(self.lengths.mean()) if n else 1.0

    def top(self, query: str, k: int) -> list[int]:
        scores = np.zeros(len(self.docs))
        for t in set(tokens(query)):
            idf = self.idf.get(t)
            if idf is None:
                continue
            tf = np.array([d.get(t, 0) for d in self.docs], dtype=float)
            scores += idf * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * self.lengths / self.avg))
        order = np.argsort(-scores, kind="stable")[:k]
        return [int(i) for i in order if scores[i] > 0]


def raw_fts(store: MemoryStore, query: str, column: str, k: int, kind: str = "document") -> list[Memory]:
    """The library alone: LanceDB's own full-text search, no fusion."""
    if column == "cjk":
        query = " ".join(CJK.findall(query)) or query
    table = (
        store.table.search(query, query_type="fts", fts_columns=column)
        .where(f"kind = '{kind}'", prefilter=True)
        .select(FIELDS)
        .limit(k)
        .to_arrow()
    )
    return [from_row(r) for r in table.to_pylist()]


# --- scoring answers ------------------------------------------------------------------------------

CLASSES = (
    "right, current, cited",
    "stale fact stated",
    "wrong subject",
    'false "I don\'t know"',
    'right "I don\'t know"',
    "uncited invention",
)


def classify(cited: str | None, outcome: Outcome | None, gold: str | None, outdated: list[str]) -> str:
    """One answer's class. `cited`: the origin id of the memory the answer cites (None: no citation)."""
    if cited is None:
        if outcome is Outcome.GENERAL:
            return "uncited invention"
        return 'right "I don\'t know"' if gold is None else 'false "I don\'t know"'
    if gold is not None and cited == gold:
        return "right, current, cited"
    if cited in outdated:
        return "stale fact stated"
    return "wrong subject"


def cited_by(d: Decision) -> str | None:
    """The origin of the memory an answer gives as how things are: with "… and later, …" (an update no
    rule reads) the later remark, which a replaced fact must not be."""
    if not d.evidence:
        return None
    return origin(d.evidence[-1] if d.uncertain else d.evidence[0])


def origin(memory: Memory) -> str:
    return memory.source.removeprefix("memory:") if memory.source.startswith("memory:") else memory.id


def table(
    rows: list[tuple[str, Counter[str], Counter[str]]], classes: Iterable[str], head: tuple[str, str]
) -> list[str]:
    out = [f"| set | class | {head[0]} | {head[1]} |", "|---|---|---|---|"]
    for name, ours, base in rows:
        total = sum(ours.values())
        for c in classes:
            if ours[c] or base[c]:
                out.append(f"| {name} ({total}) | {c} | {ours[c]} | {base[c]} |")
    return out


# --- generated years ------------------------------------------------------------------------------


@dataclasses.dataclass
class Asked:
    text: str
    gold: str | None  # the remark that answers (None: nothing said answers)
    outdated: list[str]
    group: str


def year_questions(year: Year) -> list[Asked]:
    asked = [Asked(q.text, q.answer, q.outdated, f"year's phrasing, {q.kind}") for q in year.questions]
    for i, subject in enumerate(SUBJECTS):
        q = year.questions[2 * i]  # two questions per subject, English first, in SUBJECTS order
        asked += [Asked(text, q.answer, q.outdated, "other phrasing, current fact") for text in REPHRASED[subject]]
    asked += [Asked(text, None, [], "never said") for text in UNANSWERABLE]
    return asked


def make_year(seed: int) -> Year:
    return generate_year(seed, wider=seed in WIDER_SEEDS, spoken=seed in SPOKEN_SEEDS)


def year_store(tmp: Path, seed: int, embedder: object) -> tuple[Year, MemoryStore]:
    year = make_year(seed)
    store = MemoryStore(tmp / f"year{seed}", embedder)  # type: ignore[arg-type]
    api.import_file(write_jsonl(tmp / f"year{seed}.jsonl", [r.to_json() for r in year.remarks]), store=store)
    return year, store


def score_years(
    years: list[tuple[Year, MemoryStore]],
    found: dict[tuple[int, str], Found],
    thresholds: Thresholds,
    show: bool = False,
) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """`show` prints each answer that is not right (development years only)."""
    ours: dict[str, Counter[str]] = {}
    base: dict[str, Counter[str]] = {}
    for n, (year, store) in enumerate(years):
        remarks = [r for r in year.remarks]
        bm25 = BM25([r.text for r in remarks])
        for a in year_questions(year):
            if (n, a.text) not in found:
                found[(n, a.text)] = gather(store, a.text, now=NOW)
            f = found[(n, a.text)]
            d = settle(store, a.text, decide(a.text, f.memories, f.passages, thresholds, f.asked))
            c = classify(cited_by(d), d.outcome, a.gold, a.outdated)
            ours.setdefault(a.group, Counter())[c] += 1
            if show and c not in (CLASSES[0], CLASSES[4]):
                said = " / ".join(m.text for m in d.evidence) if d.evidence else d.reason
                print(f"  [{year.remarks[0].id.split('-')[0]}] {c}: {a.text!r} → {said!r}", file=sys.stderr, flush=True)
            top = bm25.top(a.text, 1)
            base.setdefault(a.group, Counter())[
                classify(remarks[top[0]].id if top else None, None, a.gold, a.outdated)
            ] += 1
    return ours, base


# --- documents ------------------------------------------------------------------------------------


def epub_markdown(path: Path) -> str:
    """The book's chapters as Markdown, read with the standard library (until the product reads EPUB):
    spine order from the package document, paragraphs from <p>, headings as # lines."""
    with zipfile.ZipFile(path) as z:
        opf_name = re.search(r'full-path="([^"]+)"', z.read("META-INF/container.xml").decode()).group(1)  # type: ignore[union-attr]
        opf = z.read(opf_name).decode()
        items = {}
        for tag in re.findall(r"<item\b[^>]*>", opf):
            ident, href = re.search(r'\bid="([^"]+)"', tag), re.search(r'\bhref="([^"]+)"', tag)
            if ident and href:
                items[ident.group(1)] = href.group(1)
        base = opf_name.rsplit("/", 1)[0]
        parts = []
        for ref in re.findall(r'<itemref[^>]*idref="([^"]+)"', opf):
            href = items.get(ref, "")
            if "chapter" not in href:
                continue
            raw = z.read(f"{base}/{href}").decode()
            raw = re.sub(
                r"<h\d[^>]*>(.*?)</h\d>",
                lambda m: "\n\n# " + re.sub("<[^>]+>", " ", m.group(1)) + "\n\n",
                raw,
                flags=re.S,
            )
            raw = re.sub(r"<title>.*?</title>", "", raw, flags=re.S)
            text = html.unescape(re.sub(r"<[^>]+>", "", raw.replace("</p>", "\n\n")))
            text = text.replace("\u2060", "").replace("\u200a", "")
            parts.append(re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t]+", " ", text)).strip())
    return "\n\n".join(parts) + "\n"


def passage_store(tmp: Path, name: str, text: str, embedder: object) -> tuple[MemoryStore, list[Memory]]:
    store = MemoryStore(tmp / f"doc-{name}", embedder)  # type: ignore[arg-type]
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    api.import_file(path, store=store)
    return store, store.list("document")


def book_store(tmp: Path, embedder: object) -> tuple[MemoryStore, list[Memory]]:
    """The book imported as a user imports it (`books add`): the product's EPUB reader and chunking."""
    from assistant.books.manager import Books
    from assistant.db import open_db

    folder = tmp / "epub-book"
    folder.mkdir(exist_ok=True)
    books = Books(open_db(folder / "assistant.db"), MemoryStore(folder / "memory", embedder))  # type: ignore[arg-type]
    book = books.add(EPUB).book
    return books.store, books.passages(book.id)


def unfocused(store: MemoryStore, question: str) -> list[Candidate]:
    """The first five passages as retrieval ranks them, before focus.py ranks them again (to compare)."""
    hits = search(store, question, PASSAGE_LIMIT, kinds=["document"], now=NOW, tuning=DOCUMENTS)
    return [Candidate(h.memory, h.score, h.similarity, h.vector) for h in hits]


def holds(text: str, phrase: str) -> bool:
    """The phrase is in the text, whatever spaces the typesetting used (no-break, hair)."""
    return " ".join(phrase.lower().split()) in " ".join(text.lower().split())


def overlaps(chunk: str, paragraph: str) -> bool:
    return any(chunk[i : i + 30] in paragraph for i in range(0, max(1, len(chunk) - 30), 15))


def hit_at_5(
    questions: list[tuple[str, Callable[[str], bool]]], rankers: dict[str, Callable[[str], list[str]]]
) -> dict[str, int]:
    return {name: sum(r is not None for r in ranks) for name, ranks in places(questions, rankers).items()}


def places(
    questions: list[tuple[str, Callable[[str], bool]]], rankers: dict[str, Callable[[str], list[str]]]
) -> dict[str, list[int | None]]:
    """For each ranker, where the first of its five texts that holds the answer is, question by question
    (0: first; None: none of the five)."""
    return {
        name: [next((i for i, t in enumerate(rank(q)[:5]) if holds(t)), None) for q, holds in questions]
        for name, rank in rankers.items()
    }


def say_places(say: Callable[[str], None], found_at: dict[str, list[int | None]], total: int) -> None:
    say_ranks(say, {name: sum(r is not None for r in at) for name, at in found_at.items()}, total)
    # Where in the five: a ranking that holds the answer only fifth is one question from losing it.
    say("| ranking | first | within the first three |")
    say("|---|---|---|")
    for name, at in found_at.items():
        say(f"| {name} | {sum(r == 0 for r in at)} | {sum(r is not None and r < 3 for r in at)} |")
    say()


def say_lost(
    say: Callable[[str], None],
    questions: list[tuple[str, Callable[[str], bool]]],
    found_at: dict[str, list[int | None]],
) -> None:
    """The questions another ranking's five answer and `memory search`'s (the first ranking) do not, with
    where the other has the answer: the five must hold what BM25's and retrieval's own five hold, and
    these are the questions where they do not."""
    ours, *others = found_at
    for other in others:
        pairs = zip(questions, found_at[ours], found_at[other], strict=True)
        lost = [(q, b) for (q, _), o, b in pairs if o is None and b is not None]
        say(f"{other}: its five hold the answer and `memory search`'s do not: {len(lost)}")
        for q, b in lost:
            say(f"- {q} ({b + 1})")
        say()


def say_ranks(say: Callable[[str], None], ranks: dict[str, int], total: int) -> None:
    say("| ranking | hit@5 |")
    say("|---|---|")
    for name, n in ranks.items():
        say(f"| {name} | {n}/{total} ({n / total:.1%}) |")
    say()


def answered(
    questions: list[tuple[str, Callable[[str], bool]]],
    store: MemoryStore,
    found: dict[str, Found],
    thresholds: Thresholds,
    baseline: Callable[[str], list[str]],
) -> tuple[Counter[str], Counter[str]]:
    """Answers to document questions: cited passage holds the answer / cites one that does not /
    says it found nothing / answers from general knowledge instead."""
    ours: Counter[str] = Counter()
    base: Counter[str] = Counter()
    for q, holds in questions:
        if q not in found:
            found[q] = gather(store, q, now=NOW)
        f = found[q]
        d = decide(q, f.memories, f.passages, thresholds, f.asked)
        if d.evidence:
            ours["cited passage holds the answer" if holds(d.evidence[0].text) else "cited passage does not"] += 1
            # What the user reads first is the quote: the reply up to the other passages shown.
            reply = Plan.placed(q, d, f, NOW).product_reply()[0].split("\n\n")[0]
            ours["(the quote shown holds it)"] += holds(d.evidence[0].text) and holds(reply)
            # The reply also shows the next passages through the gate (Decision.nearby).
            ours["(one of the passages shown holds it)"] += any(holds(m.text) for m in [*d.evidence, *d.nearby])
        else:
            ours["general knowledge (uncited)" if d.outcome is Outcome.GENERAL else "found nothing"] += 1
        top = baseline(q)[:1]
        base["cited passage holds the answer" if top and holds(top[0]) else "cited passage does not"] += 1
    return ours, base


def general_answers(
    questions: list[str], store: MemoryStore, found: dict[str, Found], thresholds: Thresholds
) -> Counter[str]:
    out: Counter[str] = Counter()
    for q in questions:
        if q not in found:
            found[q] = gather(store, q, now=NOW)
        f = found[q]
        d = decide(q, f.memories, f.passages, thresholds, f.asked)
        out["general, uncited" if d.outcome is Outcome.GENERAL else f"{d.outcome} (cites something)"] += 1
    return out


def ranker(store: MemoryStore, tuning: Tuning) -> Callable[[str], list[str]]:
    return lambda q: [h.memory.text for h in search(store, q, 5, kinds=["document"], now=NOW, tuning=tuning)]


def user_ranker(store: MemoryStore) -> Callable[[str], list[str]]:
    """What `memory search` shows (answer/user_search.py)."""
    from assistant.answer import user_search

    return lambda q: [h.memory.text for h in user_search.search(store, q, 5)]


def bm25_ranker(chunks: list[Memory]) -> Callable[[str], list[str]]:
    index = BM25([c.text for c in chunks])
    return lambda q: [chunks[i].text for i in index.top(q, 5)]


def fts_ranker(store: MemoryStore, column: str) -> Callable[[str], list[str]]:
    return lambda q: [m.text for m in raw_fts(store, q, column, 5)]


# --- LoCoMo ---------------------------------------------------------------------------------------


def locomo(path: Path) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    d = json.loads(path.read_text())
    rows = []
    for key in d:
        if re.fullmatch(r"session_\d+", key):
            when = datetime.strptime(d[f"{key}_date_time"], "%I:%M %p on %d %B, %Y").replace(tzinfo=UTC)
            rows += [
                {"id": t["dia_id"], "text": f"{t['speaker']}: {t['text']}", "at": when.isoformat(), "kind": "turn"}
                for t in d[key]
            ]
    return rows, d["qa"]


def locomo_class(cited: list[Memory], q: dict[str, object], outcome: Outcome | None) -> str:
    """What one LoCoMo answer is. The gold answer is rarely verbatim in a turn ("7 May 2023" for
    "yesterday"), so a cited turn that is one of the question's own evidence turns counts apart from one
    that is not: only the second is a wrong citation."""
    if q.get("category") == 5:
        return "unanswerable: cited something" if cited else "unanswerable: said so / general"
    if not cited:
        return "general knowledge (uncited)" if outcome is Outcome.GENERAL else "said it does not know"
    gold = str(q.get("answer", "")).lower().strip()
    if gold and gold in cited[0].text.lower():
        return "cited evidence holds the gold answer"
    if {m.id for m in cited} & set(map(str, q.get("evidence", []))):
        return "cited an evidence turn (gold not verbatim)"
    return "cited another turn"


def locomo_section(
    tmp: Path, embedder: object, t: Thresholds, say: Callable[[str], None], dev: bool, renamed: bool = False
) -> None:
    """The answer pipeline and BM25's top turn over LoCoMo's real conversations, the development ones or
    the held-out ones; `renamed`: the development ones with their speakers renamed (LOCOMO_RENAMED)."""
    o: Counter[str] = Counter()
    b: Counter[str] = Counter()
    n = 0
    for path in sorted(LOCOMO.glob("*.json")):
        if (path.stem in LOCOMO_DEV) != dev:
            continue
        rows, qa = locomo(path)
        if renamed:
            swap = LOCOMO_RENAMED[path.stem]
            pattern = re.compile(rf"\b({'|'.join(swap)})\b")

            def rename(text: str, swap: dict[str, str] = swap, pattern: re.Pattern[str] = pattern) -> str:
                return pattern.sub(lambda m: swap[m.group(1)], text)

            rows = [{**r, "text": rename(r["text"])} for r in rows]
            qa = [{**q, "question": rename(str(q["question"]))} for q in qa]
        conv = MemoryStore(tmp / f"locomo-{path.stem}", embedder)
        api.import_file(write_jsonl(tmp / f"{path.stem}.jsonl", rows), store=conv)
        bm25 = BM25([r["text"] for r in rows])
        turns = {r["id"]: Memory(id=r["id"], text=r["text"]) for r in rows}
        for q in qa:
            n += 1
            f = gather(conv, q["question"], now=NOW)
            d = decide(q["question"], f.memories, f.passages, t, f.asked)
            o[locomo_class(list(d.evidence), q, d.outcome)] += 1
            top = bm25.top(q["question"], 1)
            b[locomo_class([turns[rows[top[0]]["id"]]] if top else [], q, None)] += 1
    which = "development" if dev else "held-out"
    which += " conversations, speakers renamed" if renamed else " conversations"
    say(f"### LoCoMo, {which} ({n} questions; category 5 is unanswerable)")
    say()
    say("| answer | answer pipeline | BM25 top turn |")
    say("|---|---|---|")
    for c in sorted(set(o) | set(b)):
        say(f"| {c} | {o[c]} | {b[c]} |")
    say()


# --- the report -----------------------------------------------------------------------------------


def main() -> None:  # noqa: C901 - one report, section by section
    parser = argparse.ArgumentParser()
    parser.add_argument("--calibrate", action="store_true", help="sweep thresholds on the development halves")
    parser.add_argument(
        "--with-model",
        type=int,
        default=21,
        metavar="N",
        help="personal questions answered through the turn with the bundled model (0: skip)",
    )
    parser.add_argument(
        "--turn-seed",
        type=int,
        default=HELD_OUT_SEEDS[0],
        help="the generated year asked through the turn (a development seed, 101-103, to look at answers)",
    )
    parser.add_argument("--skip-cost", action="store_true")
    parser.add_argument("--only-turn", action="store_true", help="only the questions through the turn")
    parser.add_argument(
        "--years",
        type=lambda v: tuple(int(s) for s in v.split(",")),
        metavar="SEEDS",
        help="only the personal questions of these generated years, no model (e.g. 101,102,103 or 111,...,119)",
    )
    parser.add_argument("--only-cost", action="store_true", help="only the cost before the first token")
    parser.add_argument(
        "--only-book",
        action="store_true",
        help="only the held-out book and CMRC questions",
    )
    parser.add_argument(
        "--book-dev",
        action="store_true",
        help="the development half of the book questions one by one, and the passage thresholds swept on it",
    )
    parser.add_argument(
        "--zh-book-dev",
        action="store_true",
        help="Chinese questions about the English book (answer_sets.BOOK_ZH_DEV) one by one, hit@5, and Chinese "
        "general questions with the book imported (which must stay uncited)",
    )
    parser.add_argument(
        "--cmrc-dev",
        action="store_true",
        help="only the CMRC development half, and its questions one word fewer (first and last; each in turn): "
        "hit@5 beside BM25",
    )
    parser.add_argument(
        "--check-book-sets",
        action="store_true",
        help="how many passages of the book's EPUB and Markdown imports hold each book question's phrase",
    )
    parser.add_argument(
        "--updates",
        action="store_true",
        help="the knowledge-update development set (answer_sets.UPDATES): answers and the profile, no model "
        "unless --with-model N (then N of its questions through the turn too)",
    )
    parser.add_argument(
        "--locomo-dev",
        action="store_true",
        help="the development LoCoMo conversations: what each answer cites, beside BM25's top turn",
    )
    parser.add_argument(
        "--locomo-renamed",
        action="store_true",
        help="the development LoCoMo conversations with their speakers renamed to names the world knows",
    )
    parser.add_argument(
        "--everyday",
        action="store_true",
        help="everyday remarks and a question on them, each in a fresh store (answer_sets.EVERYDAY), no model",
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help="questions about a user's own imported notes (answer_sets.NOTES), one store, no model",
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.check_book_sets:
        sys.exit(check_book_sets())
    tmp = Path(tempfile.mkdtemp(prefix="bench-answers-"))
    os.environ["ASSISTANT_HOME"] = str(tmp / "home")
    from assistant.memory.embeddings import default_embedder

    embedder = default_embedder()
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    if args.calibrate:
        calibrate(tmp, embedder)
        return

    t = DEFAULT_THRESHOLDS
    say("## Answers (bench/answers.py)")
    say()
    say(
        f"Thresholds: {dataclasses.asdict(t)}. Baseline: plain BM25 (words; Chinese as character pairs) "
        "over the same texts, its top hit quoted as the answer."
    )
    say()

    if args.years:
        years = [year_store(tmp, seed, embedder) for seed in args.years]
        ours, base = score_years(years, {}, t, show=not set(args.years) & set(HELD_OUT_SEEDS))
        say(f"### Personal questions, generated years {args.years}, no model")
        say()
        say("\n".join(table([(g, ours[g], base[g]) for g in ours], CLASSES, ("answer pipeline", "BM25 top hit"))))
        total = sum(ours.values(), Counter())
        say()
        say(f"All {sum(total.values())}: " + ", ".join(f"{c} {total[c]}" for c in CLASSES))
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.updates:
        updates_section(tmp, embedder, t, args.with_model if "--with-model" in sys.argv else 0, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.everyday:
        everyday_section(tmp, embedder, t, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.notes:
        notes_section(tmp, embedder, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.cmrc_dev:
        cmrc_development(tmp, embedder, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.locomo_dev or args.locomo_renamed:
        locomo_section(tmp, embedder, t, say, dev=True, renamed=args.locomo_renamed)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.only_turn:
        with_model(tmp, make_year(args.turn_seed), args.turn_seed, args.with_model, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.zh_book_dev:
        zh_book_development(tmp, embedder, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.only_book or args.book_dev:
        if args.book_dev:
            book_development(tmp, embedder, say)
        else:
            book_section(tmp, embedder, t, say)
            cmrc_section(tmp, embedder, t, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    if args.only_cost:
        cost(tmp, embedder, epub_markdown(EPUB) if EPUB.exists() else None, say)
        if args.out:
            args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return

    years = [year_store(tmp, seed, embedder) for seed in HELD_OUT_SEEDS]
    ours, base = score_years(years, {}, t)
    say(f"### Personal questions, {len(years)} held-out generated years (seeds {HELD_OUT_SEEDS}), no model")
    say()
    say("\n".join(table([(g, ours[g], base[g]) for g in ours], CLASSES, ("answer pipeline", "BM25 top hit"))))
    say()

    book_text = book_section(tmp, embedder, t, say)

    cmrc_section(tmp, embedder, t, say)

    if LOCOMO.exists():
        locomo_section(tmp, embedder, t, say, dev=False)

    if args.with_model:
        with_model(tmp, make_year(args.turn_seed), args.turn_seed, args.with_model, say)
    if not args.skip_cost:
        cost(tmp, embedder, book_text, say)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def book_section(tmp: Path, embedder: object, t: Thresholds, say: Callable[[str], None]) -> str | None:
    """The held-out book questions: ranking beside BM25 and LanceDB's own full-text search, then which
    passage is cited; the book's text (for the cost section), None when the book is absent."""
    book_text = epub_markdown(EPUB) if EPUB.exists() else None
    if not book_text:
        return None
    store, chunks = book_store(tmp, embedder)
    held = [(q, (lambda t, a=a: holds(t, a))) for q, a in BOOK[1::2]]
    for _, a in BOOK:
        assert any(holds(c.text, a) for c in chunks), f"no passage holds {a!r}"
    say(f"### Book: *Love Among the Chickens*, EPUB import ({len(chunks)} passages), {len(held)} held-out questions")
    say()
    ranks = hit_at_5(
        held,
        {
            "answer pipeline (DOCUMENTS tuning)": ranker(store, DOCUMENTS),
            "search with the memory tuning": ranker(store, DEFAULT),
            "`memory search` (passages in the answer's order)": user_ranker(store),
            "plain BM25": bm25_ranker(chunks),
            "LanceDB FTS alone": fts_ranker(store, "text"),
        },
    )
    say_ranks(say, ranks, len(held))
    o, b = answered(held, store, {}, t, bm25_ranker(chunks))
    p, _ = answered(held, store, {q: Found([], unfocused(store, q)) for q, _ in held}, t, bm25_ranker(chunks))
    say("| answer | answer pipeline | retrieval's first five (before focus.py) | BM25 top passage |")
    say("|---|---|---|---|")
    for c in sorted(set(o) | set(b) | set(p)):
        say(f"| {c} | {o[c]} | {p[c]} | {b[c]} |")
    g = general_answers(GENERAL, store, {}, t)
    say(
        f"| general questions ({len(GENERAL)}) with the book imported | "
        f"{', '.join(f'{k}: {v}' for k, v in g.items())} | always cites a passage |"
    )
    fresh = [(q, (lambda t, a=a: holds(t, a))) for q, a in BOOK_FRESH]
    o, _ = answered(fresh, store, {}, t, bm25_ranker(chunks))
    say(
        f"| book questions written after the passage gate ({len(fresh)}) | "
        f"{', '.join(f'{k}: {v}' for k, v in o.items())} | — |"
    )
    g = general_answers(GENERAL_FRESH, store, {}, t)
    say(
        f"| general questions written after the passage gate ({len(GENERAL_FRESH)}) | "
        f"{', '.join(f'{k}: {v}' for k, v in g.items())} | — |"
    )
    say()
    return book_text


def cmrc_half(
    tmp: Path, embedder: object, half: int
) -> tuple[MemoryStore, list[Memory], list[tuple[str, Callable[[str], bool]]]]:
    """The CMRC paragraphs imported as one document, and the questions of one half (0: development,
    1: held out), each with a check that a passage holds an answer and comes from its own paragraph."""
    data = json.loads(CMRC.read_text())
    contexts = {c["id"]: c["text"] for c in data["contexts"]}
    store, chunks = passage_store(tmp, "cmrc.md", "\n\n".join(contexts.values()) + "\n", embedder)
    order = list(contexts)
    questions = [
        (q["q"], (lambda t, q=q: any(a in t for a in q["answers"]) and overlaps(t, contexts[q["ctx"]])))
        for q in data["questions"]
        if order.index(q["ctx"]) % 2 == half
    ]
    return store, chunks, questions


# Words that say how a Chinese question asks, not what about: removing one leaves the same question.
_ZH_ASKING = frozenset(
    "什么 哪里 哪儿 哪个 哪些 哪位 哪年 哪天 多少 为什么 怎么 怎样 如何 是否 何时 是不是 有没有".split()
)


def one_word_fewer(
    questions: list[tuple[str, Callable[[str], bool]]], every: bool = False
) -> list[tuple[str, Callable[[str], bool]]]:
    """Each question once without its first content word and once without its last (dictionary words of
    two characters or more, not question words): the same paragraph asked about in other words, to stand
    in for held-out questions phrased unlike the development ones (the held-out half is one question
    short of BM25 where the development half is above it). With `every`, once without each content word
    in turn: a wider check, with more of the same questions in it. A question with one content word is
    left out: without it nothing is asked."""
    from assistant.answer import lexicon

    out: list[tuple[str, Callable[[str], bool]]] = []
    for q, check in questions:
        content = [w for run in CJK.findall(q) for w in lexicon.words(run) if len(w) > 1 and w not in _ZH_ASKING]
        if len(content) < 2:
            continue
        for word in dict.fromkeys(content if every else [content[0], content[-1]]):
            out.append((q.replace(word, "", 1), check))
    return out


def cmrc_development(tmp: Path, embedder: object, say: Callable[[str], None]) -> None:
    """The CMRC development half and the same questions one word fewer, then each content word removed in
    turn (`one_word_fewer`): where each ranking's five hold the answer, and the questions BM25's five
    answer and `memory search`'s do not."""
    store, chunks, dev = cmrc_half(tmp, embedder, 0)
    rankers = {
        "`memory search` (passages in the answer's order)": user_ranker(store),
        "retrieval's first five (DOCUMENTS tuning)": ranker(store, DOCUMENTS),
        "plain BM25, character pairs": bm25_ranker(chunks),
    }
    sets = (
        ("development half", dev),
        ("development half, one word fewer", one_word_fewer(dev)),
        ("development half, each content word removed in turn", one_word_fewer(dev, every=True)),
    )
    for name, questions in sets:
        say(f"### CMRC 2018 trial, {name}: {len(questions)} questions over {len(chunks)} passages")
        say()
        found_at = places(questions, rankers)
        say_places(say, found_at, len(questions))
        say_lost(say, questions, found_at)


def cmrc_section(tmp: Path, embedder: object, t: Thresholds, say: Callable[[str], None]) -> None:
    """The held-out half of the CMRC 2018 trial questions: ranking beside BM25 over character pairs and
    LanceDB's n-gram full-text search, then which passage is cited."""
    if not CMRC.exists():
        return
    store, chunks, held = cmrc_half(tmp, embedder, 1)
    say(
        f"### CMRC 2018 trial, held-out half: {len(held)} questions over {len(chunks)} passages "
        "(a passage counts when it holds an answer and comes from the question's own paragraph)"
    )
    say()
    ranks = hit_at_5(
        held,
        {
            "answer pipeline (DOCUMENTS tuning)": ranker(store, DOCUMENTS),
            "search with the memory tuning": ranker(store, DEFAULT),
            "`memory search` (passages in the answer's order)": user_ranker(store),
            "plain BM25, character pairs": bm25_ranker(chunks),
            "LanceDB n-gram FTS alone": fts_ranker(store, "cjk"),
        },
    )
    say_ranks(say, ranks, len(held))
    o, b = answered(held, store, {}, t, bm25_ranker(chunks))
    say("| answer | answer pipeline | BM25 top passage |")
    say("|---|---|---|")
    for c in sorted(set(o) | set(b)):
        say(f"| {c} | {o[c]} | {b[c]} |")
    say()


def book_development(tmp: Path, embedder: object, say: Callable[[str], None]) -> None:
    """The development book questions (the even-numbered half and BOOK_DEV; then BOOK_DEV2 to BOOK_DEV8
    apart) one by one, to read why a passage is or is not cited: the rank of the first passage
    holding the answer among the five the decision sees, and whether each passes the passage gate; then the
    pipeline beside retrieval's own first five (before focus.py) and plain BM25's top passage; then the
    passage thresholds swept on every set and the development general questions (which must stay uncited);
    and the CMRC development half: the cited passage, and hit@5 of `memory search` beside BM25."""
    if not EPUB.exists():
        return
    store, chunks = book_store(tmp, embedder)
    bm25 = bm25_ranker(chunks)
    dev = BOOK[0::2] + BOOK_DEV
    general = GENERAL[0::2] + GENERAL_DEV
    found = {
        q: gather(store, q, now=NOW)
        for q in [
            q
            for q, _ in dev
            + BOOK_DEV2
            + BOOK_DEV3
            + BOOK_DEV4
            + BOOK_DEV5
            + BOOK_DEV6
            + BOOK_DEV7
            + BOOK_DEV8
            + BOOK_DEV9
            + BOOK_DEV10
        ]
        + general
        + GENERAL_DEV2
        + GENERAL_DEV3
    }
    plain = {q: unfocused(store, q) for q in found}
    say(f"### Book questions, development set ({len(dev)}), one by one ({len(chunks)} passages, EPUB import)")
    say()
    book_questions(dev, store, found, say)
    held = [(q, (lambda text, a=a: holds(text, a))) for q, a in dev]
    o, b = answered(held, store, found, DEFAULT_THRESHOLDS, bm25)
    p, _ = answered(held, store, {q: Found([], plain[q]) for q in found}, DEFAULT_THRESHOLDS, bm25)
    say("| development book questions | pipeline (focus.py) | retrieval's first five | BM25 top passage |")
    say("|---|---|---|---|")
    for c in sorted(set(o) | set(p) | set(b)):
        say(f"| {c} | {o[c]} | {p[c]} | {b[c]} |")
    g = general_answers(general, store, found, DEFAULT_THRESHOLDS)
    gp = general_answers(general, store, {q: Found([], plain[q]) for q in found}, DEFAULT_THRESHOLDS)
    ours = "`memory search` (passages in the answer's order)"
    against = (ours, "retrieval's first five (DOCUMENTS tuning)", "plain BM25")  # the rankings the five must match
    rankers = {
        ours: user_ranker(store),
        "the five the decision sees": lambda q: [c.memory.text for c in found[q].passages],
        "search with the memory tuning": ranker(store, DEFAULT),
        "retrieval's first five (DOCUMENTS tuning)": ranker(store, DOCUMENTS),
        "plain BM25": bm25,
    }
    found_at = places(held, rankers)
    say(f"| general questions ({len(general)}): uncited | {g['general, uncited']} | {gp['general, uncited']} | 0 |")
    g2 = general_answers(GENERAL_DEV2, store, found, DEFAULT_THRESHOLDS)
    gp2 = general_answers(GENERAL_DEV2, store, {q: Found([], plain[q]) for q in found}, DEFAULT_THRESHOLDS)
    say(
        f"| second general questions ({len(GENERAL_DEV2)}), half prompted by the book: uncited "
        f"| {g2['general, uncited']} | {gp2['general, uncited']} | 0 |"
    )
    g3 = general_answers(GENERAL_DEV3, store, found, DEFAULT_THRESHOLDS)
    gp3 = general_answers(GENERAL_DEV3, store, {q: Found([], plain[q]) for q in found}, DEFAULT_THRESHOLDS)
    say(
        f"| third general questions ({len(GENERAL_DEV3)}), a third in the book's words: uncited "
        f"| {g3['general, uncited']} | {gp3['general, uncited']} | 0 |"
    )
    say()
    say_places(say, found_at, len(held))
    say_lost(say, held, {k: found_at[k] for k in against})
    say(book_retrieval("Development book", dev, store, found))
    say()
    # The second (session 8), third (session 12), fourth (session 13), fifth (session 14), sixth (session 15)
    # seventh (session 16) and eighth (session 17) sets are reported apart:
    # each was written after the sets before it had been tuned on for sessions, so a change that helps only
    # those shows here. All were written after focus.py was tuned on the first set: retrieval's own five may
    # hold more there.
    against_rankers = {k: rankers[k] for k in against}
    held2 = book_set_apart("second", "passages drawn with seed 8", BOOK_DEV2, store, found, bm25, against_rankers, say)
    held3 = book_set_apart(
        "third", "chapters the others ask least about", BOOK_DEV3, store, found, bm25, against_rankers, say
    )
    held4 = book_set_apart(
        "fourth", "chapters the three ask least about", BOOK_DEV4, store, found, bm25, against_rankers, say
    )
    held5 = book_set_apart(
        "fifth", "chapters all ask least about, passages drawn", BOOK_DEV5, store, found, bm25, against_rankers, say
    )
    held6 = book_set_apart(
        "sixth", "passages no set asks about, drawn with seed 19", BOOK_DEV6, store, found, bm25, against_rankers, say
    )
    held7 = book_set_apart(
        "seventh", "passages no set asks about, drawn with seed 20", BOOK_DEV7, store, found, bm25, against_rankers, say
    )
    held8 = book_set_apart(
        "eighth", "passages no set asks about, drawn with seed 21", BOOK_DEV8, store, found, bm25, against_rankers, say
    )
    book_set_apart(
        "ninth", "the passages no other set asks about, session 19", BOOK_DEV9, store, found, bm25, against_rankers, say
    )
    book_set_apart(
        "tenth", "people asked by a name the passage does not use", BOOK_DEV10, store, found, bm25, against_rankers, say
    )
    if CMRC.exists():
        cmrc_store, cmrc_chunks, cmrc = cmrc_half(tmp, embedder, 0)
        c, _ = answered(cmrc, cmrc_store, {}, DEFAULT_THRESHOLDS, lambda q: [])
        say(
            f"Development CMRC ({len(cmrc)}): cited passage holds the answer {c['cited passage holds the answer']}, "
            f"the quote holds it {c['(the quote shown holds it)']}, "
            f"cites one that does not {c['cited passage does not']}, "
            f"found nothing {c['found nothing']}, general {c['general knowledge (uncited)']}"
        )
        say()
        found_at = places(
            cmrc,
            {
                "`memory search` (passages in the answer's order)": user_ranker(cmrc_store),
                "retrieval's first five (DOCUMENTS tuning)": ranker(cmrc_store, DOCUMENTS),
                "plain BM25, character pairs": bm25_ranker(cmrc_chunks),
                "LanceDB n-gram FTS alone": fts_ranker(cmrc_store, "cjk"),
            },
        )
        say_places(say, found_at, len(cmrc))
        say_lost(say, cmrc, found_at)
    sweep = {
        "passage_coverage": [0.3, 0.4, 0.5, 0.6],
        "passage_similarity": [-1.0, 0.0, 0.05, 0.1],
        "passage_weight": [0.0, 0.2, 0.3, 0.4, 0.5],
        "single_term_similarity": [0.1, 0.15, 0.2],
        "open_passage_similarity": [0.05, 0.1, 0.12, 0.14, 0.16, 0.2],
        "names_spared": [0, 1, 2],
        "passage_choice": [1, 3, 5],
    }
    say(
        "| threshold | value | book development: holds / does not / nothing / general "
        "| second set: holds | third set: holds | fourth set: holds | fifth set: holds | sixth set: holds "
        "| seventh set: holds | eighth set: holds "
        f"| general questions ({len(general)}): uncited |"
    )
    say("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, values in sweep.items():
        for value in values:
            t = dataclasses.replace(DEFAULT_THRESHOLDS, **{name: value})
            o, _ = answered(held, store, found, t, lambda q: [])
            o2, _ = answered(held2, store, found, t, lambda q: [])
            o3, _ = answered(held3, store, found, t, lambda q: [])
            o4, _ = answered(held4, store, found, t, lambda q: [])
            o5, _ = answered(held5, store, found, t, lambda q: [])
            o6, _ = answered(held6, store, found, t, lambda q: [])
            o7, _ = answered(held7, store, found, t, lambda q: [])
            o8, _ = answered(held8, store, found, t, lambda q: [])
            g = general_answers(general, store, found, t)
            say(
                f"| {name} | {value} | {o['cited passage holds the answer']} / {o['cited passage does not']} / "
                f"{o['found nothing']} / {o['general knowledge (uncited)']} | "
                f"{o2['cited passage holds the answer']} | {o3['cited passage holds the answer']} | "
                f"{o4['cited passage holds the answer']} | {o5['cited passage holds the answer']} | "
                f"{o6['cited passage holds the answer']} | {o7['cited passage holds the answer']} | "
                f"{o8['cited passage holds the answer']} | "
                f"{g['general, uncited']} |"
            )
    say()


def zh_book_development(tmp: Path, embedder: object, say: Callable[[str], None]) -> None:
    """Chinese questions about the English book (a reader asking in their own language): one by one, the
    answers (cited passage holds the answer / cites another / found nothing / general), where the rankings
    place the answer, and the Chinese general questions, which must stay uncited with the book imported."""
    if not EPUB.exists():
        return
    store, chunks = book_store(tmp, embedder)
    bm25 = bm25_ranker(chunks)
    found = {q: gather(store, q, now=NOW) for q in [q for q, _ in BOOK_ZH_DEV] + GENERAL_ZH_DEV}
    say(f"### Chinese questions about the English book ({len(BOOK_ZH_DEV)}), one by one ({len(chunks)} passages)")
    say()
    book_questions(BOOK_ZH_DEV, store, found, say)
    held = [(q, (lambda text, a=a: holds(text, a))) for q, a in BOOK_ZH_DEV]
    o, b = answered(held, store, found, DEFAULT_THRESHOLDS, bm25)
    g = general_answers(GENERAL_ZH_DEV, store, found, DEFAULT_THRESHOLDS)
    say("| Chinese book questions | pipeline | BM25 top passage |")
    say("|---|---|---|")
    for c in sorted(set(o) | set(b)):
        say(f"| {c} | {o[c]} | {b[c]} |")
    say(f"| Chinese general questions ({len(GENERAL_ZH_DEV)}): uncited | {g['general, uncited']} | 0 |")
    say()
    rankers = {
        "`memory search` (passages in the answer's order)": user_ranker(store),
        "the five the decision sees": lambda q: [c.memory.text for c in found[q].passages],
        "retrieval's first five (DOCUMENTS tuning)": ranker(store, DOCUMENTS),
        "plain BM25": bm25,
    }
    say_places(say, places(held, rankers), len(held))
    say(book_retrieval("Chinese book questions", BOOK_ZH_DEV, store, found))
    say()


def book_set_apart(
    nth: str,
    drawn: str,
    questions: list[tuple[str, str]],
    store: MemoryStore,
    found: dict[str, Found],
    bm25: Callable[[str], list[str]],
    rankers: dict[str, Callable[[str], list[str]]],
    say: Callable[[str], None],
) -> list[tuple[str, Callable[[str], bool]]]:
    """A later development book set one by one, its outcomes beside BM25's, where `rankers` place its
    answers and what they find that the five do not, and its retrieval; the questions with their check,
    for the threshold sweep."""
    say(f"### Book questions, {nth} development set ({len(questions)}, {drawn}), one by one")
    say()
    book_questions(questions, store, found, say)
    held = [(q, (lambda text, a=a: holds(text, a))) for q, a in questions]
    o, b = answered(held, store, found, DEFAULT_THRESHOLDS, bm25)
    say(f"| {nth} development book set | pipeline (focus.py) | BM25 top passage |")
    say("|---|---|---|")
    for c in sorted(set(o) | set(b)):
        say(f"| {c} | {o[c]} | {b[c]} |")
    say()
    found_at = places(held, rankers)
    say_places(say, found_at, len(held))
    say_lost(say, held, found_at)
    say(book_retrieval(f"{nth.capitalize()} development book set", questions, store, found))
    say()
    return held


def book_questions(
    questions: list[tuple[str, str]], store: MemoryStore, found: dict[str, Found], say: Callable[[str], None]
) -> None:
    """One line a question: whether the cited passage holds the answer, and which of the five the decision
    sees hold it (H) and pass the passage gate (+)."""
    for q, a in questions:
        f = found[q]
        d = decide(q, f.memories, f.passages, DEFAULT_THRESHOLDS, f.asked)
        right = bool(d.evidence) and holds(d.evidence[0].text, a)
        marks = " ".join(
            ("H" if holds(c.text, a) else "-") + ("+" if passage_answers(q, c, route=f.asked) else "")
            for c in f.passages
        )
        say(f"- {'holds' if right else 'MISS '} [{marks}] {q} ({a!r}; {d.outcome})")
        if not right:  # why a passage that holds the answer is not let through, as the gate says it
            for i, c in enumerate(f.passages, 1):
                if holds(c.text, a) and (lacks := passage_lacks(q, c, route=f.asked)):
                    say(f"    - H at {i}: {lacks}")
    say()
    say(
        "(H: the passage holds the answer, +: it passes the passage gate; the five the decision sees, in order;"
        " under a miss, what keeps each H passage from the gate)"
    )
    say()


def book_retrieval(name: str, questions: list[tuple[str, str]], store: MemoryStore, found: dict[str, Found]) -> str:
    """Retrieval alone: the answer among the pool focus.py ranks again, and among the five the decision sees."""
    pool = sum(
        any(
            holds(h.memory.text, a)
            for h in search(store, q, PASSAGE_POOL, kinds=["document"], now=NOW, tuning=DOCUMENTS)
        )
        for q, a in questions
    )
    shown = sum(any(holds(c.text, a) for c in found[q].passages) for q, a in questions)
    n = len(questions)
    return (
        f"{name} retrieval: the answer in the pool of {PASSAGE_POOL} {pool}/{n}, "
        f"in the five the decision sees {shown}/{n}"
    )


def everyday_section(tmp: Path, embedder: object, t: Thresholds, say: Callable[[str], None]) -> None:
    """Everyday remarks, each set in a fresh store, and one question: the right remark cited first, "I
    don't know" where that is right, or what went wrong."""
    outcomes: Counter[str] = Counter()
    for k, (remarks, question, want) in enumerate(EVERYDAY):
        store = MemoryStore(tmp / f"everyday{k}", embedder)  # type: ignore[arg-type]
        for i, text in enumerate(remarks):
            api.remember(text, store=store, at=NOW - timedelta(days=len(remarks) - i))
        f = gather(store, question, now=NOW)
        d = settle(store, question, decide(question, f.memories, f.passages, t, f.asked))
        first = d.evidence[0].text if d.evidence else None
        if want is None:
            c = 'right "I don\'t know"' if first is None else "cites a remark that does not answer"
        elif first is None:
            c = 'false "I don\'t know"'
        elif want in first:
            c = "right, cited"
        elif d.uncertain and any(want in m.text for m in d.evidence):
            c = "says both, with their days"  # the old remark and the later one that may change it
        else:
            c = "cites a remark that does not answer"
        outcomes[c] += 1
        if not c.startswith("right"):
            print(f"  everyday {c}: {question!r} → {first!r}", file=sys.stderr, flush=True)
    say(f"### Everyday remarks, one question each ({len(EVERYDAY)}, development), no model")
    say()
    say("| answer | count |")
    say("|---|---|")
    shown = ("right, cited", "says both, with their days", 'right "I don\'t know"', 'false "I don\'t know"')
    for c in (*shown, "cites a remark that does not answer"):
        say(f"| {c} | {outcomes[c]} |")


NOTES_CLASSES = (
    "right, cited at its line",
    "right, cited at another line",
    'right "I don\'t know" or general',
    'false "I don\'t know"',
    "general knowledge though the notes answer",
    "cites a line that does not answer",
)


def notes_section(tmp: Path, embedder: object, say: Callable[[str], None]) -> None:
    """The two sets of a user's own notes (answer_sets.NOTES, NOTES_FRESH), each imported as files into a
    store of its own."""
    notes_set(tmp, embedder, "notes", NOTES_FILES, NOTES, say)
    notes_set(tmp, embedder, "fresh", NOTES_FRESH_FILES, NOTES_FRESH, say)
    notes_set(tmp, embedder, "cross-language", CROSS_NOTES_FILES, CROSS_NOTES, say)


def notes_set(
    tmp: Path,
    embedder: object,
    name: str,
    files: dict[str, str],
    questions: list[tuple[str, str | None]],
    say: Callable[[str], None],
) -> None:
    """A user's own notes imported as files into one store, and questions about them: the answering line
    quoted and placed at its line, "I don't know" (or a general answer, uncited) where the notes say
    nothing, or what went wrong, worst last."""
    from assistant.memory import import_file

    store = MemoryStore(tmp / name, embedder)  # type: ignore[arg-type]
    folder = tmp / f"{name}-files"
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
        import_file(folder / file, store=store)
    outcomes: Counter[str] = Counter()
    for question, want in questions:
        p = Plan.placed(question, *_notes_decided(store, question))
        reply, cited = p.product_reply()
        places = [c.place or "" for c in p.citations(cited[:1])]
        quote = reply.split("\n\n")[0] if cited else ""
        d = p.decision
        if want is None:
            c = 'right "I don\'t know" or general' if not cited else "cites a line that does not answer"
        elif not cited:
            c = "general knowledge though the notes answer" if d.outcome is Outcome.GENERAL else 'false "I don\'t know"'
        elif want in quote:
            c = "right, cited at its line" if _at_line(files, places[0], want) else "right, cited at another line"
        else:
            c = "cites a line that does not answer"
        outcomes[c] += 1
        if not c.startswith("right, cited at its") and not c.startswith('right "'):
            print(f"  {name} {c}: {question!r} → {quote[:120]!r} {places}", file=sys.stderr, flush=True)
    say(f"### A user's own notes, {name} ({len(files)} files, {len(questions)} questions, development), no model")
    say()
    say("| answer | count |")
    say("|---|---|")
    for c in NOTES_CLASSES:
        say(f"| {c} | {outcomes[c]} |")


def _notes_decided(store: MemoryStore, question: str) -> tuple[Decision, Found]:
    f = gather(store, question, now=NOW)
    return settle(store, question, decide(question, f.memories, f.passages, DEFAULT_THRESHOLDS, f.asked)), f


def _at_line(files: dict[str, str], place: str, want: str) -> bool:
    """Whether a place ("home.md, line 4"; Chinese: "笔记.md 第 4 行") names the line of a notes file that
    holds `want`."""
    for name, text in files.items():
        for n, line in enumerate(text.splitlines(), start=1):
            if want in line and name in place:
                return str(n) in re.findall(r"\d+", place.replace(name, ""))
    return False


def updates_section(tmp: Path, embedder: object, t: Thresholds, n: int, say: Callable[[str], None]) -> None:
    """The knowledge-update development set: each question's answer classified (is the later remark
    cited when it replaces the old statement, the old one when it only shares words), how the profile
    shows each case, and with `n` > 0 that many questions through the whole turn with the bundled model."""
    from update_users import users

    for unread in (False, True):
        update_set(tmp, embedder, t, users(unread=unread), "unread" if unread else "", say)
    if n:
        updates_through_turn(tmp, users(), n, say)


def update_set(tmp: Path, embedder: object, t: Thresholds, people: list, name: str, say: Callable[[str], None]) -> None:  # type: ignore[type-arg]
    from update_users import PROFILE_CLASSES, profile_class, tally

    from assistant.memory.memories import Memories

    answers: list[tuple[str, str]] = []
    base: list[tuple[str, str]] = []
    profile: list[tuple[str, str]] = []
    hedges: Counter[str] = Counter()
    for k, user in enumerate(people):
        store = MemoryStore(tmp / f"updates{name}{k}", embedder)  # type: ignore[arg-type]
        api.import_file(write_jsonl(tmp / f"updates{name}{k}.jsonl", [r.to_json() for r in user.remarks]), store=store)
        bm25 = BM25([r.text for r in user.remarks])
        for case in user.cases:
            for q in case.update.questions:
                f = gather(store, q, now=NOW)
                d = settle(store, q, decide(q, f.memories, f.passages, t, f.asked))
                c = classify(cited_by(d), d.outcome, case.gold, case.outdated)
                answers.append((case.group, c))
                if d.uncertain:
                    hedges[case.group] += 1
                if c != CLASSES[0]:
                    said = " | ".join(e.text for e in d.evidence) if d.evidence else d.reason
                    print(f"  {name} {case.slot} {c}: {q!r} → {said!r}", file=sys.stderr, flush=True)
                top = bm25.top(q, 1)
                base.append(
                    (case.group, classify(user.remarks[top[0]].id if top else None, None, case.gold, case.outdated))
                )
        facts = [
            (p.origin, p.later.id.removeprefix("memory:") if p.later else None)
            for p in Memories(store.folder).profile()
        ]
        for case in user.cases:
            profile.append((case.group, profile_class(case, facts)))
    ours, theirs = tally(answers), tally(base)
    cases = sum(len(u.cases) for u in people)
    say(
        f"### Knowledge updates in {'words no rule reads' if name else 'everyday words'}: "
        f"{cases} cases over {len(people)} users "
        f"({sum(len(u.remarks) for u in people)} remarks), {len(answers)} questions, no model"
    )
    say()
    say(
        "\n".join(
            table([(g, ours[g], theirs.get(g, Counter())) for g in ours], CLASSES, ("answer pipeline", "BM25 top hit"))
        )
    )
    say()
    say(f'Answers "you told me X; later you said Y" (an update no rule reads): {dict(hedges)}')
    say()
    shown = tally(profile)
    say("| profile (one row per case) | " + " | ".join(shown) + " |")
    say("|---|" + "---|" * len(shown))
    for c in PROFILE_CLASSES:
        say(f"| {c} | " + " | ".join(str(shown[g][c]) for g in shown) + " |")
    say()


def updates_through_turn(tmp: Path, people: list, n: int, say: Callable[[str], None]) -> None:  # type: ignore[type-arg]
    from assistant.assistant import Assistant

    asked = [(k, case, q) for k, u in enumerate(people) for case in u.cases for q in case.update.questions]
    rng = np.random.default_rng(7)
    picked = sorted(rng.choice(len(asked), size=min(n, len(asked)), replace=False))
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for k, user in enumerate(people):
        mine = [asked[i] for i in picked if asked[i][0] == k]
        if not mine:
            continue
        os.environ["ASSISTANT_HOME"] = str(tmp / f"turn-home-u{k}")
        a = Assistant.open()
        a.settings.temperature, a.settings.seed, a.settings.max_tokens = 0.0, 1, 96
        api.import_file(write_jsonl(tmp / f"turn-u{k}.jsonl", [r.to_json() for r in user.remarks]), store=a.memory())
        for _, case, q in mine:
            r = a.handle(q)
            cited = origin(a.memory().get(r.citations[0].id)) if r.citations else None
            c = classify(cited, Outcome.GENERAL if not r.grounded else None, case.gold, case.outdated)
            counts[c] += 1
            print(f"  turn {case.slot} {c}: {q!r} → {r.reply[:160]!r}", file=sys.stderr, flush=True)
        a.close()
    say(
        f"### Knowledge updates through the turn with the bundled model: {len(picked)} questions "
        f"({time.perf_counter() - started:.0f} s)"
    )
    say()
    say("| class | answers |")
    say("|---|---|")
    for c in CLASSES:
        say(f"| {c} | {counts[c]} |")
    say()


def with_model(tmp: Path, year: Year, seed: int, n: int, say: Callable[[str], None]) -> None:
    """The whole turn with the bundled model: what the user sees, classified."""
    from assistant.assistant import Assistant

    a = Assistant.open()
    a.settings.temperature, a.settings.seed, a.settings.max_tokens = 0.0, 1, 96
    api.import_file(write_jsonl(tmp / "turn-year.jsonl", [r.to_json() for r in year.remarks]), store=a.memory())
    asked = year_questions(year)
    rng = np.random.default_rng(7)
    picked = [asked[i] for i in sorted(rng.choice(len(asked), size=min(n, len(asked)), replace=False))]
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for q in picked:
        r = a.handle(q.text)
        # "You told me X [1] … later you said Y [2]" gives the later remark as how things may be now, as
        # cited_by() reads it without the model: a personal answer cites two memories only then.
        last = len(r.citations) == 2
        cited = origin(a.memory().get(r.citations[-1 if last else 0].id)) if r.citations else None
        c = classify(cited, Outcome.GENERAL if not r.grounded else None, q.gold, q.outdated)
        counts[c] += 1
        if seed not in HELD_OUT_SEEDS:  # a development year may be read answer by answer, a held-out one not
            print(f"  {c}: {q.text!r} → {r.reply[:160]!r}", file=sys.stderr, flush=True)
    say(
        f"### Through the turn with the bundled model: {len(picked)} personal questions of seed "
        f"{seed}{'' if seed in HELD_OUT_SEEDS else ' (development)'} ({time.perf_counter() - started:.0f} s)"
    )
    say()
    say("| class | answers |")
    say("|---|---|")
    for c in CLASSES:
        say(f"| {c} | {counts[c]} |")
    say()
    a.close()


def cost(tmp: Path, embedder: object, book: str | None, say: Callable[[str], None]) -> None:
    """What the answer pipeline adds before the first token, at 10,000 memories plus a 500-page book."""
    from memory import raw_vector, year_of  # bench/memory.py

    year = year_of(10_000, seed=7)
    store = MemoryStore(tmp / "cost", embedder)  # type: ignore[arg-type]
    api.import_file(write_jsonl(tmp / "cost.jsonl", [r.to_json() for r in year.remarks]), store=store)
    pages = 0
    if book:
        text = (book + "\n\n") * 4  # about 1.1 million characters: 550 pages of 2,000
        path = tmp / "big-book.md"
        path.write_text(text, encoding="utf-8")
        api.import_file(path, store=store)
        pages = len(text) // 2000
    from assistant.answer import lexicon
    from assistant.answer.pipeline import plan

    lexicon.world_names()  # the app builds it at start-up, before the first question (Assistant: warm())
    questions = [q.text for q in year.questions] + [q for q, _ in BOOK] + GENERAL

    def timed(fn: Callable[[str], object]) -> tuple[float, ...]:
        """p50 and p95 of the wall time, and of the CPU time of the whole process (every thread,
        LanceDB's included): on a machine shared with other work the wall time says how long a user
        waits, and the CPU time how much work there is, which the load hardly moves."""
        for q in questions[:5]:
            fn(q)
        times, cpu = [], []
        for q in questions:
            t0, c0 = time.perf_counter(), time.process_time()
            fn(q)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        return (*np.percentile(times, [50, 95]).tolist(), *np.percentile(cpu, [50, 95]).tolist())

    # A one-off command searches LanceDB; a process that asks again (the window, a chat) keeps the
    # table in memory (memory/replica.py). Both, side by side with the raw library, in one run.
    one_off = MemoryStore(store.folder, embedder, replica=False)  # type: ignore[arg-type]
    cold = timed(lambda q: plan(q, one_off, now=NOW))
    store.keep_replica()
    while store.replica() is None:
        time.sleep(0.05)
    p = timed(lambda q: plan(q, store, now=NOW))
    s = timed(lambda q: search(store, q, 5, now=NOW))
    r = timed(lambda q: raw_vector(store, q, 5))
    say(
        f"### Cost before the first token (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores): "
        f"{store.count():,} rows ({len(year.remarks):,} remarks, their profile "
        f"facts and a {pages}-page book), {len(questions)} questions"
    )
    say()
    say("| step | p50 / p95 | CPU p50 / p95 |")
    say("|---|---|---|")
    for name, t in (
        ("answer pipeline: one search over memories and passages + decision", p),
        ("the same in a one-off command (no in-memory copy: LanceDB queries)", cold),
        ("memory search alone (one hybrid search)", s),
        ("raw LanceDB vector search (embed + search)", r),
    ):
        say(f"| {name} | {t[0]:.0f} / {t[1]:.0f} ms | {t[2]:.0f} / {t[3]:.0f} ms |")
    say()


def calibrate(tmp: Path, embedder: object) -> None:
    """Sweep each threshold alone around the default on the development halves; print what changes."""
    years = [year_store(tmp, seed, embedder) for seed in DEV_SEEDS]
    year_found: dict[tuple[int, str], Found] = {}
    docs = []
    if EPUB.exists():
        store, chunks = passage_store(tmp, "lac.md", epub_markdown(EPUB), embedder)
        docs.append(("book", store, [(q, (lambda t, a=a: holds(t, a))) for q, a in BOOK[0::2]], {}))
    if CMRC.exists():
        store, chunks, qs = cmrc_half(tmp, embedder, 0)
        docs.append(("cmrc", store, qs[:150], {}))
    general_found: dict[str, Found] = {}
    grid = {
        "named_similarity": [0.1, 0.15, 0.2, 0.25, 0.3],
        "unnamed_similarity": [0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
        "passage_coverage": [0.4, 0.5, 0.6, 0.7, 0.8],
        "memory_coverage": [0.5, 0.6, 0.75, 1.0],
        "current_margin": [0.2, 0.35, 0.5],
        "current_topic": [0.3, 0.4, 0.5],
    }
    print(
        "| threshold | value | years: right / stale / wrong / false IDK / right IDK | "
        "documents: holds / not / nothing / general | general q: uncited |"
    )
    print("|---|---|---|---|---|")
    for name, values in grid.items():
        for value in values:
            t = dataclasses.replace(DEFAULT_THRESHOLDS, **{name: value})
            ours, _ = score_years(years, year_found, t)
            total = sum(ours.values(), Counter())
            doc = Counter()
            for _, store, qs, found in docs:
                doc += answered(qs, store, found, t, lambda q: [])[0]
            g = general_answers(GENERAL[0::2], docs[0][1], general_found, t) if docs else Counter()
            print(
                f"| {name} | {value} | {total['right, current, cited']} / {total['stale fact stated']} / "
                f"{total['wrong subject']} / {total[CLASSES[3]]} / {total[CLASSES[4]]} | "
                f"{doc['cited passage holds the answer']} / {doc['cited passage does not']} / "
                f"{doc['found nothing']} / {doc['general knowledge (uncited)']} | {g['general, uncited']} |",
                flush=True,
            )


def check_book_sets() -> int:
    """How many passages hold each book question's phrase, in the product's own EPUB import and in the
    Markdown import the sections above use: a phrase in no passage was split by the chunking or mistyped,
    and a BOOK_DEV phrase in more than two cannot tell the passage that answers from others. Only
    chunking, no search: it judges the questions, never the answers. 1 when a phrase fails."""
    from assistant.books.chunking import passages
    from assistant.books.readers import read_document

    if not EPUB.exists():
        print(f"{EPUB} is absent")
        return 1
    document, _ = read_document(EPUB, lambda _: None)
    epub = [m.text for m in passages(document, "book", NOW.isoformat())[0]]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "love-among-the-chickens.md"
        path.write_text(epub_markdown(EPUB), encoding="utf-8")
        markdown = [m.text for m in api.parse_file(path, import_id="check").memories]
    failed = 0
    print("| set | question | phrase | EPUB passages | Markdown passages |")
    print("|---|---|---|---|---|")
    for name, questions, most in (
        ("BOOK", BOOK, None),
        ("BOOK_FRESH", BOOK_FRESH, None),
        ("BOOK_DEV", BOOK_DEV, 2),
        ("BOOK_DEV2", BOOK_DEV2, 2),
        ("BOOK_DEV3", BOOK_DEV3, 2),
        ("BOOK_DEV4", BOOK_DEV4, 2),
        ("BOOK_DEV5", BOOK_DEV5, 2),
        ("BOOK_DEV6", BOOK_DEV6, 2),
        ("BOOK_DEV7", BOOK_DEV7, 2),
        ("BOOK_DEV8", BOOK_DEV8, 2),
        ("BOOK_DEV9", BOOK_DEV9, 2),
        ("BOOK_DEV10", BOOK_DEV10, 2),
        ("BOOK_ZH_DEV", BOOK_ZH_DEV, 2),
    ):
        for q, phrase in questions:
            counts = [sum(holds(t, phrase) for t in texts) for texts in (epub, markdown)]
            bad = min(counts) == 0 or (most is not None and max(counts) > most)
            failed += bad
            print(f"| {name} | {q} | {phrase} | {counts[0]} | {counts[1]} |" + (" **fails**" if bad else ""))
    print(f"\n{failed} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    main()
