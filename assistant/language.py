"""Which language a text is in, as far as the product needs to know: Chinese or not.

The one place that answers it: the chat's routing, grounding, the reminder parser, retrieval's routing
by script and the voice that reads a reply aloud all ask here.
"""

from __future__ import annotations

import re
from functools import lru_cache

# CJK Unified Ideographs (+ extension A, compatibility) and the kana, so Japanese is treated alike.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def cjk_share(text: str) -> float:
    """Fraction of the letters in `text` that are CJK (0.0 for an English sentence, ~1.0 for Chinese)."""
    letters = len(_LETTERS.findall(text))
    if not letters:
        return 0.0
    return sum(len(r) for r in CJK.findall(text)) / letters


# Asked of the same texts over and over: of the question by every rule for every candidate sentence
# (in_english.py asks once per sentence of 40 passages), 700 times a question at 10,000 memories plus a
# book. A pure function of the text (two regexes): cached, it was 1.5 of 20 s in the profile of the cost
# bench's questions.
@lru_cache(maxsize=16384)
def is_chinese(text: str) -> bool:
    """Mostly Chinese: answer in Chinese, read it with the Mandarin voice ("提醒我 check the oven 十分钟后" is;
    "buy 豆腐 at the market tomorrow" is not). Chinese around names written in Latin letters is Chinese
    however long the names: "Beale是谁？" was answered in English by the model, as not Chinese."""
    return cjk_share(text) > 0.3 or _names_in_chinese(text)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def _names_in_chinese(text: str) -> bool:
    """Chinese words, and Latin ones that are all names (capitalised): "Ukridge和Beale是什么关系？"."""
    latin = _LATIN_WORD.findall(text)
    return len(CJK.findall(text)) > 0 and sum(map(len, CJK.findall(text))) >= 2 and all(w[0].isupper() for w in latin)


def has_cjk(text: str) -> bool:
    """Any Chinese (or Japanese) characters at all: worth trying the Chinese rules on."""
    return CJK.search(text) is not None


_EN_QUESTION = re.compile(
    r"\?\s*$|^\s*(who|what|where|when|which|why|how|do|did|does|am|is|are|was|have|has|can)\b", re.IGNORECASE
)
_ZH_QUESTION = re.compile(r"[?？吗呢]|什么|哪|谁|几|多少|怎么|是否")


def is_question(text: str) -> bool:
    """A question rather than a statement (asking is not telling: no facts are drawn from questions)."""
    return bool((_ZH_QUESTION if is_chinese(text) else _EN_QUESTION).search(text))


# Requests that ask for something the evidence may hold, though not phrased as questions.
_REQUEST = re.compile(
    r"^\s*(please\s+)?(tell|list|describe|explain|summari[sz]e|give|name|show|find|quote|recall|remind me)\b"
    r"|^\s*(请)?(介绍|讲讲|讲一下|说说|总结|概括|列出|告诉我)",
    re.IGNORECASE,
)


def asks(text: str) -> bool:
    """A question or a request for information, rather than a remark to chat about (or to remember as
    something the user told: "Tell me about my wife" says nothing of her)."""
    return is_question(text) or bool(_REQUEST.search(text))
