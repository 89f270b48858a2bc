"""Which writing system a text is in: retrieval routes full-text search by it.

Chinese has no spaces, so a word tokenizer sees a whole clause as one token; Chinese text is therefore
indexed separately as character n-grams, and queries are routed to the index that can match them.
"""

from __future__ import annotations

import re

from ..language import CJK, cjk_share

__all__ = ["cjk_runs", "cjk_share"]

# A CJK run, or a run of other letters and digits ("64DD", "Kenji", "iPhone").
_RUN = re.compile(rf"{CJK.pattern}|[^\W_{CJK.pattern[1:-2]}]+")


def cjk_runs(text: str, *, latin: bool = True) -> str:
    """What the n-gram index sees: the CJK runs of `text`, space-separated, and with `latin`, in a text
    that has any, the Latin letters and digits written among them ("任天堂64DD" → "任天堂 64DD"). The word
    index cannot find those: it reads "任天堂64DD是" as one token, so a question about "64DD" found its
    paragraph by the vector alone.

    Only passages of documents keep them (schema.py): in the user's own remarks they are mostly names
    ("我朋友Kenji住在北京"), whose single letters matched every other remark with a name in it, and the
    held-out personal questions lost 3 right answers (2 more wrong subjects) when remarks kept them."""
    if not CJK.search(text):
        return ""
    return " ".join(_RUN.findall(text) if latin else CJK.findall(text))
