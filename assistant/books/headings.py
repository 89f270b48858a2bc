"""Lines that start a chapter in text without markup (plain text, a PDF without an outline):
"CHAPTER III", "Chapter 3. The Arrival", "III. THE ARRIVAL", "第三章 出发", "第3回"."""

from __future__ import annotations

import re

_EN = re.compile(
    r"^(?:chapter|part|book)\s+(?:\d+|[ivxlcdm]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?:[.:—–-]\s*\S.*)?$"
    r"|^(?:chapter|part|book)\s+(?:\d+|[ivxlcdm]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+\S.*$"
    r"|^(?:prologue|epilogue|preface|introduction|foreword|afterword)(?:[.:—–-]\s*\S.{0,60})?$",
    re.IGNORECASE,
)
_ROMAN_TITLE = re.compile(r"^[IVXLC]{1,7}\.?(?:\s+[A-Z][A-Z’'\s,.—–-]*)?$")  # "III." or "III. THE ARRIVAL"
_ZH = re.compile(
    r"^(?:第[0-9〇零一二三四五六七八九十百千两]+[章回节卷部篇]|序[章言]?|楔子|尾声|后记|前言)(?:\s*\S.{0,40})?$"
)
MAX_HEADING_CHARS = 80


def is_chapter_heading(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > MAX_HEADING_CHARS or line.endswith((",", ";")):
        return False
    return bool(_EN.match(line) or _ZH.match(line) or _ROMAN_TITLE.match(line))
