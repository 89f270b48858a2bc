"""Which statement of a fact is current: the newest one on the same subject replaces the others.

Older statements are marked superseded (pointing at their replacement), never deleted: "I live in
Hangzhou" stays searchable as history, but ranks below "I moved to Shanghai". A remark is replaced only
for what the newer one states: its profile facts, one subject each, record which (retrieval.CURRENT).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .model import Memory


def group_of(memory: Memory) -> tuple[str, bool]:
    # Profile facts are derived from statements (turns, remembered facts): each set keeps its own
    # current entry, so the profile and the conversation both show the latest.
    return (memory.subject, memory.kind == "profile")


def resolve(memories: Sequence[Memory], now: str) -> set[str]:
    """Mark all but the newest current memory of each subject as superseded by it, in place.
    Returns the ids whose superseded_by changed."""
    groups: dict[tuple[str, bool], list[tuple[int, Memory]]] = defaultdict(list)
    for order, m in enumerate(memories):
        if m.subject and not m.superseded_by:
            groups[group_of(m)].append((order, m))
    changed: set[str] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        # The newest by time; for equal times the later one in the input wins (callers pass stored
        # memories first, then new ones in the order they were said).
        newest = max(members, key=lambda om: (om[1].created, om[0]))[1]
        for _, m in members:
            if m is not newest and m.id != newest.id:
                m.superseded_by = newest.id
                m.updated = now
                changed.add(m.id)
    return changed
