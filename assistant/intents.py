"""What a turn asks for, decided by rules and never by the model: a reminder, or a message to answer.

The rules only recognise the *kind* of request; each feature's own parser then reads it (and refuses it
with one clear sentence when it cannot).
"""

from __future__ import annotations

import re

_REMINDER = re.compile(
    r"^\s*(please\s+)?remind\b|\bremind\s+me\b|\bset\s+(a|an|me\s+a)\s+reminder\b|\breminder\s+(to|for|at|in|on)\b"
    r"|提醒我|提醒一下|叫我|设(置)?(一个)?提醒",
    re.IGNORECASE,
)


# "Remind me what my dog is called" asks to be told something again, now: a question, not a reminder.
_RECALL = re.compile(
    r"^\s*(please\s+)?((can|could|would|will) you\s+)?remind\s+me\s+(what|who|whose|which|where|why|how|whether|if)\b"
    r"|^\s*(请)?提醒我一下.*(什么|谁|哪)",
    re.IGNORECASE,
)


def is_reminder_request(text: str) -> bool:
    return bool(_REMINDER.search(text)) and not _RECALL.search(text)
