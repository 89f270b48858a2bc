"""What the rest of the assistant calls: remember, recall, forget, import, export, profile.

Each function takes an optional store (tests and the UI pass one; the CLI uses the data folder's).
All of them may be called from a background thread.
"""

from __future__ import annotations

import json
import math
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from ..bounded import check_query, check_utf8, clean_text
from ..clock import stamp
from ..errors import AssistantError, Problem
from ..safe_files import atomic_write
from .extraction import Fact, extract_facts
from .importer import MAX_TEXT_CHARS, ImportRefused, parse_file
from .model import Hit, ImportReport, Memory
from .retrieval import current_profile, search
from .store import MemoryStore, memory_dir, quote

_stores: dict[Path, MemoryStore] = {}
_stores_lock = threading.Lock()

FORGET_MAX_DISTANCE = 0.45  # cosine distance under which a memory counts as "what the user named"
FORGET_MAX = 10


class EmptyMemory(AssistantError):
    """Nothing to remember: the text was empty."""

    problem = Problem.EMPTY


class TooLong(AssistantError):
    """A single memory longer than the limit."""

    problem = Problem.TOO_LONG


def open_store(folder: Path | None = None) -> MemoryStore:
    """The store for a folder (default: the data folder's), opened once per process."""
    path = (folder or memory_dir()).resolve()
    with _stores_lock:
        if path not in _stores:
            _stores[path] = MemoryStore(path)
        return _stores[path]


def close_stores() -> None:
    """Drop the open stores (their folder is about to be deleted or replaced); the next call reopens."""
    with _stores_lock:
        _stores.clear()


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def _check_text(text: str) -> str:
    text = clean_text(check_utf8(text, "text to remember")).strip()
    if not text:
        raise EmptyMemory("nothing to remember: the text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise TooLong(
            f"that is {len(text)} characters; one memory holds at most {MAX_TEXT_CHARS}: "
            "save it to a file and use `memory import` to store it as a document"
        )
    return text


Extractor = Callable[[str], list[Fact]]


def with_profile(memories: Sequence[Memory], extractor: Extractor = extract_facts) -> list[Memory]:
    """The memories plus a profile fact for each durable fact they state; sets each one's subject."""
    out: list[Memory] = []
    for m in memories:
        out.append(m)
        if m.kind not in ("turn", "fact"):
            continue
        facts = extractor(m.text)
        if facts:
            m.subject = facts[0].subject
        for fact in facts:
            out.append(
                Memory(
                    # Derived from the statement's id, so re-importing a file adds no second profile fact.
                    id=f"{m.id}~{fact.subject}",
                    text=fact.statement,
                    kind="profile",
                    created=m.created,
                    source=f"memory:{m.id}",
                    importance=0.8,
                    subject=fact.subject,
                    import_id=m.import_id,
                )
            )
    return out


def remember(
    text: str,
    *,
    kind: str = "fact",
    source: str = "command",
    at: datetime | None = None,
    importance: float | None = None,
    extractor: Extractor = extract_facts,
    store: MemoryStore | None = None,
) -> list[Memory]:
    """Store one memory (and the profile facts it states). Returns what was stored, itself first."""
    if importance is not None and not (math.isfinite(importance) and 0 <= importance <= 1):
        raise AssistantError(f"importance must be a number from 0 to 1, not {importance}")
    memory = Memory(
        id=new_id(),
        text=_check_text(text),
        kind=kind,
        created=stamp(at),
        source=source,
        importance=importance if importance is not None else (0.8 if kind == "fact" else 0.5),
    )
    return (store or open_store()).add(with_profile([memory], extractor))


def remember_turn(
    text: str,
    *,
    conversation_id: str,
    message_id: str,
    at: datetime | None = None,
    extractor: Extractor = extract_facts,
    store: MemoryStore | None = None,
) -> list[Memory]:
    """Remember one chat turn of the user's (kind "turn"). Empty turns are skipped, not refused."""
    if not text.strip():
        return []
    return remember(
        text[:MAX_TEXT_CHARS],
        kind="turn",
        source=f"conversation:{conversation_id}/message:{message_id}",
        at=at,
        extractor=extractor,
        store=store,
    )


def search_memories(
    query: str, limit: int = 5, *, kinds: list[str] | None = None, store: MemoryStore | None = None
) -> list[Hit]:
    check_utf8(check_query(query), "search")
    return search(store or open_store(), query, limit, kinds=kinds)


def find_to_forget(target: str, store: MemoryStore | None = None) -> list[Memory]:
    """What `forget TARGET` would remove: the memory with that id, or the memories that closely match
    the description, plus the profile facts drawn from them."""
    store = store or open_store()
    target = check_utf8(check_query(target, "forget"), "forget description").strip()
    if not target:
        return []
    exact = store.where(f"id = {quote(target)}")
    if exact:
        found = exact
    else:
        vector = store.embedder.embed_query(target)
        close = store.vector_search(vector, FORGET_MAX, None).to_pylist()
        ids = [r["id"] for r in close if r["_distance"] <= FORGET_MAX_DISTANCE]
        lowered = target.lower()
        ids += [h.memory.id for h in search(store, target, FORGET_MAX) if lowered in h.memory.text.lower()]
        found = store.where(f"id IN ({', '.join(quote(i) for i in dict.fromkeys(ids))})") if ids else []
    derived = store.where(" OR ".join(f"source = {quote('memory:' + m.id)}" for m in found)) if found else []
    by_id = {m.id: m for m in [*found, *derived]}
    return list(by_id.values())


def forget(ids: Sequence[str], store: MemoryStore | None = None) -> list[Memory]:
    """Remove these memories for good (from the table, both text indexes and the vector data)."""
    return (store or open_store()).remove(list(ids))


def edit(memory_id: str, text: str, store: MemoryStore | None = None) -> Memory:
    """Correct a memory's words. It keeps its id, date and source; the old words are removed for good
    (with the profile facts drawn from them) and facts are drawn again from the new ones."""
    store = store or open_store()
    old = store.get(memory_id)
    derived = [m.id for m in store.where(f"source = {quote('memory:' + old.id)}")]
    fresh = Memory(
        id=old.id,
        text=_check_text(text),
        kind=old.kind,
        created=old.created,
        updated=stamp(),
        source=old.source,
        importance=old.importance,
        position=old.position,
        import_id=old.import_id,
    )
    store.remove([old.id, *derived])
    return store.add(with_profile([fresh]) if old.kind in ("fact", "turn") else [fresh])[0]


def import_file(path: Path, store: MemoryStore | None = None) -> ImportReport:
    """Import JSON Lines or a text/Markdown document in one commit (all-or-nothing)."""
    parsed = parse_file(Path(path), import_id=new_id())  # a refused file is refused before the store opens
    if not parsed.memories:
        raise ImportRefused(f"{path} holds no text to import")
    store = store or open_store()
    rows = with_profile(parsed.memories) if parsed.kind == "jsonl" else parsed.memories
    added = store.add(rows)
    store.optimize()
    fresh = sum(1 for m in added if m.kind != "profile" or not m.source.startswith("memory:"))
    return ImportReport(str(path), parsed.kind, len(parsed.memories), fresh, len(parsed.memories) - fresh)


def export_file(path: Path, store: MemoryStore | None = None) -> int:
    """Write every memory except derived profile facts as JSON Lines that `import_file` reads back
    (profile facts are re-derived on import). Written to a temporary file and renamed: never half a file."""
    store = store or open_store()
    memories = [m for m in store.list() if not m.source.startswith("memory:")]
    path = Path(path)
    try:
        with atomic_write(path) as out:  # owner-only, never through a planted FILE.part (safe_files.py)
            for m in memories:
                row = m.to_json(source=m.source, importance=m.importance, position=m.position)
                out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
    except OSError as e:
        raise AssistantError(f"cannot write {path}: {e.strerror or e}") from e
    return len(memories)


def profile(store: MemoryStore | None = None) -> list[Memory]:
    return current_profile(store or open_store())
