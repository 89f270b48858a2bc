"""Which writing system a text is in: retrieval routes full-text search by it.

Chinese has no spaces, so a word tokenizer sees a whole clause as one token; Chinese text is therefore
indexed separately as character n-grams, and queries are routed to the index that can match them.
"""

from __future__ import annotations

from ..language import CJK, cjk_share

__all__ = ["cjk_runs", "cjk_share"]


def cjk_runs(text: str) -> str:
    """Only the CJK runs of `text`, space-separated: what the n-gram index sees."""
    return " ".join(CJK.findall(text))
