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


# "Keep writing the story while I sleep", "write a 2,000-word story overnight", 趁我睡觉继续写: a long
# writing job for the worker (worker/tasks.py), not a remark about the user's night to remember.
_WRITE = re.compile(
    r"\b(?:write|writing|continue|finish|draft|compose|carry\s+on|go\s+on)\b|写|续写|继续", re.IGNORECASE
)
_AWAY = re.compile(
    r"\bwhile\s+I(?:'m|\s+am)?\s+(?:sleep|sleeping|asleep|away|out|gone|at\s+work)\b|\bovernight\b"
    r"|\bin\s+the\s+background\b|(?:趁|在)?我(?:在)?睡(?:觉|着)(?:的时候|时)|后台|我不在(?:的时候)?",
    re.IGNORECASE,
)
# A request, not an account: "I love writing while I sleep badly" and 我在后台写代码 tell about the user.
_ASKS = re.compile(
    r"(?:^|[.!?,;:]\s*)(?:please\s+)?(?:keep|continue|write|finish|draft|compose|carry\s+on|go\s+on)\b"
    r"|\b(?:can|could|would|will)\s+you\b|\bplease\b|^\s*(?:趁|在|写)|帮我|给我|你(?:能|可以|帮|来|给)|请|继续|接着|续写",
    re.IGNORECASE,
)
_CONTINUES = re.compile(r"\b(?:keep|continue|carry\s+on|go\s+on|finish)\b|继续|接着|续写", re.IGNORECASE)


def is_background_writing(text: str) -> bool:
    return bool(_WRITE.search(text) and _AWAY.search(text) and _ASKS.search(text))


def continues_earlier_text(text: str) -> bool:
    """ "Keep writing the story …": the job carries on from the conversation's last reply."""
    return bool(_CONTINUES.search(text))
