"""What kind of answer a question expects, and whether a sentence has one: "How many fights…" is
answered by a sentence with a number in it, "On what date…" by one with a date, "Whom did he beat…" by
one naming someone the question does not. Among sentences that hold the question's terms equally, the
one with an answer of the asked kind is more often the answer (focus.py)."""

from __future__ import annotations

import re
from enum import Enum

from .terms import names


class Expects(Enum):
    NUMBER = "number"
    DATE = "date"
    PERSON = "person"


# A number said in words; asked_shape.py reads counts and distances with it.
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    "seventy|eighty|ninety|hundred|thousand|million|dozen|half|[a-z]+teen"
)
_EN_NUMBER = re.compile(rf"\b(?:\d+|{NUMBER_WORDS})\b", re.IGNORECASE)
_ZH_NUMBER = re.compile(r"[0-9０-９零一二三四五六七八九十百千万亿两]")
# "day" as well: "from the day that I married" says when the uncle will pay. Once "the narrator" was held
# by narration in the first person (spoken_of.py), that passage passed the gate and lost the choice to one
# with "next morning" only for want of a date; with "day", cited (first development book set 34 → 35) and
# nothing else on any development set moved (docs/benchmarks.md, session 13).
_EN_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?|\d{1,4}(?:st|nd|rd|th)?|morning|afternoon|evening|"
    r"night|day|o[’']clock|yesterday|to-?morrow|week|month|year|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)
_ZH_DATE = re.compile(r"[0-9０-９零一二三四五六七八九十百千]+\s*[年月日号]|世纪|年代|[春夏秋冬]天|早上|晚上|上午|下午")

_EN_ASKS = [
    (
        Expects.NUMBER,
        re.compile(
            r"^(?:how (?:many|much|tall|old|long|far|high|big|often)|(?:by |at )?what (?:temperature|score|age|"
            r"price|number|sum))\b",
            re.IGNORECASE,
        ),
    ),
    (Expects.DATE, re.compile(r"^(?:when|(?:on |in )?what (?:date|year|time|day|month))\b", re.IGNORECASE)),
    (Expects.PERSON, re.compile(r"^(?:(?:with|to|by|from|for) )?(?:who|whom|whose)\b", re.IGNORECASE)),
]
_ZH_ASKS = [
    (Expects.NUMBER, re.compile(r"多少|几[个年次岁位名人种只条天]|多大|多高|多长|多远|多重")),
    (Expects.DATE, re.compile(r"什么时候|哪一?年|何时|哪天|几月|哪个月|几号")),
    (Expects.PERSON, re.compile(r"谁")),
]


def expects(question: str) -> Expects | None:
    """The kind of answer `question` asks for, when its words say so; None for the rest ("what", "why")."""
    q = question.strip()
    for kind, pattern in _EN_ASKS + _ZH_ASKS:
        if pattern.search(q):
            return kind
    return None


def has_answer_kind(kind: Expects, sentence: str, question: str) -> bool:
    if kind is Expects.NUMBER:
        return bool(_EN_NUMBER.search(sentence) or _ZH_NUMBER.search(sentence))
    if kind is Expects.DATE:
        return bool(_EN_DATE.search(sentence) or _ZH_DATE.search(sentence))
    # Someone the question does not name: a name inside the sentence (names() skips its first word,
    # capitalised anyway). Chinese names are not told apart from other words, so this says nothing there.
    asked = set().union(*names(question))
    return any(not name & asked for name in names(sentence))
