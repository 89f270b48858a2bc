"""What chat says back when a reminder's time reads more than one way: a question with the candidates."""

from __future__ import annotations

import re

from .display import when_text, when_text_zh
from .model import ReminderQuestion

ASKED = re.compile(r":\s*which one(?: did you mean)?\?$")  # the reasons' own question, for the command line


def clarifying_question(question: ReminderQuestion, chinese: bool = False) -> str:
    """'Which did you mean: Thu 5 Mar, 09:00 or Sun 3 May, 09:00? Nothing is set until you say.'"""
    if chinese:
        options = "还是".join(when_text_zh(c, question.now) for c in question.candidates)
        if options:
            return f"这个时间有不止一种理解：是{options}？请再说一次具体时间，提醒还没有设置。"
        return f"这个时间我没能完全看懂（{question.reason}）。请换个说法，例如“周五晚上八点半”；提醒还没有设置。"
    if question.candidates:
        options = " or ".join(when_text(c, question.now) for c in question.candidates)
        reason = ASKED.sub(".", question.reason)  # asked once, with the options, not twice
        return f"{reason} Which did you mean: {options}? Say it again with the one you mean; nothing is set yet."
    return f"{question.reason} Nothing is set yet."
