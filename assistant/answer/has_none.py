"""A remark saying the user has none of what is asked about: "I don't have a car" for "What car do I drive?",
"I'm not married" for "What's my wife's name?", "我没有车" for "我开什么车？".

It names no thing of the kind, so answer_kind.gives_no_thing kept it out, and the question got "I don't
know" although the user had said (session 17): the answer is that remark, cited.
"""

from __future__ import annotations

import re

from .terms import PEOPLE, owned
from .terms import terms as text_terms

_EN_NONE = re.compile(
    r"\b(?:i|we)\s+(?:don't|do not|dont|no longer|never)\s+(?:have|own|drive|keep|run)\s+(?:a|an|any)\s+"
    r"(?:(?:pets?|kids?|children)\s+(?:or|and)\s+)?([a-z]+)"
    r"|\b(?:i|we)\s+(?:have|own)\s+no\s+([a-z]+)|\bno\s+([a-z]+)\s+(?:now|any ?more)\b",
    re.IGNORECASE,
)
_EN_UNMARRIED = re.compile(r"\b(?:i'm|i am)\s+(?:not\s+married|single|unmarried)\b", re.IGNORECASE)
_PARTNER = frozenset(text_terms("wife husband partner spouse girlfriend boyfriend married marry"))
_ZH_NONE = re.compile(r"我(?:们)?(?:家)?(?:还)?没有([\u4e00-\u9fff]{1,2})")
_ZH_UNMARRIED = re.compile(r"我(?:还)?(?:是)?单身|我(?:还)?没(?:有)?结婚")
_ZH_PARTNER = ("老婆", "老公", "妻子", "丈夫", "爱人", "女朋友", "男朋友", "对象", "结婚")


def says_none(question: str, text: str) -> bool:
    """Whether `text` says the user has none of the thing (or no partner) the question asks about as theirs."""
    asked = text_terms(question)
    if _EN_UNMARRIED.search(text) or _ZH_UNMARRIED.search(text):
        return bool(asked & _PARTNER) or any(w in question for w in _ZH_PARTNER)
    if owned(question) & PEOPLE:
        return False  # "What car does my sister drive?" is not answered by the user having none
    things = {t for m in _EN_NONE.finditer(text) for g in m.groups() if g for t in text_terms(g)}
    things |= {m.group(1) for m in _ZH_NONE.finditer(text) if m.group(1) in question}
    return bool(things & asked) or any(t in question for t in things if not t.isascii())
