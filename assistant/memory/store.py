"""The LanceDB table of memories: one folder under the data folder, versioned, migrated on open.

Every write is one LanceDB commit, so a process killed mid-write leaves the table as it was before it:
an import is embedded fully in memory first and then written in a single commit (all-or-nothing).
"""

from __future__ import annotations

import builtins
import contextlib
import json
import logging
import os
import threading
import warnings
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

# LanceDB's native code logs warnings (deprecations, index advice) straight to stderr, which would break
# the CLI's one-line errors and --json output; they are for developers, so only errors are shown.
os.environ.setdefault("LANCEDB_LOG", "error")

import lancedb  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
from filelock import FileLock  # noqa: E402
from lancedb.index import FTS, IvfFlat  # noqa: E402
from lancedb.query import LanceVectorQueryBuilder  # noqa: E402

from .. import config, generation  # noqa: E402
from ..clock import stamp  # noqa: E402
from ..errors import NotFound, StorageError, disk_full  # noqa: E402
from ..generation import failpoint  # noqa: E402
from ..safe_files import atomic_write  # noqa: E402
from . import searchable  # noqa: E402
from .embeddings import Embedder, default_embedder  # noqa: E402
from .model import Memory  # noqa: E402
from .replica import Replica  # noqa: E402
from .schema import FIELDS, SCHEMA, SCHEMA_VERSION, from_row, to_table  # noqa: E402
from .supersession import resolve  # noqa: E402

log = logging.getLogger(__name__)

MARKER = "schema.json"
FORGET_PENDING = "forget-pending"  # present while a forget's old versions may still be on disk
OPTIMIZE_AFTER = 500  # rows written since the indexes were last brought up to date
# Below this many rows an exact scan is fast enough (≈13 ms at 10k); above it an IVF index keeps the
# search in budget (an exact scan of 100k takes ≈70 ms here). IVF-Flat keeps exact distances inside
# the partitions it probes, so only recall at the partition borders is at stake.
VECTOR_INDEX_FROM = 50_000
NPROBES = 24


def memory_dir() -> Path:
    return config.data_dir() / "memory"


def write_lock(folder: Path) -> FileLock:
    """The lock every writer of a memory folder holds, across processes: a forget rewrites the table
    from what it read, so another process's write in between would be lost, and two processes must
    not migrate one folder at once. It lives beside the folder, not in it, so restore can hold it
    while it swaps the whole folder."""
    return FileLock(str(folder.with_name(folder.name + ".lock")))


def quote(value: str) -> str:
    """A SQL string literal for LanceDB filters."""
    return "'" + value.replace("'", "''") + "'"


def in_list(column: str, values: Iterable[str]) -> str:
    return f"{column} IN ({', '.join(quote(v) for v in values)})"


@contextlib.contextmanager
def lance_errors(path: Path) -> Iterator[None]:
    """LanceDB reports disk and corruption faults as OSError/RuntimeError: turn them into one line."""
    try:
        yield
    except (NotFound, StorageError):
        raise
    except OSError as e:
        log.exception("memory storage error in %s", path)
        if getattr(e, "errno", None) == 28 or "no space" in str(e).lower():
            raise disk_full(path) from e
        raise StorageError(f"cannot use the memory folder {path}: {e.strerror or e}") from e
    except RuntimeError as e:
        log.exception("memory store failure in %s", path)
        if "no space left on device" in str(e).lower():  # Lance's IO error: "… (os error 28)"
            raise disk_full(path) from e
        raise StorageError(f"the memory folder {path} could not be read or written ({e}); see the log") from e


class MemoryStore:
    """Memories in one LanceDB table. Safe to share between threads; several processes may open it."""

    def __init__(self, folder: Path | None = None, embedder: Embedder | None = None, *, replica: bool = True) -> None:
        """`replica`: False never keeps the table in memory of its own accord (replica())."""
        self.folder = folder or memory_dir()
        self.embedder = embedder or default_embedder()
        self.table_name = f"memories_v{SCHEMA_VERSION}_{self.embedder.name.replace('-', '_')}"
        self._write_lock = threading.RLock()  # optimize() runs inside add()
        self._process_lock = write_lock(self.folder)
        self._written_since_optimize = 0
        self._replica: Replica | None = None
        self._keep_replica = False
        self._may_keep_replica = replica
        self._searches = 0
        self._refreshing = False
        self._replica_lock = threading.Lock()
        self._connect()

    def _connect(self) -> None:
        with lance_errors(self.folder):
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._identity = _identity(self.folder)
            self._replica = None
            # Check for newer versions on every read so the window sees what the CLI or worker wrote.
            self._db = lancedb.connect(str(self.folder), read_consistency_interval=timedelta(0))
            if not self._is_current():
                with self._process_lock:
                    self._open_or_migrate()
            self.table = self._db.open_table(self.table_name)
            self._ensure_indexes()
            if (self.folder / FORGET_PENDING).exists():
                with self._process_lock:
                    self._finish_forget()

    def _follow_replacement(self) -> None:
        """Restore (or delete-all-data) in another process swaps in a new folder under the same name:
        reconnect instead of reading a folder that was moved away."""
        try:
            same = _identity(self.folder) == self._identity
        except OSError:
            same = False
        if not same:
            log.info("the memory folder %s was replaced: reopening it", self.folder)
            self._connect()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        with lance_errors(self.folder):
            self._follow_replacement()
            yield

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        # The data lock first (shared: many writers, but never across a restore), then this folder's.
        with self._data_lock(), self._write_lock, self._process_lock, lance_errors(self.folder):
            self._follow_replacement()
            yield

    def _data_lock(self) -> contextlib.AbstractContextManager[None]:
        """The data folder's lock when this is the live memory; a folder being staged by restore (or a
        test's own folder) is nobody else's business."""
        if self.folder.resolve() == memory_dir().resolve():
            return generation.shared(self.folder.parent)
        return contextlib.nullcontext()

    # ----- opening, versions, migration -----

    def _marker(self) -> dict[str, Any] | None:
        path = self.folder / MARKER
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise StorageError(f"{path} is damaged ({e}); restore the memory folder from a backup") from e

    def _write_marker(self) -> None:
        # Written after the new table is complete and swapped in with a rename, so a crash leaves the
        # old marker (and so the old, intact table) in charge.
        with atomic_write(self.folder / MARKER) as out:
            out.write(
                json.dumps(
                    {"schema_version": SCHEMA_VERSION, "embedder": self.embedder.name, "table": self.table_name}
                ).encode("utf-8")
            )

    def _is_current(self) -> bool:
        marker = self._marker()
        return (
            marker is not None
            and marker.get("schema_version") == SCHEMA_VERSION
            and marker.get("table") == self.table_name
            and self.table_name in self._db.list_tables().tables
        )

    def _open_or_migrate(self) -> None:
        marker = self._marker()
        tables = list(self._db.list_tables().tables)
        if marker is not None and marker.get("schema_version", 0) > SCHEMA_VERSION:
            raise StorageError(
                f"the memory folder {self.folder} was written by a newer version of the assistant "
                f"(schema {marker['schema_version']}, this one reads {SCHEMA_VERSION}): upgrade the assistant"
            )
        if marker is not None and marker.get("table") == self.table_name and self.table_name in tables:
            return
        old = marker.get("table") if marker else None
        if old is None and tables:
            # A folder from before the marker existed: its one table is the memories.
            old = "memories" if "memories" in tables else sorted(tables)[0]
        if old is None or old not in tables:
            # A new folder. exist_ok: the window and the CLI may both be the first to open it.
            self._db.create_table(self.table_name, schema=SCHEMA, exist_ok=True)
            self._write_marker()
            return
        if old == self.table_name:
            # The current table without its marker (lost, or never written because of a crash): it holds
            # the memories, so it is adopted, never taken for a half-made migration and dropped.
            self._write_marker()
            return
        if self.table_name in tables:  # a migration that was killed half-way: start it again
            self._db.drop_table(self.table_name)
        self._db.create_table(self.table_name, schema=SCHEMA)
        if old and old in tables and old != self.table_name:
            self._migrate_from(old)
        self._write_marker()
        if old and old in tables and old != self.table_name:
            self._db.drop_table(old)

    def _migrate_from(self, old_name: str) -> None:
        """Copy every row of an older table into the current shape."""
        old = self._db.open_table(old_name).to_arrow()
        log.info("migrating %d memories from %s to %s", old.num_rows, old_name, self.table_name)
        same_model = (self._marker() or {}).get("embedder") == self.embedder.name
        rows = self.upgrade(old, same_embedder=same_model)
        if rows.num_rows:
            self._db.open_table(self.table_name).add(rows)

    def upgrade(self, old: pa.Table, same_embedder: bool = True) -> pa.Table:
        """Rows written by any earlier version (an old table, an old backup) in the current shape:
        missing columns get their defaults and what is derived from the text is derived again: the
        n-gram column, and the vectors of profile facts (schema 2 searches them in both languages).
        Other vectors are kept when they come from this embedder, since re-embedding a year takes minutes."""
        known = {f.name for f in SCHEMA}
        memories = []
        for row in old.drop_columns([c for c in old.column_names if c == "embedding"]).to_pylist():
            values = {k: v for k, v in row.items() if k in known and k in Memory.__dataclass_fields__ and v is not None}
            values.setdefault("id", os.urandom(8).hex())
            values.setdefault("text", "")
            memories.append(Memory(**values))
        vectors = None
        stored = old.schema.field("embedding").type if "embedding" in old.column_names else None
        if same_embedder and stored is not None and pa.types.is_fixed_size_list(stored):
            vectors = np.asarray(old.column("embedding").to_pylist(), dtype=np.float32)
            if vectors.shape[1:] != (self.embedder.dimensions,):
                vectors = None
        if vectors is None:
            vectors = searchable.embed(self.embedder, memories)
        else:
            profile = [i for i, m in enumerate(memories) if m.kind == "profile"]
            if profile:
                vectors[profile] = searchable.embed(self.embedder, [memories[i] for i in profile])
        return to_table(memories, vectors)

    def _ensure_indexes(self) -> None:
        if self._indexed():
            return
        with self._process_lock:  # another process may be building the same index
            self._build_indexes()

    def _indexed(self) -> bool:
        have = {tuple(ix.columns) for ix in self.table.list_indices()}
        vector_ok = ("embedding",) in have or self.table.count_rows() < VECTOR_INDEX_FROM
        return vector_ok and {("text",), ("cjk",)} <= have

    def _build_indexes(self) -> None:
        have = {tuple(ix.columns) for ix in self.table.list_indices()}
        if ("embedding",) not in have and self.table.count_rows() >= VECTOR_INDEX_FROM:
            rows = self.table.count_rows()
            log.info("building the vector index over %d memories", rows)
            self.table.create_index(
                # √rows partitions (as measured in bench/memory.py), but never more than k-means can train
                # from its 256 samples per partition.
                "embedding",
                config=IvfFlat(distance_type="cosine", num_partitions=min(int(rows**0.5), rows // 256)),
            )
        if ("text",) not in have:
            # Word tokens with English stemming and stop words: what BM25 needs for English questions.
            self.table.create_index("text", config=FTS(base_tokenizer="simple", with_position=False))
        if ("cjk",) not in have:
            # Character 1–2-grams: the tokenizer shown to find Chinese words (NOTES: "simple" finds none).
            self.table.create_index(
                "cjk",
                config=FTS(
                    base_tokenizer="ngram",
                    ngram_min_length=1,
                    ngram_max_length=2,
                    prefix_only=False,
                    stem=False,
                    remove_stop_words=False,
                    with_position=False,
                ),
            )

    # ----- reading -----

    def count(self, condition: str | None = None) -> int:
        with self._reading():
            return self.table.count_rows(condition)

    def get(self, memory_id: str) -> Memory:
        rows = self.where(f"id = {quote(memory_id)}")
        if not rows:
            raise NotFound(f"no memory with id {memory_id}")
        return rows[0]

    def where(self, condition: str | None = None, limit: int | None = None) -> builtins.list[Memory]:
        with self._reading():
            query = self.table.search().select(FIELDS).limit(limit)
            if condition:
                query = query.where(condition)
            return [from_row(r) for r in query.to_arrow().to_pylist()]

    def passage_texts(self, places: Collection[tuple[str, int]]) -> dict[tuple[str, int], str]:
        """The texts of imported passages by place (import id, position), those there are: from the copy
        in memory when one is kept, where a LanceDB query for five places cost about 10 ms a question."""
        if not places:
            return {}
        replica = self.replica()
        if replica is not None:
            return replica.passage_texts(places)
        condition = " OR ".join(f"(import_id = {quote(i)} AND position = {p})" for i, p in sorted(places))
        return {(m.import_id, m.position): m.text for m in self.where(f"kind = 'document' AND ({condition})")}

    def list(self, kind: str | None = None) -> builtins.list[Memory]:
        rows = self.where(f"kind = {quote(kind)}" if kind else None)
        return sorted(rows, key=lambda m: (m.created, m.position))

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        with self._reading():
            if len(ids) <= 200:
                found = self.table.search().where(in_list("id", ids)).select(["id"]).limit(None).to_arrow()
            else:  # one column scan beats a filter with thousands of literals
                found = self.table.search().select(["id"]).limit(None).to_arrow()
        wanted = set(ids)
        return {i for i in found.column("id").to_pylist() if i in wanted}

    def vector_search(self, vector: np.ndarray, limit: int, condition: str | None = None) -> pa.Table:
        with self._reading():
            # A vector given, so LanceDB builds a vector query (its annotation names only the base class).
            vector_query = cast(LanceVectorQueryBuilder, self.table.search(vector, vector_column_name="embedding"))
            query = vector_query.distance_type("cosine")
            query = query.nprobes(NPROBES)  # ignored until the table is big enough to have the index
            if condition:
                query = query.where(condition, prefilter=True)
            return query.select([*FIELDS, "embedding", "_distance"]).limit(limit).to_arrow()

    def replica(self, *, question: bool = False) -> Replica | None:
        """The table as it is now in memory (replica.py), or None. Never reads the table itself: a one-shot
        command asks one question and a copy would cost it more than it saves. A process that asks a
        second `question` will ask more (the window, a chat): from then on it keeps a copy, brought up to
        date in the background whenever it is behind."""
        with self._reading():
            version = self.table.version
        self._searches += question
        self._keep_replica = self._keep_replica or (self._may_keep_replica and self._searches > 1)
        copy = self._replica
        if copy is not None and copy.version == version:
            return copy
        if self._keep_replica:
            self._refresh_soon()
        return None

    def keep_replica(self) -> None:
        """Keep an in-memory copy to search from now on (a long-lived process: the window, the chat)."""
        self._keep_replica = True
        self._refresh_soon()

    def _refresh_soon(self) -> None:
        with self._replica_lock:
            if self._refreshing:
                return
            self._refreshing = True
        threading.Thread(target=self._refresh_replica, name="memory-replica", daemon=True).start()

    def _refresh_replica(self) -> None:
        try:
            with self._reading():
                version = self.table.version  # read before the rows: a write in between only means a re-read
                if self.table.count_rows() >= VECTOR_INDEX_FROM:
                    self._replica = None
                    return
                copy = Replica(version, self.table.to_arrow())
            self._replica = copy
        except Exception:  # searches go to LanceDB meanwhile; a broken folder is reported by them
            log.exception("could not copy the memory table into memory")
        finally:
            with self._replica_lock:
                self._refreshing = False

    def text_search(
        self, text: str, column: str, limit: int, condition: str | None = None, *, ids_only: bool = False
    ) -> pa.Table:
        """Full-text search on `column`; `ids_only`: just "id" and "_score" (the rows are in a replica)."""
        with self._reading():
            query = self.table.search(text, query_type="fts", fts_columns=column)
            if condition:
                query = query.where(condition, prefilter=True)
            return query.select(["id"] if ids_only else [*FIELDS, "embedding", "_score"]).limit(limit).to_arrow()

    def rows(self, condition: str, with_vectors: bool = True) -> pa.Table:
        with self._reading():
            cols = [*FIELDS, "embedding"] if with_vectors else FIELDS
            return self.table.search().where(condition).select(cols).limit(None).to_arrow()

    # ----- writing -----

    def add(self, memories: Sequence[Memory], vectors: np.ndarray | None = None) -> builtins.list[Memory]:
        """Write new memories in one commit and return those written; ids already stored are skipped
        (so re-importing a file changes nothing). Older memories stating the same subject are marked
        superseded in the same commit."""
        fresh_ids: dict[str, int] = {}
        for i, m in enumerate(memories):
            fresh_ids.setdefault(m.id, i)  # a repeated id inside one batch: the first wins
        present = self.existing_ids(list(fresh_ids))
        keep = [i for m_id, i in fresh_ids.items() if m_id not in present]
        if not keep:
            return []
        new = [memories[i] for i in keep]
        # Embedding is the slow part (seconds for an import), so it happens before taking the lock
        # other processes' writes wait on; ids another process stored meanwhile are dropped under it.
        if vectors is None:
            new_vectors = searchable.embed(self.embedder, new)
        else:
            new_vectors = np.asarray(vectors, dtype=np.float32)[keep]
        with self._writing():
            landed = self.existing_ids([m.id for m in new])
            if landed:
                unseen = np.array([m.id not in landed for m in new])
                new, new_vectors = [m for m in new if m.id not in landed], new_vectors[unseen]
                if not new:
                    return []
            subjects = {m.subject for m in new if m.subject}
            old = self.rows(f"{in_list('subject', subjects)} AND superseded_by = ''") if subjects else None
            old_memories = [from_row(r) for r in old.drop_columns(["embedding"]).to_pylist()] if old else []
            changed = resolve(old_memories + new, now=stamp())
            batch = to_table(new, new_vectors)
            if old is not None and changed & {m.id for m in old_memories}:
                updated = {m.id: m for m in old_memories if m.id in changed}
                old = old.filter(pc.is_in(old.column("id"), pa.array(list(updated))))
                old_vectors = np.asarray(old.column("embedding").to_pylist(), dtype=np.float32)
                order = old.column("id").to_pylist()
                batch = pa.concat_tables([batch, to_table([updated[i] for i in order], old_vectors)])
                (self.table.merge_insert("id").when_matched_update_all().when_not_matched_insert_all().execute(batch))
            else:
                self.table.add(batch)
            self._written_since_optimize += len(new)
            if self._written_since_optimize >= OPTIMIZE_AFTER:
                self.optimize()
        if self._keep_replica:  # so the next question finds it up to date
            self._refresh_soon()
        return new

    def optimize(self) -> None:
        """Fold new rows into the indexes and merge small files: searches slow down without it."""
        with self._writing():
            self.table.optimize()
            self._ensure_indexes()
            self._written_since_optimize = 0

    def remove(self, ids: Sequence[str]) -> builtins.list[Memory]:
        """Delete for good: the table is rewritten without the rows and every older version and index
        file is removed, so the text is gone from disk, not just hidden. Memories they had superseded
        become current again. A kill part-way is finished by the next open (`_finish_forget`)."""
        with self._writing():
            self._finish_forget()
            everything = self.table.to_arrow()
            gone_mask = pc.is_in(everything.column("id"), pa.array(list(ids), pa.string()))
            gone = [from_row(r) for r in everything.filter(gone_mask).drop_columns(["embedding"]).to_pylist()]
            if not gone:
                return []
            rest = everything.filter(pc.invert(gone_mask))
            gone_ids = {m.id for m in gone}
            revive = pc.is_in(rest.column("superseded_by"), pa.array(list(gone_ids), pa.string()))
            if pc.any(revive).as_py():
                revived = [from_row(r) for r in rest.filter(revive).drop_columns(["embedding"]).to_pylist()]
                subjects = {m.subject for m in revived if m.subject}
                for m in revived:
                    m.superseded_by = ""
                peers = (
                    rest.filter(
                        pc.and_(
                            pc.is_in(rest.column("subject"), pa.array(list(subjects), pa.string())),
                            pc.equal(rest.column("superseded_by"), ""),
                        )
                    )
                    if subjects
                    else rest.slice(0, 0)
                )
                group = [from_row(r) for r in peers.drop_columns(["embedding"]).to_pylist()] + revived
                resolve(group, now=stamp())
                by_id = {m.id: m for m in group}
                pairs = zip(rest.column("id").to_pylist(), rest.column("superseded_by").to_pylist(), strict=True)
                column = [by_id[i].superseded_by if i in by_id else s for i, s in pairs]
                rest = rest.set_column(
                    rest.schema.get_field_index("superseded_by"), "superseded_by", pa.array(column, pa.string())
                )
            # Noted before the rewrite: once the new version is committed the old rows are out of sight
            # (a second forget cannot find them) but still on disk until the clean-up below.
            (self.folder / FORGET_PENDING).touch()
            self.table.add(rest, mode="overwrite")
            self._replica = None  # it holds the forgotten text
            failpoint("forget-rewritten")
            self.table = self._db.open_table(self.table_name)
            self._ensure_indexes()
            self._purge_old_versions()
        return gone

    def _purge_old_versions(self) -> None:
        with warnings.catch_warnings():
            # Removing every older version is the point here: they still hold the forgotten text.
            warnings.simplefilter("ignore")
            self.table.optimize(cleanup_older_than=timedelta(0), delete_unverified=True)
        (self.folder / FORGET_PENDING).unlink(missing_ok=True)

    def _finish_forget(self) -> None:
        """A forget killed after rewriting the table but before removing the old versions left the
        forgotten text on disk: remove it now (under the write lock, before anything else is written)."""
        if (self.folder / FORGET_PENDING).exists():
            log.info("finishing a forget that was interrupted in %s", self.folder)
            self._ensure_indexes()
            self._purge_old_versions()


def _identity(folder: Path) -> tuple[int, int]:
    st = os.stat(folder)
    return st.st_dev, st.st_ino
