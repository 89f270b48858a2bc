"""The words of an answer built from evidence: the memory or passage itself, quoted with its date or
place, so what is shown cannot be wrong about what was said or written."""

from __future__ import annotations

from datetime import datetime

from ..grounding import memory_answer
from ..language import is_chinese
from ..memory.model import Memory
from ..sentences import split_sentences
from .terms import mentioned, terms

# What a passage is called when its place is not known (a document imported without one).
_UNPLACED, _UNPLACED_ZH = "Your document", "你导入的文档"
QUOTE_CHARS = 320  # a quote longer than this is cut at a word boundary: the citation opens the rest


def best_sentences(question: str, text: str) -> str:
    """The sentence of a passage that holds most of the question's terms, with the next one when it
    is short (an answer often completes the sentence that names the subject)."""
    parts = split_sentences(text)
    if not parts:
        return text[:QUOTE_CHARS]
    asked = terms(question)
    scores = [len(mentioned(asked, s)) for s in parts]
    best = max(range(len(parts)), key=lambda i: (scores[i], -i))
    quote = parts[best]
    if len(quote) < 80 and best + 1 < len(parts):
        quote += (" " if not is_chinese(quote) else "") + parts[best + 1]
    if len(quote) > QUOTE_CHARS:
        cut = quote.rfind(" ", 0, QUOTE_CHARS)
        quote = quote[: cut if cut > QUOTE_CHARS // 2 else QUOTE_CHARS] + "…"
    return quote


def passage_answer(question: str, memory: Memory, place: str | None) -> str:
    quote = best_sentences(question, memory.text)
    if is_chinese(question):
        return f"{place or _UNPLACED_ZH}中写道：“{quote}” [1]"
    return f"{place or _UNPLACED} says: “{quote}” [1]"


def nearby_passages(question: str, memories: list[Memory], places: list[str | None], first: int = 2) -> str:
    """The other passages close to the question, after the answer: each one's best sentence and place,
    numbered on from the answer's own citation."""
    if not memories:
        return ""
    zh = is_chinese(question)
    unplaced, colon = (_UNPLACED_ZH, "：") if zh else (_UNPLACED, ": ")
    lines = [
        f"[{n}] {place or unplaced}{colon}“{best_sentences(question, m.text)}”"
        for n, (m, place) in enumerate(zip(memories, places, strict=True), first)
    ]
    heading = "其他相近的段落：" if zh else "Other passages close to the question:"
    return "\n\n" + heading + "\n" + "\n".join(lines)


def quoted_answer(question: str, memory: Memory, place: str | None, now: datetime | None = None) -> str:
    """The product's own answer for a memory or a passage (a memory's day said relative to `now`)."""
    if memory.kind == "document":
        return passage_answer(question, memory, place)
    return memory_answer(question, memory, now)


def not_in_documents(question: str) -> str:
    if is_chinese(question):
        return "我在你给我的书和文档里没有找到回答这个问题的内容。"
    return "I couldn't find anything in your books or documents that answers that."


def evidence_block(memories: list[Memory], places: list[str | None]) -> str:
    """The evidence as the model sees it: numbered, with where each comes from."""
    lines = [
        f"[{n}] ({place or m.created[:10]}) {m.text}"
        for n, (m, place) in enumerate(zip(memories, places, strict=True), 1)
    ]
    return "Answer only from this, in one or two sentences, and cite it as [1]:\n" + "\n".join(lines)
