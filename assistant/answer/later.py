"""What the user said about a profile fact's subject after the rules last read it.

A profile fact is current until a rule reads a newer statement on its subject; a phrasing no rule knows
("Home is Toronto now.") leaves the old fact standing. So the profile is shown with the newest remark
that is about the same thing and says something else, found the way an answer finds evidence: "you
said X on …, and later Y on …" rather than a confident stale fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..memory.extraction import extract_facts
from ..memory.model import Memory
from ..memory.retrieval import current_profile, search
from ..memory.store import MemoryStore, quote
from .current import rival
from .decision import Candidate, usable
from .newer import NewerThan, ending_remark, rivals, slot_rows, slot_statements
from .slot_meaning import likeness
from .subject import on_subject

LIMIT = 8


@dataclass(frozen=True)
class Later:
    fact: Memory
    remark: Memory | None  # the newest later remark on the subject that the rules did not read, if any


@dataclass(frozen=True)
class Told:
    """A profile fact with the remark it was read from (None when that is not kept: imported, typed in
    the Profile panel) and the newer remark on its subject that no rule read (None when there is none)."""

    fact: Memory
    said: Memory | None
    later: Memory | None


def profile_told(store: MemoryStore, newest: int | None = None) -> list[Told]:
    """The current profile, newest first (only the `newest` first when given: each fact costs a search)."""
    facts = current_profile(store)[:newest]
    return [Told(fact, _read_from(fact, store), later_remark(fact, store).remark) for fact in facts]


def _read_from(fact: Memory, store: MemoryStore) -> Memory | None:
    if not fact.source.startswith("memory:"):
        return None
    said = store.where(f"id = {quote(fact.source.removeprefix('memory:'))}")
    return said[0] if said else None


def asked_by(fact: Memory) -> tuple[str, str]:
    """The fact as a question about its subject ("I live in Hangzhou" → "I live in"), and its value."""
    found = extract_facts(fact.text)
    value = found[0].value if found else ""
    return (fact.text.replace(value, " ").strip() if value else fact.text), value


def later_remark(fact: Memory, store: MemoryStore) -> Later:
    subject, value = asked_by(fact)
    vector = store.embedder.embed_query(subject)
    slots = slot_rows(store, subject)  # "I started at the bakery" shares no word with "I work at"
    hits = search(store, subject, LIMIT, kinds=["turn", "fact"], include_superseded=False, vector=vector)
    hits += slot_statements(slots, subject, hits, vector)
    newer = [
        Candidate(h.memory, h.score, h.similarity, h.vector)
        for h in hits
        if h.memory.created > fact.created and h.memory.id != fact.source.removeprefix("memory:")
    ]
    fresh = [
        c for c in usable(newer) if on_subject(subject, c) and not (value and value.lower() in c.memory.text.lower())
    ]
    newest = max(fresh, key=lambda c: c.memory.created, default=None)
    if newest is not None:
        return Later(fact, newest.memory)
    # "Sold the Kia, the Skoda's much comfier": no rule reads the new car, but the Kia is gone.
    after = NewerThan(store, fact)
    ended = ending_remark(store, subject, fact, after)
    if ended is not None:
        return Later(fact, ended)
    # "Our family car is a blue Honda Civic now": near the fact's own statement, naming its subject.
    later = rivals(store, subject, fact, after)
    found = rival(subject, Candidate(fact, 0.0, 1.0), later, meaning=likeness(store.embedder, subject, later))
    return Later(fact, found[0].memory if found else None)
