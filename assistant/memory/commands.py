"""Explicit memory commands in a chat turn, understood by rules (never by the LLM, so never guessed).

"remember that …", "please remember …", "记住…" store what follows; "forget …", "忘掉…/忘记…" remove the
memories that match it. Anything else is an ordinary turn (parse returns None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_TRAIL = " \t\r\n.。!！?？~～"

_REMEMBER = [
    # "remember that X", "please remember X", "can you remember that X", "remember: X"
    re.compile(
        r"^(?:(?:hey|ok|okay)[, ]+)?(?:(?:can|could|would|will) you |please |pls )?(?:please )?"
        r"remember(?: that|:|,)\s*(?P<c>.+)$",
        re.I | re.S,
    ),
    # Speech recognition hears "remember that my …" as "remember to my …" (measured with Whisper base);
    # "remember to" + a possessive is still a statement, unlike "remember to buy milk".
    re.compile(r"^(?:please )?remember to (?P<c>(?:my|our)\b.+)$", re.I | re.S),
    re.compile(r"^(?:please|pls|kindly) (?:remember|note|keep in mind)(?: that)?[:,]?\s+(?P<c>.+)$", re.I | re.S),
    re.compile(r"^(?:请你?|麻烦你?)?(?:帮我)?(?:记住|记下|记一下)(?:这个|这件事)?[：:，,]?\s*(?P<c>.+)$", re.S),
]
_FORGET = [
    re.compile(
        r"^(?:(?:can|could|would) you |please )?(?:please )?"
        r"forget(?: that| about| what I said about)?[:,]?\s+(?P<c>.+)$",
        re.I | re.S,
    ),
    re.compile(r"^(?:请你?|麻烦你?)?(?:帮我)?(?:忘掉|忘记|忘了)(?:关于)?[：:，,]?\s*(?P<c>.+)$", re.S),
]
# "forget it" / "never mind" style phrases mean "drop the subject", not "erase a memory".
_IDIOMS = re.compile(r"^(?:it|about it|this|that|everything I just said|吧|了吧|它)$", re.I)


@dataclass(frozen=True)
class MemoryCommand:
    action: Literal["remember", "forget"]
    content: str  # the text to remember, or the id/description of what to forget


def parse_memory_command(text: str) -> MemoryCommand | None:
    said = text.strip()
    for action, patterns in (("remember", _REMEMBER), ("forget", _FORGET)):
        for pattern in patterns:
            m = pattern.match(said)
            if not m:
                continue
            content = m.group("c").strip().rstrip(_TRAIL).strip()
            if action == "remember" and re.match(r"^to\b", content, re.I):
                return None  # "remember to buy milk" is a reminder, not a memory
            if not content or _IDIOMS.match(content):
                return None
            return MemoryCommand(action, content)  # type: ignore[arg-type]
    return None
