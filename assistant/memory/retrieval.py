"""Hybrid search: vector + full-text, fused by weighted reciprocal rank, then adjusted for recency,
importance and supersession, with near-duplicates collapsed.

Full-text search is routed by script (NOTES: plain fusion with word BM25 hurts Chinese and
cross-lingual questions): English words go to the word index, Chinese characters to the n-gram index,
and the full-text weight falls when the question and the likely answer may be in different languages.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pyarrow as pa

from ..bounded import MAX_QUERY_CHARS
from ..clock import parse_time, utc_now
from ..language import is_question
from .model import Hit, Memory
from .schema import from_row
from .script import cjk_runs, cjk_share
from .store import MemoryStore, in_list, quote


@dataclass(frozen=True)
class Tuning:
    """Fusion constants, chosen with bench/memory.py on LoCoMo and the generated year (see docs)."""

    candidates: int = 40  # rows taken from each list before fusion
    vector_weight: float = 1.0  # cosine between question and memory
    words_weight: float = 0.3  # full-text (word index) score, scaled to 0..1 within the list
    cjk_weight: float = 0.1  # Chinese n-gram full-text: weak, since single characters match nearly everything
    profile_candidates: int = 10
    recency_weight: float = 0.1  # added for something said today, halving every half-life
    recency_half_life_days: float = 180.0
    importance_weight: float = 0.1  # per unit of importance away from the default 0.5
    superseded_penalty: float = 0.15
    # Asking is mostly not telling: the user's questions rank a little below statements (LoCoMo dev
    # recall@5 0.58 → 0.63 with 0.2) ...
    asked_penalty: float = 0.2
    # ... and far below when they echo the question being searched ("Where do I live?" for "where do I
    # live": cosine ≈ 0.8–0.9, across languages ≈ 0.73), which the same question asked before cannot answer.
    echo_cosine: float = 0.7
    echo_penalty: float = 1.5
    topic_cosine: float = 0.4  # two results this similar are about the same thing ...
    topic_margin: float = 0.3  # ... and if their scores are this close, the newer one goes first
    duplicate_cosine: float = 0.88  # "Work was awful today" ≈ "Work was great today" (0.86)


DEFAULT = Tuning()
# Documents are long passages of someone else's prose: the sentence embedder sees an 800-character
# chunk as a blur, while the words of a question about it are usually in the passage itself, so the
# full-text indexes lead; recency and importance mean nothing for a book. Chosen with bench/answers.py
# on the development halves of the book questions and CMRC 2018 (docs/benchmarks.md).
DOCUMENTS = Tuning(words_weight=1.0, cjk_weight=1.0, recency_weight=0.0, importance_weight=0.0)
_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="memory-search")


def search(
    store: MemoryStore,
    query: str,
    limit: int = 5,
    *,
    kinds: list[str] | None = None,
    include_superseded: bool = True,
    where: str | None = None,
    now: datetime | None = None,
    tuning: Tuning = DEFAULT,
    vector: np.ndarray | None = None,
) -> list[Hit]:
    """The memories that best answer `query`, best first. Callable from any thread.

    Each candidate's relevance is its cosine similarity to the question plus its full-text score
    (scaled to 0..1 within its list). Scores are fused rather than ranks (RRF): rank fusion gives the
    top of a list full credit even when nothing in it is relevant, which buried the answer under
    chit-chat in the generated year (docs/benchmarks-memory.md). `vector`: the query's embedding, when
    the caller has it already (two searches for one question embed it once)."""
    # Bounded for every caller (a chat message may be 20,000 characters): the opening says what it is
    # about, and ranking 100,000 characters of query took 14 s and 2 GB.
    query = query.strip()[:MAX_QUERY_CHARS]
    if not query or limit <= 0:
        return []
    condition = in_list("kind", kinds) if kinds else None
    if where:
        condition = f"({condition}) AND ({where})" if condition else where
    if not include_superseded:
        condition = " AND ".join(c for c in (condition, "superseded_by = ''") if c)
    if where:  # a scope such as one book (places.book_condition): every list is filtered by it
        condition = " AND ".join(c for c in (condition, f"({where})") if c)
    n = max(tuning.candidates, limit * 4)

    if vector is None:
        vector = store.embedder.embed_query(query)
    rows: dict[str, dict[str, object]] = {}
    text_score: dict[str, float] = {}

    def take(table: pa.Table, weight: float = 0.0) -> None:
        found = table.to_pylist()
        top = max((float(r.get("_score") or 0.0) for r in found), default=0.0)
        for row in found:
            rows.setdefault(row["id"], row)
            if weight and top > 0:
                text_score[row["id"]] = text_score.get(row["id"], 0.0) + weight * float(row["_score"]) / top

    # The lists are independent LanceDB queries that run in native code: issue them together.
    share = cjk_share(query)
    jobs = [(_POOL.submit(store.vector_search, vector, n, condition), 0.0)]
    if share < 0.999:
        # Route by script: word full-text counts in proportion to the question's non-Chinese letters,
        # n-gram full-text in proportion to its Chinese ones (NOTES: unrouted fusion hurt Chinese).
        jobs.append((_POOL.submit(store.text_search, query, "text", n, condition), tuning.words_weight * (1 - share)))
    if share > 0.0:
        jobs.append((_POOL.submit(store.text_search, cjk_runs(query), "cjk", n, condition), tuning.cjk_weight * share))
    if (not kinds or "profile" in kinds) and not where:
        # Questions about the user are best answered by the current profile fact, which a year of
        # chit-chat with the same words ("my friend lives in Shanghai") would otherwise push out.
        current = "kind = 'profile' AND superseded_by = ''"
        jobs.append((_POOL.submit(store.vector_search, vector, tuning.profile_candidates, current), 0.0))
    for job, weight in jobs:
        take(job.result(), weight)
    if not rows:
        return []
    _pull_in_current(store, rows, condition)

    moment = now or utc_now()
    final: dict[str, float] = {}
    for memory_id, row in rows.items():
        cosine = float(np.asarray(row["embedding"], dtype=np.float32) @ vector)
        age_days = max(0.0, (moment - parse_time(str(row["created"]))).total_seconds() / 86400)
        recency = math.exp(-age_days * math.log(2) / tuning.recency_half_life_days)
        importance = float(row["importance"] if row["importance"] is not None else 0.5)  # type: ignore[arg-type]
        final[memory_id] = (
            tuning.vector_weight * cosine
            + text_score.get(memory_id, 0.0)
            + tuning.recency_weight * recency
            + tuning.importance_weight * (importance - 0.5)
            - (tuning.superseded_penalty if row["superseded_by"] else 0.0)
            - _asked_penalty(row, cosine, tuning)
        )
    ordered = sorted(final, key=lambda i: final[i], reverse=True)
    _newer_first_within_topic(ordered[:limit], rows, final, tuning)
    _current_above_superseded(rows, final)
    ordered = sorted(final, key=lambda i: final[i], reverse=True)
    return _collapse(ordered, rows, final, limit, tuning.duplicate_cosine, vector)


def _asked_penalty(row: dict[str, object], cosine: float, tuning: Tuning) -> float:
    if row["kind"] != "turn" or not is_question(str(row["text"])):
        return 0.0
    return tuning.echo_penalty if cosine >= tuning.echo_cosine else tuning.asked_penalty


def _pull_in_current(store: MemoryStore, rows: dict[str, dict[str, object]], condition: str | None) -> None:
    """A question that matches an outdated statement is answered by its replacement: fetch the
    current statement of each subject found only in an outdated form (ranking then puts it above)."""
    subjects = {str(r["subject"]) for r in rows.values() if r["superseded_by"] and r["subject"]}
    subjects -= {str(r["subject"]) for r in rows.values() if not r["superseded_by"] and r["subject"]}
    if not subjects:
        return
    where = f"{in_list('subject', subjects)} AND superseded_by = ''"
    if condition:
        where += f" AND {condition}"
    for row in store.rows(where).to_pylist():
        rows[row["id"]] = row


def _newer_first_within_topic(
    top: list[str], rows: dict[str, dict[str, object]], final: dict[str, float], tuning: Tuning
) -> None:
    """Supersession the rules did not see: when two close-scoring results say nearly the same thing
    ("My favourite food is pizza" / "Honestly noodles is my favourite food"), the newer goes first.
    Only reorders what already ranks near the top, so it cannot bring in anything irrelevant."""
    vectors = {i: np.asarray(rows[i]["embedding"], dtype=np.float32) for i in top}
    for _ in range(len(top)):  # bubble passes: bounded, and the list is short
        moved = False
        ranked = sorted(top, key=lambda i: final[i], reverse=True)
        for pos, upper in enumerate(ranked):
            for lower in ranked[pos + 1 :]:
                if (
                    str(rows[lower]["created"]) > str(rows[upper]["created"])
                    and final[upper] - final[lower] <= tuning.topic_margin
                    and float(vectors[upper] @ vectors[lower]) >= tuning.topic_cosine
                ):
                    final[lower], final[upper] = final[upper] + 1e-6, final[lower]
                    moved = True
                    break
            if moved:
                break
        if not moved:
            return


def _current_above_superseded(rows: dict[str, dict[str, object]], final: dict[str, float]) -> None:
    """Whatever the other signals say, an outdated statement never outranks the one that replaced it."""
    best_outdated: dict[str, float] = {}
    for memory_id, row in rows.items():
        if row["superseded_by"] and row["subject"]:
            s = str(row["subject"])
            best_outdated[s] = max(best_outdated.get(s, 0.0), final[memory_id])
    for memory_id, row in rows.items():
        s = str(row["subject"])
        if not row["superseded_by"] and s in best_outdated and final[memory_id] <= best_outdated[s]:
            final[memory_id] = best_outdated[s] * 1.01


def _collapse(
    ordered: list[str],
    rows: dict[str, dict[str, object]],
    final: dict[str, float],
    limit: int,
    threshold: float,
    query_vector: np.ndarray,
) -> list[Hit]:
    """Keep the best of each group of near-identical memories (the same remark said twice, re-imported
    under another id)."""
    kept: list[str] = []
    similarity: dict[str, float] = {}
    vectors: list[np.ndarray] = []
    seen_text: set[str] = set()
    for memory_id in ordered:
        row = rows[memory_id]
        text_key = " ".join(str(row["text"]).lower().split())
        vector = np.asarray(row["embedding"], dtype=np.float32)
        if text_key in seen_text or any(float(vector @ v) >= threshold for v in vectors):
            continue
        kept.append(memory_id)
        similarity[memory_id] = float(vector @ query_vector)
        vectors.append(vector)
        seen_text.add(text_key)
        if len(kept) == limit:
            break
    return [Hit(from_row(rows[i]), final[i], similarity[i], vectors[n]) for n, i in enumerate(kept)]


def current_profile(store: MemoryStore) -> list[Memory]:
    """What the assistant believes about the user now: current profile facts, newest first."""
    facts = store.where(f"kind = {quote('profile')} AND superseded_by = ''")
    return sorted(facts, key=lambda m: m.created, reverse=True)
