"""What retrieval finds for a question, as candidates for the decision: the user's own memories and
the passages of what they gave the assistant to read, searched separately because they are ranked
differently (retrieval.DOCUMENTS), and each checked for the asked terms in the other language."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from ..language import is_chinese
from ..memory.embeddings import Embedder
from ..memory.model import Hit
from ..memory.retrieval import DOCUMENTS, search
from ..memory.searchable import joined
from ..memory.store import MemoryStore
from .decide import Candidate
from .terms import is_cjk_term, term_words, terms

PERSONAL_KINDS = ["turn", "fact", "profile", "summary"]
MEMORY_LIMIT = 8
PASSAGE_LIMIT = 5
# Measured word pairs across English and Chinese (terms.py): translations mostly ≥ 0.66, different
# words < 0.65. A missed translation costs little: the memory may still answer by sentence similarity.
TRANSLATION_COSINE = 0.65
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="answer-evidence")


@dataclass
class Found:
    memories: list[Candidate]
    passages: list[Candidate]


def gather(store: MemoryStore, question: str, *, now: datetime | None = None, where: str | None = None) -> Found:
    """Search memories and passages together; `where` narrows the passages (one book or chapter)."""
    vector = store.embedder.embed_query(question)
    personal = _POOL.submit(
        search, store, question, MEMORY_LIMIT, kinds=PERSONAL_KINDS, include_superseded=False, now=now, vector=vector
    )
    passages = search(
        store, question, PASSAGE_LIMIT, kinds=["document"], now=now, tuning=DOCUMENTS, where=where, vector=vector
    )
    memories = personal.result()
    return Found(_with_translations(store.embedder, question, memories), [_candidate(h) for h in passages])


def _candidate(hit: Hit, translated: frozenset[str] = frozenset()) -> Candidate:
    searched = joined(hit.memory) if hit.memory.kind == "profile" else ""
    return Candidate(hit.memory, hit.score, hit.similarity, hit.vector, translated, searched)


def _with_translations(embedder: Embedder, question: str, hits: list[Hit]) -> list[Candidate]:
    """Each memory written in the other language than the question, with the asked terms it states
    in its own words ("出生" in "I was born in Leeds")."""
    zh = is_chinese(question)
    asked = _words(question, cjk=zh)
    out = []
    for hit in hits:
        text = joined(hit.memory) if hit.memory.kind == "profile" else hit.memory.text
        theirs = list(_words(text, cjk=not zh).values())
        if not theirs:
            out.append(_candidate(hit))
            continue
        mine = list(asked.values())
        similar = _vectors(embedder, tuple(mine)) @ _vectors(embedder, tuple(theirs)).T
        found = frozenset(term for term, row in zip(asked, similar, strict=True) if row.max() >= TRANSLATION_COSINE)
        out.append(_candidate(hit, found))
    return out


def _words(text: str, *, cjk: bool) -> dict[str, str]:
    """Terms of one script, each with the text an embedder should read for it."""
    if cjk:
        return {t: t for t in terms(text) if is_cjk_term(t)}
    return term_words(text)


_word_cache: dict[tuple[str, str], np.ndarray] = {}
_WORD_CACHE_MAX = 20_000


def _vectors(embedder: Embedder, words: tuple[str, ...]) -> np.ndarray:
    """Word vectors, embedded in one batch for the words not seen before (a question's words recur)."""
    new = [w for w in dict.fromkeys(words) if (embedder.name, w) not in _word_cache]
    if new:
        if len(_word_cache) > _WORD_CACHE_MAX:
            _word_cache.clear()
        for word, vector in zip(new, embedder.embed(new), strict=True):
            _word_cache[(embedder.name, word)] = vector
    return np.vstack([_word_cache[(embedder.name, w)] for w in words])
