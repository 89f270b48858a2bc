"""The memories table's columns, and conversion between Arrow rows and Memory dataclasses."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from .embeddings import DIMENSIONS
from .model import Memory
from .script import cjk_runs
from .searchable import joined

# Bumped whenever the columns change; store.py upgrades an older folder on open.
# 2: profile facts are searched in both languages (searchable.py); 3: Latin letters and digits written
# among Chinese in a document's passages are in the n-gram column (script.py).
SCHEMA_VERSION = 3

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),  # indexed by the word tokenizer (English and other spaced scripts)
        ("cjk", pa.string()),  # the CJK runs of what is searched (searchable.py), as character 1–2-grams
        ("kind", pa.string()),
        ("created", pa.string()),  # ISO-8601 UTC; sortable as text
        ("updated", pa.string()),
        ("source", pa.string()),
        ("importance", pa.float32()),
        ("superseded_by", pa.string()),
        ("subject", pa.string()),
        ("position", pa.int32()),
        ("import_id", pa.string()),
        ("embedding", pa.list_(pa.float32(), DIMENSIONS)),
    ]
)

# Columns read back for results: everything but the vector (2 KB a row).
FIELDS = [f.name for f in SCHEMA if f.name not in ("embedding", "cjk")]


def to_table(memories: Sequence[Memory], vectors: np.ndarray) -> pa.Table:
    flat = pa.array(np.ascontiguousarray(vectors, dtype=np.float32).ravel())
    return pa.table(
        {
            "id": [m.id for m in memories],
            "text": [m.text for m in memories],
            "cjk": [cjk_runs(joined(m), latin=m.kind == "document") for m in memories],
            "kind": [m.kind for m in memories],
            "created": [m.created for m in memories],
            "updated": [m.updated or m.created for m in memories],
            "source": [m.source for m in memories],
            "importance": pa.array([m.importance for m in memories], pa.float32()),
            "superseded_by": [m.superseded_by for m in memories],
            "subject": [m.subject for m in memories],
            "position": pa.array([m.position for m in memories], pa.int32()),
            "import_id": [m.import_id for m in memories],
            "embedding": pa.FixedSizeListArray.from_arrays(flat, DIMENSIONS),
        },
        schema=SCHEMA,
    )


def from_row(row: dict[str, object]) -> Memory:
    memory = Memory(**{name: row[name] for name in FIELDS if name in row})  # type: ignore[arg-type]
    memory.importance = round(float(memory.importance), 3)  # stored as float32: 0.8 reads back 0.800000011
    return memory
