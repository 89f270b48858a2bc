"""The product's own words for an answer: a memory quoted with its date, what was noted, "I don't know".
Which evidence answers is decided in assistant/answer/; these are only the sentences.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .clock import local_zone, parse_time
from .language import is_chinese
from .memory.extraction import Fact
from .memory.model import Memory


def memory_answer(question: str, memory: Memory, now: datetime | None = None) -> str:
    """The memory itself, quoted with its date: the answer that cannot be wrong about what was said.

    `now` is when the question is asked (the clock when None): the day is said relative to it. Only a
    remark itself is put in quotation marks: a profile fact is our reading of it ("I work as nurse at
    …"), and quoting it would put words in the user's mouth."""
    verbatim = memory.kind == "turn"
    if is_chinese(question):
        said = f"“{memory.text}”" if verbatim else memory.text
        return f"根据你{_when_zh(memory.created, now)}告诉我的：{said} [1]"
    if verbatim:
        return f"You told me {_when_en(memory.created, now)}: “{memory.text}” [1]"
    return f"From what you told me {_when_en(memory.created, now)}: {memory.text} [1]"


def later_answer(question: str, earlier: Memory, later: Memory, now: datetime | None = None) -> str:
    """What the user said, and what they said later that may have changed it, both with their days:
    neither is stated as how things are now, since no rule could read the later remark."""
    if is_chinese(question):
        first = f"“{earlier.text}”" if earlier.kind == "turn" else earlier.text
        return (
            f"你{_when_zh(earlier.created, now)}告诉我：{first} [1]；"
            f"后来在{_when_zh(later.created, now)}你又说：“{later.text}” [2]。可能已经变了。"
        )
    first = f"“{earlier.text}”" if earlier.kind == "turn" else earlier.text
    return (
        f"You told me {_when_en(earlier.created, now)}: {first} [1] "
        f"Later, {_when_en(later.created, now)}, you said: “{later.text}” [2] — so that may have changed."
    )


def noted(remark: str, facts: list[Fact]) -> str:
    """The acknowledgement of a remark that states facts about the user: what will be kept."""
    quoted = "; ".join(f"“{f.statement}”" for f in facts)
    if is_chinese(remark):
        return f"好的，我记下了：{quoted}"
    return f"Noted. I'll remember: {quoted}"


def kept_remark(remark: str) -> str:
    """The acknowledgement of a remark about the user that no rule reads ("My brother lives in Paris."):
    it is remembered as said, and the reply says so rather than chat about it."""
    if is_chinese(remark):
        return f"好的，我记下了你说的：“{remark.strip()}”"
    return f"Noted. I'll remember that you said: “{remark.strip()}”"


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


# Not strftime("%B"): the window sets the user's locale, and an English sentence keeps English months.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _days(created: str, now: datetime | None) -> tuple[date, date] | None:
    """The local day a memory was made and the local day of `now`, or None for an unreadable stamp."""
    zone = local_zone()
    try:
        said = parse_time(created).astimezone(zone).date()
    except ValueError:
        return None
    today = (now.astimezone(zone) if now is not None else datetime.now(zone)).date()
    return said, today


def when_said(created: str, now: datetime | None, zh: bool = False) -> str:
    """The day something was said, relative to `now`, in Chinese or English ("today", "on 30 November")."""
    return _when_zh(created, now) if zh else _when_en(created, now)


def _when_en(created: str, now: datetime | None) -> str:
    """ "today", "yesterday", "on 30 November", or "on 30 November 2025" when not this year."""
    days = _days(created, now)
    if days is None:
        return f"on {created[:10]}"
    said, today = days
    if said == today:
        return "today"
    if said == today - timedelta(days=1):
        return "yesterday"
    return f"on {said.day} {_MONTHS[said.month - 1]}" + (f" {said.year}" if said.year != today.year else "")


def _when_zh(created: str, now: datetime | None) -> str:
    """ "今天", "昨天", "11月30日", or "2025年11月30日" when not this year: as Chinese readers write a day."""
    days = _days(created, now)
    if days is None:
        return f" {created[:10]} "
    said, today = days
    if said == today:
        return "今天"
    if said == today - timedelta(days=1):
        return "昨天"
    return (f"{said.year}年" if said.year != today.year else "") + f"{said.month}月{said.day}日"


# "What can you do?", "How can you help me?", "你能做什么？": the first thing a new user asks. The bundled
# model answered it by inventing abilities (booking flights, browsing the web); the product knows its own.
_ABILITIES_EN = re.compile(
    r"^\s*(?:so\s+|and\s+|ok(?:ay)?,?\s+)?(?:what\s+(?:else\s+)?(?:can|could|do)\s+you\s+(?:do|help(?:\s+me)?\s+with)"
    r"|what\s+are\s+you\s+(?:able\s+to\s+do|for|good\s+(?:at|for))|how\s+(?:can|could|do)\s+you\s+help(?:\s+me)?"
    r"|what\s+(?:are\s+)?your\s+(?:features|abilities|capabilities)|help)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ABILITIES_ZH = re.compile(
    r"^\s*(?:你(?:能|可以|会)(?:帮我)?(?:做|干)?(?:些)?什么(?:事情?)?(?:呢)?|帮助|怎么用你?)\s*[？?。！!]*\s*$"
)


def asks_what_i_can_do(text: str) -> bool:
    return bool(_ABILITIES_ZH.match(text) if is_chinese(text) else _ABILITIES_EN.match(text))


def abilities(chinese: bool) -> str:
    """What the assistant can do, said by the product: everything here runs on this computer."""
    if chinese:
        return (
            "我在你的电脑上运行，你说的一切都不会离开这台机器。我可以：\n"
            "- 记住你告诉我的事（“记住……”），之后按你说过的话回答，并标出出处；\n"
            "- 设提醒（“提醒我周五9点还书”），到时通知你；\n"
            "- 和你一起读书：在“书库”里添加一本书，然后问书里的内容，或者“第三章讲了什么”；\n"
            "- 在你不在时写长文：在“任务”里添加一个写作任务；\n"
            "- 回答一般问题（来自模型自己的知识，会标明，可能有错）。"
        )
    return (
        "I run on this computer, and nothing you say leaves it. I can:\n"
        "- remember what you tell me (“remember that …”) and answer from it, showing where each answer came from;\n"
        "- set reminders (“remind me on Friday at 9 to return the book”) and notify you when they are due;\n"
        "- read with you: add a book in the Library, then ask about it, or “what happens in chapter 3?”;\n"
        "- keep writing while you are away: add a writing job in the Tasks tab;\n"
        "- answer general questions from the model's own knowledge, marked as such, since it may be wrong."
    )
