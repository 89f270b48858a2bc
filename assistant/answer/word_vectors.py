"""Word vectors, each embedded once per process.

The same words are embedded again and again: a question's words against every memory found (evidence.py:
translations), every remark's words against the everyday kinds (kinds.py). One embedder call costs about
8 ms however few words it carries, so the words not seen before go in one batch and are kept. Embedding
each remark's words in a call of its own made "Which food do I like most?" wait 300-680 ms before its
first token at 10,000 memories (newer.rivals, session 16; bench/answers.py --only-cost).
"""

from __future__ import annotations

import threading

import numpy as np

from ..memory.embeddings import Embedder

_cache: dict[tuple[str, str], np.ndarray] = {}
_lock = threading.Lock()  # searches run on threads (evidence.gather), and one may empty the cache
_MAX = 20_000  # words: about 30 MB of 384-float vectors; emptied whole when full, as it rarely is


def word_vectors(embedder: Embedder, words: tuple[str, ...]) -> np.ndarray:
    """The vectors of `words`, in order, one row each."""
    with _lock:
        have = {w: v for w in dict.fromkeys(words) if (v := _cache.get((embedder.name, w))) is not None}
    new = [w for w in dict.fromkeys(words) if w not in have]
    if new:
        fresh = dict(zip(new, embedder.embed(new), strict=True))
        have.update(fresh)
        with _lock:
            if len(_cache) + len(fresh) > _MAX:
                _cache.clear()
            _cache.update(((embedder.name, w), v) for w, v in fresh.items())
    return np.vstack([have[w] for w in words])
