"""What the indexes see of a memory: its own words, and for a profile fact the fact in both languages.

A profile fact is the product's own distillation of what the user said, so it is searched in English
and Chinese alike: asked "我在哪里上班？", "I work at Acme" would otherwise lose to Chinese chit-chat that
shares the question's characters ("下班路上堵车了"). What is shown stays the fact as the user said it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from .embeddings import Embedder
from .extraction import extract_facts, statements
from .model import Memory


def texts(memory: Memory) -> list[str]:
    """The texts a memory is searched by (one for most memories, two for a profile fact)."""
    if memory.kind == "profile":
        return list(_profile_texts(memory.text))
    return [memory.text]


@lru_cache(maxsize=1024)  # the current profile facts come back with nearly every question about the user
def _profile_texts(text: str) -> tuple[str, ...]:
    facts = extract_facts(text)  # a profile fact's text is a statement the rules read back
    if facts:
        return tuple(dict.fromkeys([text, *statements(facts[0].subject, facts[0].value)]))
    return (text,)


def joined(memory: Memory) -> str:
    """Every searched text of a memory in one string, for the full-text columns."""
    return " ".join(texts(memory))


def embed(embedder: Embedder, memories: Sequence[Memory]) -> np.ndarray:
    """One vector per memory: a memory searched by several texts gets the mean of their vectors,
    normalised, so it sits between its phrasings. Embedded in one batch."""
    groups = [texts(m) for m in memories]
    flat = [t for group in groups for t in group]
    if len(flat) == len(memories):
        return embedder.embed(flat)
    vectors = embedder.embed(flat)
    out = np.empty((len(memories), vectors.shape[1]), dtype=np.float32)
    start = 0
    for i, group in enumerate(groups):
        mean = vectors[start : start + len(group)].mean(axis=0)
        out[i] = mean / (np.linalg.norm(mean) or 1.0)
        start += len(group)
    return out
