"""What one turn did, as plain data: the window shows it, the command line prints it as JSON.

`action` is a closed set; the JSON form (`to_json`) is made only at the edge, with the field names the
command line has always printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .citation import Citation
from .clock import iso

OnToken = Callable[[str], None]  # receives the reply piece by piece as it is written


class Action(StrEnum):
    REPLY = "reply"  # answered
    REMINDER = "reminder"  # a reminder was stored
    REMEMBER = "remember"  # a memory was stored
    FORGET = "forget"  # memories were removed
    CLARIFY = "clarify"  # a command that could not be carried out as said; the reply says what is missing


@dataclass(frozen=True)
class StoredReminder:
    """A reminder a sentence set: its id (None when only previewed), what, and when it next fires."""

    id: int | None
    task: str
    next: list[datetime]
    recurrence: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "task": self.task, "next": [iso(t) for t in self.next], "recurrence": self.recurrence}


@dataclass(frozen=True)
class TurnResult:
    action: Action
    reply: str
    conversation: str
    model: str | None  # None when the product answered itself (commands, answers quoted from memory)
    tokens: int  # tokens the model generated for this reply
    seconds: float
    interrupted: bool = False
    citations: list[Citation] = field(default_factory=list)
    reminder: StoredReminder | None = None  # for Action.REMINDER
    forgotten: list[Citation] | None = None  # for Action.FORGET: what was removed
    # False only when the reply is the model's own general knowledge, not built from the user's memories
    # or documents (nor a reply the product wrote itself): the window shows it differently, uncited.
    grounded: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "action": str(self.action),
            "reply": self.reply,
            "conversation": self.conversation,
            "model": self.model,
            "tokens": self.tokens,
            "seconds": self.seconds,
            "interrupted": self.interrupted,
            # A reply's citations always say where they come from, null when unknown (issue 15's contract).
            "citations": [{**c.to_json(), "place": c.place} for c in self.citations],
            "reminder": self.reminder.to_json() if self.reminder else None,
            "forgotten": None if self.forgotten is None else [c.to_json() for c in self.forgotten],
            "grounded": self.grounded,
        }
