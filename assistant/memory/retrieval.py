"""Hybrid search: vector + full-text, fused by weighted reciprocal rank, then adjusted for recency,
importance and supersession, with near-duplicates collapsed.

Full-text search is routed by script (NOTES: plain fusion with word BM25 hurts Chinese and
cross-lingual questions): English words go to the word index, Chinese characters to the n-gram index,
and the full-text weight falls when the question and the likely answer may be in different languages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import numpy as np
import pyarrow as pa

from ..bounded import MAX_QUERY_CHARS
from ..clock import parse_time, utc_now
from ..language import is_question
from .model import REMARKS, Hit, Memory
from .replica import Replica
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
    # The question's words in English (Wanted.words), times its Chinese share: Chinese questions about the
    # development book (bench/answers.py --zh-book-dev) had the answer in the five shown for 20-21 of 36 at
    # 0.3-3.0 (18 at 1.0, where it tied the n-gram list's weight), 13 without; 1.5 is the middle.
    translated_weight: float = 1.5
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

# A remark (a turn or a fact) is never outdated whole: it may state several things of which only some
# change later ("I live in Leeds with my wife Jen", then "We moved to York": the wife is still Jen). So a
# list of current memories leaves out replaced profile facts (one subject each) but keeps remarks; which of
# a remark's subjects were replaced (replaced_subjects) is for the answer to weigh against the question.
CURRENT = f"(superseded_by = '' OR {in_list('kind', REMARKS)})"
# Documents are long passages of someone else's prose: the sentence embedder sees an 800-character
# chunk as a blur, while the words of a question about it are usually in the passage itself, so the
# full-text indexes lead; recency and importance mean nothing for a book. Chosen with bench/answers.py
# on the development halves of the book questions and CMRC 2018 (docs/benchmarks.md).
DOCUMENTS = Tuning(words_weight=1.0, cjk_weight=1.0, recency_weight=0.0, importance_weight=0.0)
_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="memory-search")


@dataclass(frozen=True)
class Wanted:
    """One result list of a search: how many, of which memories, ranked how."""

    limit: int = 5
    kinds: tuple[str, ...] | None = None
    include_superseded: bool = True
    where: str | None = None  # a scope such as one book (places.book_condition), in LanceDB's SQL
    tuning: Tuning = DEFAULT
    # The question in the other language's words, for the word index of this list alone (a Chinese
    # question about an English book: answer/in_english.py), weighted as the question's Chinese share.
    words: str = ""


@dataclass(frozen=True)
class _List:
    """One candidate list: which index, how many rows, its weight in the fused score, and which rows
    (as SQL for LanceDB, and as kinds / current-only for rows read in Python)."""

    index: str  # "vector", "text" (word full-text) or "cjk" (n-gram full-text)
    limit: int
    weight: float
    kinds: tuple[str, ...] | None
    current_only: bool
    where: str | None = None
    query: str = ""  # its own full-text query, not the question (Wanted.words)

    def condition(self) -> str | None:
        parts = [in_list("kind", self.kinds) if self.kinds else None, f"({self.where})" if self.where else None]
        if self.current_only:
            parts.append(CURRENT)
        return " AND ".join(p for p in parts if p) or None

    def admits(self, row: dict[str, object]) -> bool:
        outdated = bool(row["superseded_by"]) and row["kind"] not in REMARKS
        return (not self.kinds or row["kind"] in self.kinds) and not (self.current_only and outdated)


def _lists(w: Wanted, share: float) -> list[_List]:
    n = max(w.tuning.candidates, w.limit * 4)
    current_only = not w.include_superseded
    out = [_List("vector", n, 0.0, w.kinds, current_only, w.where)]
    if share < 0.999:
        # Route by script: word full-text counts in proportion to the question's non-Chinese letters,
        # n-gram full-text in proportion to its Chinese ones (NOTES: unrouted fusion hurt Chinese).
        out.append(_List("text", n, w.tuning.words_weight * (1 - share), w.kinds, current_only, w.where))
    if share > 0.0:
        out.append(_List("cjk", n, w.tuning.cjk_weight * share, w.kinds, current_only, w.where))
    if w.words:
        # Only rows without Chinese (schema.py leaves their n-gram column empty): a Chinese passage's Latin
        # words are no translation of the question's (CMRC development hit@5 1,635 → 1,634 asked of all).
        english = f"({w.where}) AND cjk = ''" if w.where else "cjk = ''"
        out.append(_List("text", n, w.tuning.translated_weight * share, w.kinds, current_only, english, w.words))
    if (not w.kinds or "profile" in w.kinds) and not w.where:
        # Questions about the user are best answered by the current profile fact, which a year of
        # chit-chat with the same words ("my friend lives in Shanghai") would otherwise push out.
        out.append(_List("vector", w.tuning.profile_candidates, 0.0, ("profile",), True))
    return out


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
    the caller has it already."""
    wanted = Wanted(limit, tuple(kinds) if kinds else None, include_superseded, where, tuning)
    return search_together(store, query, [wanted], now=now, vector=vector)[0]


def search_together(
    store: MemoryStore,
    query: str,
    wanted: Sequence[Wanted],
    *,
    now: datetime | None = None,
    vector: np.ndarray | Future[np.ndarray] | None = None,
) -> list[list[Hit]]:
    """Several result lists for one question (the user's memories and the passages of their books)
    from one search: one matrix product over the store's in-memory copy ranks every row for every
    vector list (replica.py; LanceDB's vector queries when there is no copy), and one full-text query
    per index serves every list without a scope, split here by kind. A list the shared full-text rows
    leave short is fetched on its own, so each list is what its own filtered query would return (up to
    the order of equal scores). `vector` may still be on its way: the full-text queries, which do not
    need it, are started first."""
    # Bounded for every caller (a chat message may be 20,000 characters): the opening says what it is
    # about, and ranking 100,000 characters of query took 14 s and 2 GB.
    query = query.strip()[:MAX_QUERY_CHARS]
    live = [k for k, w in enumerate(wanted) if w.limit > 0]
    if not query or not live:
        return [[] for _ in wanted]
    share = cjk_share(query)
    plans = {k: _lists(wanted[k], share) for k in live}
    replica = store.replica(question=len(live) > 1)  # memories and passages: a question to answer
    query_vector: np.ndarray | None = None

    def run(index: str, limit: int, condition: str | None, own_query: str = "") -> Future[pa.Table]:
        if index == "vector":
            assert query_vector is not None  # vector queries are started once it is there
            return _POOL.submit(store.vector_search, query_vector, limit, condition)
        text = own_query or (cjk_runs(query) if index == "cjk" else query)
        # With a replica full-text queries return ids only: reading 512 rows' vectors from disk cost
        # more than the search.
        return _POOL.submit(store.text_search, text, index, limit, condition, ids_only=replica is not None)

    # Full-text rows shared by every list without a scope (see SHARED_ROWS).
    limits: dict[str, int] = {}
    if len(live) > 1:
        for k in live:
            for c in plans[k]:
                if c.index != "vector" and not c.where and not c.query:
                    limits[c.index] = max(limits.get(c.index, 0), SHARED_ROWS * c.limit)
    shared = {index: run(index, n, None) for index, n in limits.items()}
    own: dict[tuple[int, int], Future[pa.Table]] = {}
    for k in live:
        for j, c in enumerate(plans[k]):
            if c.index != "vector" and (c.where or c.query or c.index not in limits):
                own[(k, j)] = run(c.index, c.limit, c.condition(), c.query)
    # The question's embedding (≈7 ms on a quiet machine) is made or awaited while those run.
    if isinstance(vector, Future):
        query_vector = vector.result()
    else:
        query_vector = store.embedder.embed_query(query) if vector is None else vector
    scores = replica.vectors @ query_vector if replica is not None else None
    for k in live:
        for j, c in enumerate(plans[k]):
            if c.index == "vector" and (c.where or scores is None):
                own[(k, j)] = run(c.index, c.limit, c.condition())
    shared_rows = {index: _Shared(job.result(), replica) for index, job in shared.items()}

    results: list[list[Hit]] = [[] for _ in wanted]
    for k in live:
        rows: dict[str, dict[str, object]] = {}
        text_score: dict[str, float] = {}
        for j, c in enumerate(plans[k]):
            if (k, j) in own:
                found = _rows_of(own[(k, j)].result(), replica)
            elif c.index == "vector":
                assert replica is not None and scores is not None
                found = replica.nearest(scores, replica.mask(c.kinds, c.current_only), c.limit)
            else:
                found = shared_rows[c.index].admitted(c)
                if len(found) < c.limit and len(shared_rows[c.index]) == limits[c.index]:
                    # The shared rows ran out before this list was full: it may have more further down.
                    found = _rows_of(run(c.index, c.limit, c.condition()).result(), replica)
            _take(found, c.weight, rows, text_score)
        if rows:
            condition = _List("vector", 0, 0.0, wanted[k].kinds, not wanted[k].include_superseded, wanted[k].where)
            results[k] = _ranked(store, wanted[k], condition.condition(), rows, text_score, query_vector, now)
    return results


# The full-text lists of one question are cut from one query per index, taking this many times the
# longest list's rows: a full-text query costs about the same for 512 rows as for 64 (≈10 ms).
SHARED_ROWS = 8


class _Shared:
    """The rows of one full-text query that several lists share, each list taking those it admits.
    With a replica they stay positions and scores until a list takes them: making 1,280 rows into
    dicts for the few dozen the lists keep cost more than the query did."""

    def __init__(self, table: pa.Table, replica: Replica | None) -> None:
        self._replica = replica if "embedding" not in table.column_names else None
        self._rows: list[dict[str, object]] = []
        self._positions = np.zeros(0, dtype=np.int64)
        self._scores: list[float] = []
        if self._replica is None:
            self._rows = _row_dicts(table)
            return
        # An id the replica lacks was written after it was made: the next search has it.
        where = self._replica.position
        found = [
            (where[i], s)
            for i, s in zip(table.column("id").to_pylist(), table.column("_score").to_pylist(), strict=True)
            if i in where
        ]
        self._positions = np.array([p for p, _ in found], dtype=np.int64)
        self._scores = [s for _, s in found]

    def __len__(self) -> int:
        return len(self._rows) if self._replica is None else len(self._positions)

    def admitted(self, c: _List) -> list[dict[str, object]]:
        """The first rows `c` admits, at most its limit, best first."""
        if self._replica is None:
            return [r for r in self._rows if c.admits(r)][: c.limit]
        taken = np.flatnonzero(self._replica.mask(c.kinds, c.current_only)[self._positions])[: c.limit]
        return [self._replica.row(int(self._positions[k]), _score=self._scores[k]) for k in taken]


def _rows_of(table: pa.Table, replica: Replica | None) -> list[dict[str, object]]:
    """A query's rows, whole: from the replica when the query returned ids only."""
    if replica is None or "embedding" in table.column_names:
        return _row_dicts(table)
    ids, scores = table.column("id").to_pylist(), table.column("_score").to_pylist()
    # An id the replica lacks was written after it was made: the next search has it.
    return [
        replica.row(replica.position[i], _score=s) for i, s in zip(ids, scores, strict=True) if i in replica.position
    ]


def _row_dicts(table: pa.Table) -> list[dict[str, object]]:
    """Rows as dicts, each embedding a NumPy vector: converting 512 floats a row to Python objects and
    back cost more than the ranking."""
    if "embedding" not in table.column_names:
        return table.to_pylist()
    column = table.column("embedding").combine_chunks()
    vectors = column.values.to_numpy(zero_copy_only=False).reshape(len(column), -1) if len(column) else []
    rows = table.drop_columns(["embedding"]).to_pylist()
    for row, v in zip(rows, vectors, strict=True):
        row["embedding"] = v
    return rows


def _take(
    found: list[dict[str, object]], weight: float, rows: dict[str, dict[str, object]], text_score: dict[str, float]
) -> None:
    top = max((float(r.get("_score") or 0.0) for r in found), default=0.0)  # type: ignore[arg-type]
    for row in found:
        memory_id = str(row["id"])
        rows.setdefault(memory_id, row)
        if weight and top > 0:
            text_score[memory_id] = text_score.get(memory_id, 0.0) + weight * float(row["_score"]) / top  # type: ignore[arg-type]


def _ranked(
    store: MemoryStore,
    w: Wanted,
    condition: str | None,
    rows: dict[str, dict[str, object]],
    text_score: dict[str, float],
    vector: np.ndarray,
    now: datetime | None,
) -> list[Hit]:
    tuning = w.tuning
    _pull_in_current(store, rows, condition)
    moment = now or utc_now()
    # One dot product a row, not one matrix product for all: BLAS may round two rows of a matrix
    # differently, and then which of two identical copies ranks first would change (measured).
    cosines: dict[str, float] = {}
    final: dict[str, float] = {}
    for memory_id, row in rows.items():
        cosine = cosines[memory_id] = float(_vector(row) @ vector)
        age_days = max(0.0, (moment - _created(str(row["created"]))).total_seconds() / 86400)
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
    ordered = _best_first(final, rows)
    _newer_first_within_topic(ordered[: w.limit], rows, final, tuning)
    _current_above_superseded(rows, final)
    ordered = _best_first(final, rows)
    return _collapse(ordered, rows, final, w.limit, tuning.duplicate_cosine, cosines)


def _best_first(final: dict[str, float], rows: dict[str, dict[str, object]]) -> list[str]:
    """Ids by score, best first; among equal scores (the same passage imported twice) the newer first, as
    _newer_first_within_topic puts it among the first `limit`, so that a shorter list is the start of a
    longer one, then by place in the document and id: never in whichever order the lists returned them."""
    ordered = sorted(final, key=lambda i: (int(rows[i]["position"] or 0), i))  # type: ignore[call-overload]
    ordered.sort(key=lambda i: str(rows[i]["created"]), reverse=True)
    ordered.sort(key=lambda i: final[i], reverse=True)
    return ordered


def _vector(row: dict[str, object]) -> np.ndarray:
    return np.asarray(row["embedding"], dtype=np.float32)


def hit_of(row: dict[str, object], vector: np.ndarray, score: float = 0.0) -> Hit:
    """A row found outside the ranking (by a name, a slot's words, a first mention) as a Hit: scored
    `score`, with its cosine to `vector` and its own vector."""
    v = _vector(row)
    return Hit(from_row(row), score, float(v @ vector), v)


@lru_cache(maxsize=65536)  # the same memories are ranked question after question
def _created(stamp: str) -> datetime:
    return parse_time(stamp)


@lru_cache(maxsize=65536)
def _is_question(text: str) -> bool:
    return is_question(text)


def _asked_penalty(row: dict[str, object], cosine: float, tuning: Tuning) -> float:
    if row["kind"] != "turn" or not _is_question(str(row["text"])):
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
    for row in _row_dicts(store.rows(where)):
        rows[str(row["id"])] = row


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
    cosines: dict[str, float],
) -> list[Hit]:
    """Keep the best of each group of near-identical memories (the same remark said twice, re-imported
    under another id)."""
    kept: list[str] = []
    vectors: list[np.ndarray] = []
    seen_text: set[str] = set()
    kept_matrix: np.ndarray | None = None  # the kept vectors as rows, compared with each next one at once
    for memory_id in ordered:
        row = rows[memory_id]
        text_key = " ".join(str(row["text"]).lower().split())
        if text_key in seen_text:
            continue
        vector = _vector(row)
        if kept_matrix is not None and float((kept_matrix[: len(kept)] @ vector).max()) >= threshold:
            continue
        if kept_matrix is None:
            kept_matrix = np.empty((limit, len(vector)), dtype=np.float32)
        kept_matrix[len(kept)] = vector
        kept.append(memory_id)
        vectors.append(vector)
        seen_text.add(text_key)
        if len(kept) == limit:
            break
    return [Hit(from_row(rows[i]), final[i], cosines[i], vectors[n]) for n, i in enumerate(kept)]


def rows_naming(
    store: MemoryStore, words: Sequence[str], kinds: tuple[str, ...], *, current_only: bool, where: str | None = None
) -> list[dict[str, object]]:
    """The rows of `kinds` whose text holds every one of `words` (names: letters and spaces) as written,
    in the table's order; `where` narrows them (one book, in LanceDB's SQL). From the store's in-memory
    copy when it has one and nothing narrows: LanceDB's scan of every row's text cost 17-20 ms a question
    on a quiet machine, and 100-160 ms under load."""
    replica = store.replica()
    if replica is not None and where is None:
        return replica.containing(words, kinds, current_only)
    condition = [in_list("kind", kinds), *([CURRENT] if current_only else [])]
    condition += [f"({where})"] if where else []
    condition += [f"text LIKE {quote('%' + w + '%')}" for w in words]
    return _row_dicts(store.rows(" AND ".join(condition)))


def current_profile(store: MemoryStore) -> list[Memory]:
    """What the assistant believes about the user now: current profile facts, newest first."""
    facts = store.where(f"kind = {quote('profile')} AND superseded_by = ''")
    return sorted(facts, key=lambda m: m.created, reverse=True)


def replaced_subjects(store: MemoryStore, memories: Sequence[Memory]) -> dict[str, set[str]]:
    """For each remark among `memories` that a newer one has partly replaced, the subjects replaced:
    those of the profile facts drawn from it that are marked superseded (one a subject, so a remark's
    supersession is kept per subject without a column of its own), and its own subject when the remark
    itself is marked superseded (all a folder written before session 18 may say)."""
    remarks = {m.id: m for m in memories if m.kind in REMARKS and m.subject}  # no subject: no fact stated
    if not remarks:
        return {}
    out = {i: {m.subject} for i, m in remarks.items() if m.superseded_by}
    replica = store.replica()
    if replica is not None:
        for i in remarks:
            out.setdefault(i, set()).update(replica.replaced.get(i, ()))
        return {i: subjects for i, subjects in out.items() if subjects}
    sources = [f"memory:{i}" for i in remarks]
    drawn = store.rows(f"kind = 'profile' AND superseded_by != '' AND {in_list('source', sources)}", False)
    for row in drawn.to_pylist():
        out.setdefault(str(row["source"]).removeprefix("memory:"), set()).add(str(row["subject"]))
    return out
