"""Numbers as people say them: "twenty-five", "a couple of", "十五", "两", "半".

Voice input spells numbers out ("in ten minutes"), so the parser reads words as well as digits. The word
lists are small and closed, which is why they are spelled out here rather than pulled from a library.
"""

from __future__ import annotations

import re

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _english_words() -> dict[str, float]:
    words: dict[str, float] = {w: i for i, w in enumerate(_UNITS)}
    for t in range(2, 10):
        words[_TENS[t]] = t * 10
        for u in range(1, 10):
            for sep in ("-", " "):
                words[f"{_TENS[t]}{sep}{_UNITS[u]}"] = t * 10 + u
    words.update(
        {
            "a": 1,
            "an": 1,
            "a couple of": 2,
            "a couple": 2,
            "couple of": 2,
            "a few": 3,
            "few": 3,
            "several": 3,
            "half a": 0.5,
            "half an": 0.5,
            "a dozen": 12,
            "dozen": 12,
        }
    )
    return words


EN_WORDS = _english_words()
# Longest first, so "twenty five" wins over "twenty".
EN_NUMBER = (
    r"(?:\d+(?:\.\d+)?|"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(EN_WORDS, key=len, reverse=True))
    + r")"
)
# Hours of the clock as words, for "at seven", "half past five".
EN_HOUR = r"(?:\d{1,2}|" + "|".join(sorted(_UNITS[1:13], key=len, reverse=True)) + r")"


_ORDINAL_UNITS = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]


def _english_ordinals() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_ORDINAL_UNITS) if w}
    words.update({"twentieth": 20, "thirtieth": 30})
    for tens, base in (("twenty", 20), ("thirty", 30)):
        for u in range(1, 10 if base == 20 else 2):
            for sep in ("-", " ", ""):
                words[f"{tens}{sep}{_ORDINAL_UNITS[u]}"] = base + u
    return words


EN_ORDINALS = _english_ordinals()
# Days of the month said as ordinals: "5th", "23rd", "the twenty seventh", "the first".
EN_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(EN_ORDINALS, key=len, reverse=True))
    + r")"
)


def english_ordinal(text: str) -> int:
    """'5th', 'twenty seventh', 'twenty-first' → the number. Raises KeyError for anything else."""
    key = re.sub(r"\s+", " ", text.strip().lower())
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", key)
    return int(digits[1]) if digits else EN_ORDINALS[key]


def english_number(text: str) -> float:
    """'25', '2.5', 'twenty-five', 'a couple of' → a number. Raises KeyError for anything else."""
    key = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d+(?:\.\d+)?", key):
        return float(key) if "." in key else int(key)
    return EN_WORDS[key]


_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
ZH_NUMBER = r"(?:\d+|[零〇一二两俩三四五六七八九十百]+)"


def chinese_number(text: str) -> int:
    """'15', '十五', '二十', '两', '一百二十' → an int. Raises KeyError for anything else."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text and all(c in _ZH_DIGITS for c in text) and len(text) > 1:
        return int("".join(str(_ZH_DIGITS[c]) for c in text))  # digit by digit, as in years: 二〇二六
    total, current = 0, 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise KeyError(ch)
    return total + current
