"""A question's decision as the product reaches it: the evidence gathered, then decided (and, when
`settled`, a newer remark allowed to replace the answer, answer/newer.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from assistant.answer.decide import decide
from assistant.answer.decision import Decision, Outcome
from assistant.answer.evidence import gather
from assistant.answer.newer import settle
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore

# The day the first remark is told; each further one a day later.
DAY = datetime(2026, 10, 1, tzinfo=UTC)


def decided(store: MemoryStore, question: str, *, settled: bool = False) -> Decision:
    found = gather(store, question)
    d = decide(question, found.memories, found.passages, asked=found.asked)
    return settle(store, question, d) if settled else d


def told(store: MemoryStore, *remarks: str) -> None:
    """Remarks told a day apart, in order, as a user tells them."""
    for i, text in enumerate(remarks):
        remember(text, store=store, at=DAY + timedelta(days=i))


def cited(store: MemoryStore, question: str) -> str | None:
    """The remark an answer cites, or None when it cites none."""
    d = decided(store, question, settled=True)
    return d.evidence[0].text if d.outcome is Outcome.MEMORY else None
