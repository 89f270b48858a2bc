"""A question's decision as the product reaches it: the evidence gathered, then decided (and, when
`settled`, a newer remark allowed to replace the answer, answer/newer.py)."""

from __future__ import annotations

from assistant.answer.decide import Decision, decide
from assistant.answer.evidence import gather
from assistant.answer.newer import settle
from assistant.memory.store import MemoryStore


def decided(store: MemoryStore, question: str, *, settled: bool = False) -> Decision:
    found = gather(store, question)
    d = decide(question, found.memories, found.passages, asked=found.asked)
    return settle(store, question, d) if settled else d
