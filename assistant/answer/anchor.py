"""A question about the value before or after another one ("Where did I live before Bath?", "Who was
my boss after Dana?", "搬到巴斯之前我住在哪？"): the other value is the anchor. It says which time is
meant, it is not what is asked, and a remark that names it states the other value."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import is_chinese
from .slots import SLOTS
from .terms import terms

# The clause runs to the end of the question or to a comma: "before Bath", "before I moved to Bath".
_EN = re.compile(r"\s*\b(before|prior to|after)\b\s+(?P<what>[^?,.!;]+)", re.IGNORECASE)
_ZH = (
    re.compile(r"在(?P<what>[^，。？！、]{1,12}?)(之前|以前|之后|以后)"),
    re.compile(r"^(?P<what>[^我，。？！、][^，。？！、]{0,11}?)(之前|以前|之后|以后)"),
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")
# A time is no anchor: "before Monday" or "八点以前" asks about a day, not the value before another.
_EN_TIME = re.compile(
    r"^(I|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(day)?s?$|^(January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Christmas|Easter|New|Year)$"
)
_ZH_TIME = re.compile(
    r"[0-9０-９一二三四五六七八九十两]+\s*[点號号月年天岁]|周|星期|今天|明天|昨天|早上|晚上|中午|春节|过年"
)


@dataclass(frozen=True)
class Anchor:
    rest: str  # the question without the anchor's clause: what it asks
    named: frozenset[str]  # the anchor's terms: a remark naming one states the anchor, not the answer

    def names(self, text: str) -> bool:
        return bool(self.named & terms(text))


def anchored(question: str) -> Anchor | None:
    """The anchor of a question about the user's past, or None. In English only what is capitalised in
    the clause is the anchor ("before Bath", "before I started at Globex"), so "before work" or "after
    the move" are left as they are; in Chinese the clause's terms, less the words that ask for a slot
    (搬到 of 搬到巴斯之前 asks about the home, 巴斯 is the anchor)."""
    if is_chinese(question):
        m = _ZH[0].search(question) or _ZH[1].search(question)
        if not m or _ZH_TIME.search(m.group("what")):
            return None
        what = m.group("what")
        asking = {t for s in SLOTS for w in s.asks.finditer(what) for t in terms(w.group(0))}
        named = frozenset(terms(what) - asking - terms("我"))
    else:
        m = _EN.search(question)
        if not m:
            return None
        named = frozenset(t for w in _CAPITALISED.findall(m.group("what")) if not _EN_TIME.match(w) for t in terms(w))
    if not named:
        return None
    rest = (question[: m.start()] + question[m.end() :]).strip(" ,，")
    return Anchor(rest, named)
