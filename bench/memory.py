"""Memory benchmarks: import speed, search latency at 10k and 100k memories, recall on a generated year
and on LoCoMo (if present), each beside the raw library underneath (plain LanceDB vector search).

    python bench/memory.py [--skip-100k] [--out docs/benchmarks-memory.md]

Prints markdown; the figures are recorded in docs/benchmarks-memory.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "memory"))

import numpy as np  # noqa: E402
from year import Year, generate_year, score  # noqa: E402

from assistant.clock import stamp  # noqa: E402
from assistant.memory import api  # noqa: E402
from assistant.memory.extraction import extract_facts  # noqa: E402
from assistant.memory.model import Hit, Memory  # noqa: E402
from assistant.memory.retrieval import search  # noqa: E402
from assistant.memory.schema import FIELDS, from_row  # noqa: E402
from assistant.memory.store import MemoryStore  # noqa: E402

NOW = datetime(2026, 1, 1, tzinfo=UTC)
LOCOMO = ROOT.parent / "shared" / "data" / "locomo-dev"


def pct(values: list[float], p: float) -> float:
    return float(np.percentile(values, p))


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def raw_vector(store: MemoryStore, query: str, k: int) -> list[Hit]:
    """The library alone: embed the question, LanceDB cosine search, no fusion or adjustments."""
    table = (
        store.table.search(store.embedder.embed_query(query), vector_column_name="embedding")
        .distance_type("cosine")
        .select([*FIELDS, "_distance"])
        .limit(k)
        .to_arrow()
    )
    return [Hit(from_row(r), 1 - r["_distance"]) for r in table.to_pylist()]


def latency(fn, queries: list[str], k: int = 5) -> tuple[float, float]:
    for q in queries[:5]:
        fn(q, k)  # warm: model, caches, index files
    times = []
    for q in queries:
        start = time.perf_counter()
        fn(q, k)
        times.append((time.perf_counter() - start) * 1000)
    return pct(times, 50), pct(times, 95)


def year_of(size: int, seed: int) -> Year:
    """A generated year padded with chit-chat to about `size` remarks."""
    per_day = max(1, size // 365)
    year = generate_year(seed, noise_per_day=(per_day - 1, per_day + 3))
    return year


def locomo_rows(path: Path) -> tuple[list[dict[str, str]], list[tuple[str, set[str]]]]:
    d = json.loads(path.read_text())
    rows = []
    for key in d:
        if not re.fullmatch(r"session_\d+", key):
            continue
        when = datetime.strptime(d[f"{key}_date_time"], "%I:%M %p on %d %B, %Y").replace(tzinfo=UTC)
        for turn in d[key]:
            rows.append(
                {
                    "id": turn["dia_id"],
                    "text": f"{turn['speaker']}: {turn['text']}",
                    "at": when.isoformat(),
                    "kind": "turn",
                }
            )
    questions = [(q["question"], set(q["evidence"])) for q in d["qa"] if q.get("category") in (1, 2, 3, 4)]
    return rows, questions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-100k", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    # --- import 10,000 remarks ---
    year = year_of(10_000, seed=7)
    source = write_jsonl(tmp / "year.jsonl", [r.to_json() for r in year.remarks])
    store = MemoryStore(tmp / "m10k")
    start = time.perf_counter()
    report = api.import_file(source, store=store)
    took = time.perf_counter() - start
    raw = MemoryStore(tmp / "raw")  # the library alone: embed + one LanceDB add, no parsing/extraction/supersession
    texts = [r.text for r in year.remarks]
    start = time.perf_counter()
    vectors = raw.embedder.embed(texts)
    from assistant.memory.schema import to_table

    raw.table.add(to_table([Memory(id=r.id, text=r.text) for r in year.remarks], vectors))
    raw_took = time.perf_counter() - start
    say("## Memory (bench/memory.py)")
    say()
    say(
        f"Embedder: {store.embedder.name}. {report.read:,} remarks of a generated year "
        f"({store.count():,} rows with the profile facts drawn from them)."
    )
    say()
    say("| measure | assistant.memory | raw library (USE embed + LanceDB) |")
    say("|---|---|---|")
    say(
        f"| import 10k remarks | {report.read / took:,.0f} remarks/s ({took:.1f} s) | "
        f"{len(texts) / raw_took:,.0f} remarks/s ({raw_took:.1f} s) |"
    )

    # --- latency at 10k ---
    questions = [q.text for q in year.questions] * 4
    p50, p95 = latency(lambda q, k: search(store, q, k), questions)
    r50, r95 = latency(lambda q, k: raw_vector(store, q, k), questions)
    say(
        f"| search p50 / p95 at {store.count():,} rows | {p50:.1f} / {p95:.1f} ms "
        f"| {r50:.1f} / {r95:.1f} ms (vector only) |"
    )

    # --- recall on the generated year ---
    for kind, label in (("profile", "current fact"), ("event", "one-off event")):
        sub = Year(year.remarks, [q for q in year.questions if q.kind == kind])
        ours = score(lambda q, k: search(store, q, k, now=NOW), sub)
        plain = score(lambda q, k: raw_vector(store, q, k), sub)
        say(
            f"| recall@5, {label}, the 10k year ({ours.questions} questions) | {ours.recall:.1%}, "
            f"outdated above current in {ours.outdated_above} | {plain.recall:.1%}, "
            f"outdated above current in {plain.outdated_above} |"
        )
    # Split by whether the rules read the current statement: where they cannot (the generator's
    # deliberately unknown phrasings) no profile fact exists and only the embedder can find it.
    held_out = [generate_year(seed) for seed in range(21, 27)]  # seeds not used when tuning (1–6, 11, 12)
    tally = {"read": [0, 0, 0, 0, 0], "unread": [0, 0, 0, 0, 0]}  # found, outdated, total, plain found/outdated
    for i, y in enumerate(held_out):
        ys = MemoryStore(tmp / f"held{i}", store.embedder)
        api.import_file(write_jsonl(tmp / f"held{i}.jsonl", [r.to_json() for r in y.remarks]), store=ys)
        said = {r.id: r.text for r in y.remarks}
        for q in (q for q in y.questions if q.kind == "profile"):
            one = Year(y.remarks, [q])
            ours = score(lambda q, k, ys=ys: search(ys, q, k, now=NOW), one)
            plain = score(lambda q, k, ys=ys: raw_vector(ys, q, k), one)
            t = tally["read" if extract_facts(said[q.answer]) else "unread"]
            for j, v in enumerate((ours.found, ours.outdated_above, 1, plain.found, plain.outdated_above)):
                t[j] += v
    both = [a + b for a, b in zip(tally["read"], tally["unread"], strict=True)]
    for label, (found, outdated, total, plain_found, plain_outdated) in (
        ("all", both),
        ("newest statement in a phrasing the rules read", tally["read"]),
        ("newest statement in a phrasing they do not", tally["unread"]),
    ):
        say(
            f"| recall@5, current fact, 6 held-out years of ~2,000 remarks, {label} ({total} questions) "
            f"| {found / total:.1%}, outdated above current in {outdated} | {plain_found / total:.1%}, "
            f"outdated above current in {plain_outdated} |"
        )
    marked = 0
    for q in year.questions:
        hits = search(store, q.text, 10, now=NOW)
        for i, h in enumerate(hits):
            if h.memory.superseded_by and any(
                x.memory.subject == h.memory.subject and not x.memory.superseded_by for x in hits[i:]
            ):
                marked += 1
    say(f"| a statement marked superseded ranked above its replacement | {marked} times | — |")

    # --- LoCoMo ---
    if LOCOMO.exists():
        h5 = h10 = r5 = r10 = n = 0
        for path in sorted(LOCOMO.glob("*.json")):
            rows, qs = locomo_rows(path)
            conv = MemoryStore(tmp / f"locomo-{path.stem}", store.embedder)
            api.import_file(write_jsonl(tmp / f"{path.stem}.jsonl", rows), store=conv)
            for q, evidence in qs:
                n += 1
                h5 += bool(evidence & {h.memory.id for h in search(conv, q, 5)})
                h10 += bool(evidence & {h.memory.id for h in search(conv, q, 10)})
                raw_ids = [h.memory.id for h in raw_vector(conv, q, 10)]
                r5 += bool(evidence & set(raw_ids[:5]))
                r10 += bool(evidence & set(raw_ids))
        say(
            f"| LoCoMo dev recall@5 / @10 ({n} questions) | {h5 / n:.3f} / {h10 / n:.3f} "
            f"| {r5 / n:.3f} / {r10 / n:.3f} |"
        )

    # --- 100k ---
    if not args.skip_100k:
        more: list[Memory] = []
        seed = 100
        while store.count() + len(more) < 100_000:
            # Padding is other years' chit-chat only: their facts would (rightly) supersede this user's.
            extra = year_of(10_000, seed)
            stated = {q.answer for q in extra.questions} | {o for q in extra.questions for o in q.outdated}
            more += [
                Memory(id=f"x{seed}-{r.id}", text=r.text, kind="turn", created=stamp(r.at))
                for r in extra.remarks
                if r.id not in stated and not extract_facts(r.text)
            ]
            seed += 1
        more = more[: 100_000 - store.count()]
        start = time.perf_counter()
        for i in range(0, len(more), 10_000):
            store.add(api.with_profile(more[i : i + 10_000]))
        store.optimize()
        grow = time.perf_counter() - start
        p50, p95 = latency(lambda q, k: search(store, q, k), questions)
        r50, r95 = latency(lambda q, k: raw_vector(store, q, k), questions)
        say(
            f"| search p50 / p95 at {store.count():,} rows | {p50:.1f} / {p95:.1f} ms "
            f"| {r50:.1f} / {r95:.1f} ms (vector only) |"
        )
        say(f"| adding 90k more (batches of 10k) | {len(more) / grow:,.0f} remarks/s | — |")
        sub = Year(year.remarks, [q for q in year.questions if q.kind == "profile"])
        ours = score(lambda q, k: search(store, q, k, now=NOW), sub)
        say(
            f"| recall@5, current fact, among 100k | {ours.recall:.1%}, "
            f"outdated above current in {ours.outdated_above} | — |"
        )
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
