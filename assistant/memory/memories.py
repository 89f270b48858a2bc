"""`Assistant.memories`: what the assistant remembers, as one object the window and the command line share.

Search, browse, add, edit, forget, import, export, and the profile with where each fact came from. The
store (LanceDB and the embedder) opens on first use, so a command that never touches memory never pays
for it.
"""

from __future__ import annotations

import builtins
import threading
from dataclasses import dataclass
from pathlib import Path

from ..answer import user_search
from ..answer.later import profile_told
from ..bounded import check_query, check_utf8
from . import api
from .model import Hit, ImportReport, Memory
from .replacement import Replacement, replacements
from .store import MemoryStore

BROWSE_LIMIT = 500  # the Memory panel lists at most this many, newest first
BROWSE_SEARCH_LIMIT = 50


@dataclass(frozen=True)
class ProfileFact:
    """What the assistant believes about the user now, with what they said that taught it."""

    fact: Memory
    origin: str  # the id of the memory it was drawn from, or where it came from
    said: str  # the words it was drawn from ("" when not kept)
    source: str  # where those words came from: "conversation:…", "file:…", "cli", …
    # A newer remark on the subject that no rule read (answer/later.py): shown beside the fact, not hidden.
    later: Memory | None = None

    def to_json(self) -> dict[str, object]:
        later = {"id": self.later.id, "text": self.later.text, "at": self.later.created} if self.later else None
        return self.fact.to_json(
            subject=self.fact.subject, source=self.source, **{"from": self.origin}, said=self.said, later=later
        )


class Memories:
    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder  # None: the data folder's
        self._store: MemoryStore | None = None
        self._lock = threading.Lock()

    @property
    def store(self) -> MemoryStore:
        """The LanceDB store, opened on first use (LanceDB and the embedder load once)."""
        with self._lock:
            if self._store is None:
                self._store = api.open_store(self._folder)
            return self._store

    def warm_up(self) -> None:
        """Load the embedder's weights now (the window does this while it says "Loading model…")."""
        self.store.embedder.embed_query("warm up")

    def close(self) -> None:
        with self._lock:
            self._store = None

    def search(self, query: str, limit: int = 5, kinds: builtins.list[str] | None = None) -> builtins.list[Hit]:
        """What `memory search` and the Memory panel show: passages in the order an answer ranks them."""
        return user_search.search(self.store, check_utf8(check_query(query), "search"), limit, kinds)

    def browse(self, query: str = "", kind: str = "") -> builtins.list[Memory]:
        """What the Memory panel lists: a search when there is a query, else everything of that kind."""
        if query:
            return [h.memory for h in self.search(query, BROWSE_SEARCH_LIMIT, kinds=[kind] if kind else None)]
        return sorted(self.store.list(kind or None), key=lambda m: m.created, reverse=True)[:BROWSE_LIMIT]

    def list(self, kind: str | None = None) -> builtins.list[Memory]:
        """Every memory (of one kind), oldest first."""
        return self.store.list(kind)

    def get(self, memory_id: str) -> Memory:
        return self.store.get(memory_id)

    def replaced(self, memories: builtins.list[Memory]) -> dict[str, Replacement]:
        """What newer memories replaced of each of `memories` (in part, for a remark that says several
        things), by id: what `memory search` and the window say beside one."""
        return replacements(self.store, memories)

    def add(self, text: str, kind: str = "fact", source: str = "command") -> builtins.list[Memory]:
        """Remember `text`; returns what was stored, itself first, then the profile facts it states."""
        return api.remember(text, kind=kind, source=source, store=self.store)

    def remember_turn(self, text: str, conversation_id: str, message_id: str) -> builtins.list[Memory]:
        return api.remember_turn(text, conversation_id=conversation_id, message_id=message_id, store=self.store)

    def edit(self, memory_id: str, text: str) -> Memory:
        return api.edit(memory_id, text, store=self.store)

    def find_to_forget(self, target: str) -> builtins.list[Memory]:
        """What `forget TARGET` would remove: that id, or what closely matches the description."""
        return api.find_to_forget(target, store=self.store)

    def forget(self, ids: builtins.list[str]) -> builtins.list[Memory]:
        """Remove these memories for good; returns what was removed."""
        return api.forget(ids, store=self.store)

    def import_file(self, path: Path | str) -> ImportReport:
        return api.import_file(Path(path), store=self.store)

    def export_file(self, path: Path | str) -> int:
        return api.export_file(Path(path), store=self.store)

    def profile(self) -> builtins.list[ProfileFact]:
        """The current profile, each fact with the words it was drawn from."""
        return [
            ProfileFact(
                t.fact,
                t.fact.source.removeprefix("memory:"),
                t.said.text if t.said else "",
                t.said.source if t.said else t.fact.source,
                t.later,
            )
            for t in profile_told(self.store)
        ]
