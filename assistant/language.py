"""Which language a text is in, as far as the product needs to know: Chinese or not."""

from __future__ import annotations

import re

# CJK Unified Ideographs (+ extension A, compatibility) and the kana, so Japanese is treated alike.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def cjk_share(text: str) -> float:
    """Fraction of the letters in `text` that are CJK (0.0 for an English sentence, ~1.0 for Chinese)."""
    letters = len(_LETTERS.findall(text))
    if not letters:
        return 0.0
    return sum(len(r) for r in _CJK.findall(text)) / letters


def is_chinese(text: str) -> bool:
    return cjk_share(text) > 0.3
