"""The product's own words for an answer: a memory quoted with its date, what was noted, "I don't know".
Which evidence answers is decided in assistant/answer/; these are only the sentences.
"""

from __future__ import annotations

from datetime import datetime

from .language import is_chinese
from .memory.extraction import Fact
from .memory.model import Memory


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
    """Nothing the user said answers a question about them: say so, and how to tell it."""
    if is_chinese(question):
        return "我还不知道——你还没有告诉过我。你可以说“记住……”让我记下来。"
    return "I don't know — you haven't told me that yet. You can tell me, or say “remember that …” and I will keep it."


def model_cannot_write_chinese() -> str:
    return (
        "我现在用的是只懂英文的小模型，无法可靠地用中文回答。可以在设置里换成多语言模型"
        "（例如 Qwen2.5-1.5B-Instruct，见 `assistant models`），或者用英文问我。"
    )


def _when(created: str) -> str:
    try:
        return datetime.fromisoformat(created.replace("Z", "+00:00")).strftime("%d %B %Y").lstrip("0")
    except ValueError:
        return created[:10]
