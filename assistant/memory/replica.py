"""An in-memory copy of a small memory table, for exact nearest-neighbour search in NumPy.

Why: on these 2-core machines every LanceDB vector query costs 20–30 ms whatever its filter or size
(one whose filter matched no row still took 20 ms), and an answer needs three lists: the user's
memories, the passages of their books and the current profile facts. A single sentence embedder
cannot share one list between them (it puts a question nearer to short remarks than to 800-character
passages, so a shared list of 512 rows left the passages short for 72 % of questions). One matrix
product ranks every row for all three lists at once, exactly as LanceDB's flat search does.

The copy belongs to one table version: any write (here or in another process) changes the version and
the next search reads the table again. Kept only while the table is small enough to be searched by a
flat scan at all (store.VECTOR_INDEX_FROM rows, about 100 MB there; 26 MB at 12,000 rows); above
that, LanceDB's vector index does the search.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .model import REMARKS


class Replica:
    """One version of the table: its rows as dicts (as LanceDB's queries return them), their vectors as
    one matrix, and the masks of the lists searched."""

    def __init__(self, version: int, table: pa.Table) -> None:
        self.version = version
        column = table.column("embedding").combine_chunks()
        self.vectors = column.values.to_numpy(zero_copy_only=False).reshape(len(column), -1)
        self.rows = table.drop_columns([c for c in ("embedding", "cjk") if c in table.column_names]).to_pylist()
        self.position = {str(row["id"]): i for i, row in enumerate(self.rows)}
        self._kinds = table.column("kind").to_numpy(zero_copy_only=False)
        self.created = table.column("created").to_numpy(zero_copy_only=False)  # ISO stamps: "newer than" masks
        # Current as retrieval.CURRENT says: not superseded, or a remark (kept for what else it says).
        current = pc.or_(
            pc.equal(table.column("superseded_by"), "").fill_null(True),
            pc.is_in(table.column("kind"), pa.array(REMARKS, pa.string())),
        )
        self._current = current.to_numpy(zero_copy_only=False)
        self._text = table.column("text")
        self._masks: dict[tuple[tuple[str, ...] | None, bool], np.ndarray] = {}
        self._under: dict[tuple[tuple[str, ...] | None, bool], tuple[np.ndarray, pa.ChunkedArray]] = {}
        # Each imported passage by its place, for the passages next to those found (answer/evidence.py).
        self._places = {
            (str(row["import_id"]), int(row["position"])): i
            for i, row in enumerate(self.rows)
            if row["kind"] == "document" and row["import_id"]
        }

    @cached_property
    def replaced(self) -> dict[str, set[str]]:
        """The subjects of each remark that newer remarks replaced, by the remark's id: those of the profile
        facts drawn from it that are marked superseded (retrieval.replaced_subjects). Read once a version:
        a LanceDB scan for them cost a query a question."""
        out: dict[str, set[str]] = {}
        for row in self.rows:
            source = str(row["source"])
            if row["kind"] == "profile" and row["superseded_by"] and source.startswith("memory:"):
                out.setdefault(source.removeprefix("memory:"), set()).add(str(row["subject"]))
        return out

    def mask(self, kinds: Sequence[str] | None, current_only: bool) -> np.ndarray:
        key = (tuple(kinds) if kinds else None, current_only)
        if key not in self._masks:
            keep = np.isin(self._kinds, list(kinds)) if kinds else np.ones(len(self._kinds), dtype=bool)
            self._masks[key] = keep & self._current if current_only else keep
        return self._masks[key]

    def containing(
        self, words: Sequence[str], kinds: Sequence[str] | None, current_only: bool
    ) -> list[dict[str, object]]:
        """The rows of `kinds` (current only, if asked) whose text holds every one of `words` as written,
        in the table's order (as a scan with `text LIKE '%word%'` returns them, without reading the table
        again)."""
        at, texts = self._texts(kinds, current_only)
        keep = np.ones(len(at), dtype=bool)
        for word in words:
            keep &= pc.match_substring(texts, word).fill_null(False).to_numpy(zero_copy_only=False)
        return [self.row(int(i)) for i in at[keep]]

    def _texts(self, kinds: Sequence[str] | None, current_only: bool) -> tuple[np.ndarray, pa.ChunkedArray]:
        """The positions and texts of the rows of `kinds`. Only those are searched for a name: the book's
        passages are a seventh of the rows and 84 % of the text, and a name looked for in every row's text
        took 9-18 ms, in the remarks' alone 1-1.5 ms (12,046 rows; bench/answers.py --only-cost, session
        19). A later remark that opens with a name is looked up by it (answer/newer.py): 13-17 ms of CPU
        a question about a slot went to these scans."""
        key = (tuple(kinds) if kinds else None, current_only)
        if key not in self._under:
            at = np.flatnonzero(self.mask(kinds, current_only))
            self._under[key] = (at, self._text.take(pa.array(at)))
        return self._under[key]

    def passage_texts(self, places: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
        """The texts of the imported passages at these places (import id, position), those there are."""
        return {place: str(self.rows[i]["text"]) for place in places if (i := self._places.get(place)) is not None}

    def row(self, i: int, **extra: object) -> dict[str, object]:
        """Row `i` as a query returns it: its fields, "embedding" and what the query adds."""
        return {**self.rows[i], "embedding": self.vectors[i], **extra}

    def nearest(self, scores: np.ndarray, mask: np.ndarray, limit: int) -> list[dict[str, object]]:
        """The `limit` rows under `mask` with the highest `scores` (cosines to the question), best first,
        with "_distance" as LanceDB's cosine search gives it."""
        candidates = np.flatnonzero(mask)
        if len(candidates) > limit:
            candidates = candidates[np.argpartition(-scores[candidates], limit - 1)[:limit]]
        order = candidates[np.argsort(-scores[candidates], kind="stable")]
        return [self.row(int(i), _distance=1.0 - float(scores[i])) for i in order]
