"""Long-term memory: what the user said and stated, stored in LanceDB, searched by meaning and words.

The chat code searches it (assistant/answer/) before a reply, calls `remember_turn()` after each user turn and
`parse_memory_command()` on each turn; the CLI and the window use the rest.

The names below are loaded on first use: importing LanceDB takes over a second, and a command that only
reads the memory's words (`parse_memory_command` on every turn, `reminders list`) must not pay for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import (
        edit,
        export_file,
        find_to_forget,
        forget,
        import_file,
        open_store,
        profile,
        remember,
        remember_turn,
        search_memories,
    )
    from .commands import MemoryCommand, parse_memory_command
    from .extraction import Fact, extract_facts
    from .model import KINDS, Hit, ImportReport, Memory
    from .store import MemoryStore

_WHERE = {
    **dict.fromkeys(
        [
            "edit",
            "export_file",
            "find_to_forget",
            "forget",
            "import_file",
            "open_store",
            "profile",
            "remember",
            "remember_turn",
            "search_memories",
        ],
        "api",
    ),
    **dict.fromkeys(["MemoryCommand", "parse_memory_command"], "commands"),
    **dict.fromkeys(["Fact", "extract_facts"], "extraction"),
    **dict.fromkeys(["KINDS", "Hit", "ImportReport", "Memory"], "model"),
    "MemoryStore": "store",
}

__all__ = [
    "Fact",
    "Hit",
    "ImportReport",
    "KINDS",
    "Memory",
    "MemoryCommand",
    "MemoryStore",
    "edit",
    "export_file",
    "extract_facts",
    "find_to_forget",
    "forget",
    "import_file",
    "open_store",
    "parse_memory_command",
    "profile",
    "remember",
    "remember_turn",
    "search_memories",
]


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
