"""The plain dataclasses that memory hands to the rest of the assistant."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..citation import Citation
from ..clock import stamp

Kind = Literal["turn", "fact", "profile", "summary", "document"]
KINDS: tuple[str, ...] = ("turn", "fact", "profile", "summary", "document")
# What the user said, in their words: it may state several facts, and is never outdated whole
# (retrieval.CURRENT).
REMARKS: tuple[str, ...] = ("turn", "fact")


@dataclass
class Memory:
    """One remembered thing. `source` says where it came from: "conversation:ID/message:ID",
    "file:NAME:LINE", "command", ... so the user can always see why the assistant believes it."""

    id: str
    text: str
    kind: str = "turn"
    created: str = field(default_factory=stamp)
    updated: str = ""
    source: str = ""
    importance: float = 0.5
    # The id of the newer memory that replaced this one; "" while current. A remark stating several facts is
    # replaced only for its subject: the rest it says stays current (retrieval.replaced_subjects).
    superseded_by: str = ""
    # What single-valued fact this states ("home_city"); drives supersession. A remark stating several
    # has its first; each profile fact drawn from it has its own.
    subject: str = ""
    position: int = -1  # chunk number inside an imported document, -1 otherwise
    import_id: str = ""  # the import batch that wrote it, for tracing a bad import

    @property
    def at(self) -> str:
        return self.created

    def to_json(self, **extra: object) -> dict[str, object]:
        """A memory's one JSON form, {"id", "text", "at", "kind"}, plus what a command adds to it."""
        return {**Citation.of(self).to_json(), **extra}


@dataclass
class Hit:
    """A memory found by a search, with the score it was ranked by (higher is better)."""

    memory: Memory
    score: float
    similarity: float = 0.0  # cosine between question and memory: an absolute measure, unlike score
    # The memory's embedding (numpy, normalised): lets the answer compare two hits without re-embedding.
    vector: Any = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, object]:
        return self.memory.to_json(score=round(self.score, 6))


@dataclass
class ImportReport:
    file: str
    format: str  # "jsonl" or "document"
    read: int
    added: int  # new memories (profile facts drawn from them not counted)
    unchanged: int  # already there: same ids
