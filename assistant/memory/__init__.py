"""Long-term memory: what the user said and stated, stored in LanceDB, searched by meaning and words.

The chat code searches it (assistant/answer/) before a reply, calls `remember_turn()` after each user turn and
`parse_memory_command()` on each turn; the CLI and the window use the rest.
"""

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

__all__ = [
    "KINDS",
    "Fact",
    "Hit",
    "ImportReport",
    "edit",
    "Memory",
    "MemoryCommand",
    "MemoryStore",
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
