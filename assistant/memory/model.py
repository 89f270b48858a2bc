"""The plain dataclasses that memory hands to the rest of the assistant."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

Kind = Literal["turn", "fact", "profile", "summary", "document"]
KINDS: tuple[str, ...] = ("turn", "fact", "profile", "summary", "document")


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO-8601 in UTC, always with microseconds: sortable as text, which the store relies on, and
    two remarks in the same second still have an order (the later one supersedes)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the user's local time
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    """Parse an ISO time; raises ValueError (callers turn it into a message that names the input)."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC)


@dataclass
class Memory:
    """One remembered thing. `source` says where it came from: "conversation:ID/message:ID",
    "file:NAME:LINE", "command", ... so the user can always see why the assistant believes it."""

    id: str
    text: str
    kind: str = "turn"
    created: str = field(default_factory=lambda: iso(utc_now()))
    updated: str = ""
    source: str = ""
    importance: float = 0.5
    superseded_by: str = ""  # id of the newer memory that replaced this one; "" while current
    subject: str = ""  # what single-valued fact this states ("home_city"); drives supersession
    position: int = -1  # chunk number inside an imported document, -1 otherwise
    import_id: str = ""  # the import batch that wrote it, for tracing a bad import

    @property
    def at(self) -> str:
        return self.created


@dataclass
class Hit:
    """A memory found by a search, with the score it was ranked by (higher is better)."""

    memory: Memory
    score: float
    similarity: float = 0.0  # cosine between question and memory: an absolute measure, unlike score

    def to_json(self) -> dict[str, object]:
        m = self.memory
        return {"id": m.id, "text": m.text, "at": m.created, "kind": m.kind, "score": round(self.score, 6)}
