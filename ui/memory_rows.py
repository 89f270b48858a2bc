"""How the Memory panel orders and groups what it lists, decided on the core thread (no Qt here).

What the user *told* comes first: current facts and profile, then what was read from files, summaries and
remarks made in chat; replaced facts after the current ones; questions the user asked and commands they
gave are kept apart (they are not things the assistant knows about them), shown only when asked for.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.memory.model import Memory


class Group(IntEnum):
    """In the order the panel lists them."""

    FACT = 0
    DOCUMENT = 1
    SUMMARY = 2
    CHAT = 3
    REPLACED = 4
    ASKED = 5  # questions and commands


ASKED_KIND = "asked"  # the panel's filter for questions and commands; not a kind the store knows
# Requests to the assistant ("write a story…", "tell me…") say nothing about the user either.
_REQUESTS = (
    "remember ",
    "forget ",
    "write ",
    "tell me",
    "show me",
    "give me",
    "explain ",
    "list ",
    "make ",
    "translate ",
    "summarise ",
    "summarize ",
    "help me",
    "find ",
    "create ",
    "draft ",
    "describe ",
    "say ",
    "name ",
    "记住",
    "忘记",
    "忘掉",
    "写",
    "告诉我",
    "给我",
    "解释",
    "翻译",
    "帮我",
)


@dataclass(frozen=True)
class MemoryRow:
    memory: Memory
    group: Group
    # A remark newer ones replaced only in part ("I live in Leeds with my wife Jen" after "We moved to
    # York"): current for the rest it says, so listed with the current ones, not struck out.
    partly: bool = False

    @property
    def replaced(self) -> bool:
        return bool(self.memory.superseded_by) and not self.partly


def _is_asked(memory: Memory) -> bool:
    from assistant.intents import is_reminder_request
    from assistant.language import is_question

    if memory.kind != "turn":
        return False
    words = memory.text.strip()
    command = words.lower().startswith(_REQUESTS) or is_reminder_request(words)
    return command or is_question(words)


def group_of(memory: Memory, partly: bool = False) -> Group:
    if memory.superseded_by and not partly:
        return Group.REPLACED
    if _is_asked(memory):
        return Group.ASKED
    return {"profile": Group.FACT, "fact": Group.FACT, "document": Group.DOCUMENT, "summary": Group.SUMMARY}.get(
        memory.kind, Group.CHAT
    )


def _same_words(a: str, b: str) -> bool:
    return a.strip().rstrip(".。!！").casefold() == b.strip().rstrip(".。!！").casefold()


def _restated(memories: list[Memory]) -> set[str]:
    """Remarks a profile fact in the list says again in the same words ("My cat is called Miso." and the
    fact drawn from it): listed once, as the profile fact, which also says whether it is still current."""
    drawn = {m.source.removeprefix("memory:"): m.text for m in memories if m.kind == "profile"}
    return {m.id for m in memories if m.id in drawn and _same_words(m.text, drawn[m.id])}


def arrange(memories: list[Memory], kind: str, searching: bool, partly: Collection[str] = ()) -> list[MemoryRow]:
    """The rows to list for the filter `kind` ("" for everything, ASKED_KIND for questions and commands).
    A search keeps its ranking within each group; a plain listing is newest first within each group.
    `partly`: the ids of remarks newer ones replaced only in part (Memories.replaced)."""
    restated = _restated(memories)
    rows = [MemoryRow(m, group_of(m, m.id in partly), m.id in partly) for m in memories if m.id not in restated]
    if kind == ASKED_KIND:
        rows = [r for r in rows if r.group == Group.ASKED]
    else:
        rows = [r for r in rows if r.group != Group.ASKED]
    if not searching:
        rows.sort(key=lambda r: r.memory.created, reverse=True)
    return sorted(rows, key=lambda r: r.group)  # stable: the order within a group is kept
