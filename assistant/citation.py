"""A memory's one JSON form, {"id", "text", "at", "kind"}: how a reply cites it, how a stored message keeps
it, and what every command that shows a memory prints (with its own extra fields).

Apart from memory/ so that reading a conversation does not import LanceDB.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class Citable(Protocol):
    """What a citation is taken from: a memory (memory/model.py), seen only through these fields."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def created(self) -> str: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class Citation:
    id: str
    text: str
    at: str  # when it was said or stored (UTC, ISO 8601)
    kind: str
    place: str | None = None  # where in a book or file it stands, when that is known

    @classmethod
    def of(cls, memory: Citable, place: str | None = None) -> Citation:
        return cls(id=memory.id, text=memory.text, at=memory.created, kind=memory.kind, place=place)

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Citation:
        place = row.get("place")
        return cls(
            id=str(row["id"]),
            text=str(row["text"]),
            at=str(row["at"]),
            kind=str(row["kind"]),
            place=str(place) if place is not None else None,
        )

    def to_json(self) -> dict[str, Any]:
        shown = {"id": self.id, "text": self.text, "at": self.at, "kind": self.kind}
        return shown if self.place is None else {**shown, "place": self.place}
