"""Numbers spelled out, written independently of the code under test so generated cases check it."""

from __future__ import annotations

ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()
)
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ZH = "零一二三四五六七八九"


def english(n: int, hyphen: bool = True) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (("-" if hyphen else " ") + ONES[ones] if ones else "")


def chinese(n: int) -> str:
    """1–99 the way they are said: 十, 十五, 二十, 四十五 (两 for 2 is tested separately)."""
    if n < 10:
        return ZH[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH[tens]) + "十" + (ZH[ones] if ones else "")
