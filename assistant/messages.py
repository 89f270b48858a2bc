"""A conversation and its messages, as plain data: what the store (conversations.py) hands out."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .citation import Citation


@dataclass
class Message:
    id: str
    conversation_id: str
    role: str  # "user" or "assistant"
    content: str
    created: str
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    interrupted: bool = False
    citations: list[Citation] = field(default_factory=list)  # the memories the reply cites, as [1], [2] …
    grounded: bool = True  # False: the model's own general knowledge, not the user's memories or documents

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Message:
        cited = [Citation.from_json(c) for c in json.loads(row["citations"])] if row.get("citations") else []
        return cls(
            **{
                **row,
                "interrupted": bool(row.get("interrupted")),
                "citations": cited,
                "grounded": bool(row.get("grounded", 1)),
            }
        )


@dataclass
class Conversation:
    id: str
    title: str
    created: str
    updated: str
    messages: int = 0
