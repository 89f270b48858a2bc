"""Answers about the user come from what they said, not from the model's imagination.

Retrieved memories go into the prompt numbered [1], [2] (newest first); the model only phrases them.
Its reply is then checked against them: it must agree with a current memory and must not repeat one
that was superseded ("I live in Hangzhou" after "I moved to Shanghai"). When it fails the check, or
cites nothing, the assistant states the memory itself. A tiny model makes this check fail often; a
bigger model makes it pass more often; neither makes the answer wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .language import CJK, is_chinese, is_question
from .memory.extraction import Fact
from .memory.model import Memory

_WORD = re.compile(r"[^\W\d_][\w'-]*|\d+", re.UNICODE)
_MARK = re.compile(r"\[(\d{1,2})\]")
_STOP = frozenset("""
a about above after again all also am an and any are as at be been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him
his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
other our ours out over own same she should so some such than that the their theirs them then there these
they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself called name named live lives living know tell told said say like
remember think thing things today yesterday really still currently
""".split())

# A question about the user: first person ("my", "do I") in a question, or 我 in a Chinese question.
_EN_PERSONAL = re.compile(r"\b(my|mine|myself)\b|\b(do|did|am|was|have|had|should|can|will|where|when|what|who)\s+i\b",
                          re.IGNORECASE)


def is_about_user(question: str) -> bool:
    """Does the question ask for a fact about the user (which only memory can answer)?"""
    if is_chinese(question):
        return "我" in question and is_question(question)
    return bool(_EN_PERSONAL.search(question)) and is_question(question)


def usable_evidence(memories: list[Memory]) -> list[Memory]:
    """What can answer a question about the user: not the user's own earlier questions (remembered as
    turns like everything said, but asking is not telling)."""
    return [m for m in memories if not (m.kind == "turn" and is_question(m.text))]


def relevant_profile(question: str, profile: list[Memory]) -> list[Memory]:
    """Profile facts that share a meaningful word with the question (the profile is always in the
    prompt; only these count as evidence for an answer about the user)."""
    asked = salient(question)
    return [m for m in profile if salient(m.text) & asked]


def _day(memory: Memory) -> str:
    return memory.created[:10]


def context_block(memories: list[Memory]) -> str:
    """The memories as the model sees them, numbered in the order given (newest first)."""
    lines = [f"[{n}] ({_day(m)}) {m.text}" for n, m in enumerate(memories, 1)]
    return ("What the user has told you, newest first. Use it to answer, cite it as [n], and prefer the "
            "newest when two disagree:\n" + "\n".join(lines))


def salient(text: str) -> set[str]:
    """The words that carry meaning (English words without stop words; Chinese as character pairs)."""
    words = {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 1}
    for run in CJK.findall(text):
        words |= {run[i:i + 2] for i in range(len(run) - 1)} or {run}
    return words


@dataclass
class Checked:
    reply: str
    cited: list[Memory]
    grounded: bool  # False: the model's own reply was replaced by the memory itself


def _stale(memories: list[Memory]) -> list[Memory]:
    """Memories that a newer one in the list replaced: superseded, or an older statement of the same subject."""
    seen_subjects: set[str] = set()
    stale = []
    for m in memories:  # newest first
        if m.superseded_by or (m.subject and m.subject in seen_subjects):
            stale.append(m)
        elif m.subject:
            seen_subjects.add(m.subject)
    return stale


def check_reply(question: str, reply: str, memories: list[Memory]) -> Checked:
    """Keep the model's reply if it agrees with a current memory and repeats no stale one; else state
    the newest memory. `memories` are in the numbered order the model saw."""
    stale = _stale(memories)
    current = [m for m in memories if m not in stale]
    if not current:
        return Checked(memory_answer(question, memories[0]), [memories[0]], grounded=False)
    asked = salient(question)
    said = salient(reply)
    stale_words = set().union(*(salient(m.text) for m in stale)) - set().union(*(salient(m.text) for m in current))
    marks = [int(n) for n in _MARK.findall(reply)]
    invented = [n for n in marks if not 1 <= n <= len(memories)]
    cites_stale = any(memories[n - 1] in stale for n in marks if 1 <= n <= len(memories))
    overlaps = [(len((salient(m.text) - asked) & said), m) for m in current]
    best_overlap, best = max(overlaps, key=lambda pair: pair[0])
    if invented or cites_stale or (said - asked) & stale_words or best_overlap == 0:
        return Checked(memory_answer(question, current[0]), [current[0]], grounded=False)
    cited = [memories[n - 1] for n in dict.fromkeys(marks)]
    if not cited:
        return Checked(f"{reply.rstrip()} [1]", [best], grounded=True)
    # Renumber so that [k] in the reply is the k-th citation shown to the user, not a prompt position.
    order = {n: k for k, n in enumerate(dict.fromkeys(marks), 1)}
    return Checked(_MARK.sub(lambda m: f"[{order[int(m.group(1))]}]", reply), cited, grounded=True)


def memory_answer(question: str, memory: Memory) -> str:
    """The memory itself, quoted with its date: the answer that cannot be wrong about what was said."""
    day = _when(memory.created)
    if is_chinese(question):
        return f"根据你 {memory.created[:10]} 告诉我的：“{memory.text}” [1]"
    return f"You told me on {day}: “{memory.text}” [1]"


def noted(remark: str, facts: list[Fact]) -> str:
    """The acknowledgement of a remark that states facts about the user: what will be kept."""
    quoted = "; ".join(f"“{f.statement}”" for f in facts)
    if is_chinese(remark):
        return f"好的，我记下了：{quoted}"
    return f"Noted. I'll remember: {quoted}"


def dont_know(question: str) -> str:
    if is_chinese(question):
        return "我还不知道——你还没有告诉过我。你可以说“记住……”让我记下来。"
    return ("I don't know — you haven't told me that yet. "
            "You can tell me, or say “remember that …” and I will keep it.")


def model_cannot_write_chinese() -> str:
    return ("我现在用的是只懂英文的小模型，无法可靠地用中文回答。可以在设置里换成多语言模型"
            "（例如 Qwen2.5-1.5B-Instruct，见 `assistant models`），或者用英文问我。")


def _when(created: str) -> str:
    try:
        return datetime.fromisoformat(created.replace("Z", "+00:00")).strftime("%d %B %Y").lstrip("0")
    except ValueError:
        return created[:10]


def keep_valid_citations(reply: str, memories: list[Memory]) -> tuple[str, list[Memory]]:
    """For a general answer: drop [n] marks that point at nothing, renumber the rest by first use."""
    marks = [int(n) for n in _MARK.findall(reply) if 1 <= int(n) <= len(memories)]
    order = {n: k for k, n in enumerate(dict.fromkeys(marks), 1)}

    def renumber(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return f"[{order[n]}]" if n in order else ""

    return _MARK.sub(renumber, reply).replace(" .", "."), [memories[n - 1] for n in order]
