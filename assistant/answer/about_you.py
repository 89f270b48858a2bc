""" "What do you know about me?": the profile, each fact in the user's own words with its day, and the
later remark on its subject beside it, as the Profile panel shows it (later.py). Tried as a new user,
the question got "I don't know" with a dozen remarks remembered: no one remark holds it."""

from __future__ import annotations

import re
from datetime import datetime

from ..grounding import when_said
from ..language import asks, is_chinese
from ..memory.model import Memory
from ..memory.store import MemoryStore
from .decision import Asked, Decision, Outcome
from .later import profile_told

_EN = re.compile(
    r"\bwhat (do|did) you (know|remember) about me\b|\bwhat (have|did) i (told|tell) you\b"
    r"|^\s*(please\s+)?(tell|remind) me (what you know )?about (me|myself)\b"
    r"|\bsummari[sz]e (what you know about me|me)\b|^\s*who am i\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The whole question asks it: "你知道我什么时候生日吗？" asks about one day, not about everything.
_ZH = re.compile(
    r"(你(对我|关于我)?(都)?(知道|了解|记得)(关于)?(我)?(的)?(些)?|关于我你(都)?(知道|记得)(些)?"
    r"|我(都)?(跟你|和你)?(说|讲|告诉)过(你)?)(什么|多少|哪些)(事)?(吗|呢)?[？?。!！]?$|^我是谁[？?]?$"
)
# The facts listed: a profile is short, and the newest come first.
LISTED = 12


def asks_about_me(question: str) -> bool:
    return bool((_ZH if is_chinese(question) else _EN).search(question))


def what_i_know(store: MemoryStore) -> Decision:
    """The profile's facts, newest first, each with the remark it was read from and a later remark on
    its subject the rules could not read (or None)."""
    listed = [(t.said or t.fact, t.later) for t in profile_told(store, newest=LISTED)]
    # What no rule read is said too: the profile holds only what the rules could read, and a user who
    # told of their allergy, their kids and their passport expects to hear them.
    shown = {said.id for said, _ in listed} | {later.id for _, later in listed if later}
    remarks = [m for m in store.where("kind = 'turn' OR kind = 'fact'") if m.id not in shown and not asks(m.text)]
    listed += [(m, None) for m in sorted(remarks, key=lambda m: m.created, reverse=True)[: LISTED - len(listed)]]
    if not listed:
        return Decision(Asked.USER, Outcome.DONT_KNOW, reason="nothing told yet")
    evidence = [m for pair in listed for m in pair if m is not None]
    return Decision(Asked.USER, Outcome.MEMORY, evidence, reason="the profile, asked for", listed=tuple(listed))


def listed_reply(question: str, listed: tuple[tuple[Memory, Memory | None], ...], now: datetime | None) -> str:
    """One line a fact: the user's words with the day, numbered as the citations are."""
    zh = is_chinese(question)
    lines = ["你告诉过我的：" if zh else "What you have told me:"]
    n = 0
    for said, later in listed:
        n += 1
        day = when_said(said.created, now, zh)
        line = f"- {_quoted(said)}（{day}）[{n}]" if zh else f"- {_quoted(said)} (you said it {day}) [{n}]"
        if later is not None:
            n += 1
            line += (
                f"；后来{when_said(later.created, now, zh)}你又说：“{later.text}” [{n}]"
                if zh
                else f" — and later, {when_said(later.created, now, zh)}: “{later.text}” [{n}]"
            )
        lines.append(line)
    return "\n".join(lines)


def _quoted(m: Memory) -> str:
    # A remark is the user's own words; a profile fact is our reading of one (grounding.memory_answer).
    return m.text if m.kind == "profile" else f"“{m.text}”"
