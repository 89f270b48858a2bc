"""What of a memory newer ones replaced, as the window and `memory search` show it.

A profile fact states one thing, and is replaced whole. A remark may state several ("I live in Leeds with
my wife Jen"): a newer one ("We moved to York") replaces only what it says again, and the remark stays
current for the rest (retrieval.CURRENT), so it is shown as partly replaced, with what changed. Which of
its things were replaced is kept on the profile facts drawn from it, one subject each, each marked
superseded by the fact that replaced it (retrieval.replaced_subjects reads the same for the answer).
Until session 19 the window said "Replaced by a newer fact." and `memory search` "(outdated)" of the whole
remark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..answer.terms import terms
from .model import REMARKS, Memory
from .store import MemoryStore, in_list


@dataclass(frozen=True)
class Replaced:
    said: str  # what the memory stated: "I live in Leeds"
    newer: str  # what states it now: "I live in York"


@dataclass(frozen=True)
class Replacement:
    parts: tuple[Replaced, ...]
    whole: bool  # nothing the memory states is current any more


def replacements(store: MemoryStore, memories: Sequence[Memory]) -> dict[str, Replacement]:
    """For each of `memories` that a newer memory replaced, in part or whole, what was replaced, by id."""
    remarks = [m for m in memories if m.kind in REMARKS]
    drawn: dict[str, list[Memory]] = {}
    if remarks:
        sources = in_list("source", [f"memory:{m.id}" for m in remarks])
        for fact in store.where(f"kind = 'profile' AND {sources}"):
            drawn.setdefault(fact.source.removeprefix("memory:"), []).append(fact)
    # What replaced each: the remark's own subject, when it is marked superseded, by its newer remark (all a
    # folder written before session 18 may say); each fact drawn from it by the fact that replaced it.
    replaced_by = {m.id: m.superseded_by for m in memories if m.superseded_by}
    replaced_by |= {f.id: f.superseded_by for facts in drawn.values() for f in facts if f.superseded_by}
    newer_ids = sorted(set(replaced_by.values()))
    newer = {m.id: m.text for m in store.where(in_list("id", newer_ids))} if newer_ids else {}
    out: dict[str, Replacement] = {}
    for m in memories:
        if m.kind not in REMARKS:
            if m.superseded_by:
                out[m.id] = Replacement((Replaced(m.text, newer.get(m.superseded_by, "")),), whole=True)
            continue
        facts = drawn.get(m.id, [])
        parts = [Replaced(f.text, newer.get(f.superseded_by, "")) for f in facts if f.superseded_by]
        if m.superseded_by and not any(f.superseded_by and f.subject == m.subject for f in facts):
            own = next((f.text for f in facts if f.subject == m.subject), m.text)
            parts.insert(0, Replaced(own, newer.get(m.superseded_by, "")))
        if parts:
            kept = [f for f in facts if not f.superseded_by and not (m.superseded_by and f.subject == m.subject)]
            # What the rules read of it is not all it says: "I live in Cardiff with my partner Sam" still says
            # who the partner is (the answer keeps it for that: answer/replaced.py); "I live in Cardiff." does not.
            said_more = terms(m.text) - set().union(*(terms(r.said) for r in parts))
            out[m.id] = Replacement(tuple(parts), whole=not kept and not said_more)
    return out
