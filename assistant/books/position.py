""" "Where did I stop reading?": the place the reader view keeps, not a passage that mentions reading.

Asked in chat, it was a question like any other and quoted a passage about "reading sensational novels"
(session 16). The reader view keeps each book's place (`Library.set_position`); this answers from it,
cited, or says the book has not been opened in the reader yet. It never guesses a place.
"""

from __future__ import annotations

import re

from ..citation import Citation
from ..errors import NotFound
from ..memory.model import Memory
from ..memory.places import CHINESE, ENGLISH, place_of
from ..memory.store import MemoryStore
from ..sentences import split_sentences
from .model import Book

# "Where did I stop (reading)?", "where did I leave off / get to", "where was I in the book?", "how far have
# I read / got", "what page / chapter am I on / up to?"; 我读到哪儿了, 上次看到哪里, 读到第几章了.
# Not "Where was I born?" nor "Where was I in July?": "where was I" counts alone, before "up to", or "in the book".
_ASKS = re.compile(
    r"\bwhere\s+(?:did|had|have)\s+I\s+(?:stop(?:ped)?|leave\s+off|left\s+off|get\s+to|got\s+(?:up\s+)?to)\b"
    r"|\bwhere\s+(?:was|am|were)\s+I\s*(?:\?|$|up\s+to\b|(?:in|at)\s+(?:the|this|my)\s+(?:book|novel|story)\b)"
    r"|\bwhere\s+(?:are|were)\s+we\s+up\s+to\b"
    r"|\bhow\s+far\s+(?:have|had|did)\s+I\s+(?:read|got|get|gotten)\b"
    r"|\bwhat\s+(?:page|chapter)\s+(?:am|was|are)\s+(?:I|we)\s+(?:on|up\s+to|at)\b"
    r"|(?:我|上次)\S{0,3}[读看]到(?:哪|第几)",
    re.IGNORECASE,
)
QUOTE_CHARS = 200


def asks_where_i_stopped(question: str) -> bool:
    return bool(_ASKS.search(question))


def where_i_stopped(books: list[Book], store: MemoryStore, chinese: bool = False) -> tuple[str, list[Citation]]:
    """The reply and its citations: each book's place where the reader stopped, newest reading first,
    or that it has not been opened in the reader (`books`: the one asked about, or the whole library)."""
    if not books:
        if chinese:
            return "你的书库里还没有书：先在“书库”里添加一本。", []
        return "There are no books in your library yet: add one in the Library first.", []
    started = [(b, m) for b in sorted(books, key=lambda b: b.read_at, reverse=True) if (m := _passage(b, store))]
    if not started:
        if len(books) == 1:
            title = books[0].title
            if chinese:
                return f"你还没有在阅读视图里打开《{title}》：打开后，读到的地方会被记下。", []
            return f"You haven't opened {title} in the reader yet: once you do, the place you stop is kept.", []
        if chinese:
            return "你还没有在阅读视图里读过书库里的任何一本书。", []
        return "You haven't read any of your books in the reader yet.", []
    words = CHINESE if chinese else ENGLISH
    lines, citations = [], []
    for n, (book, memory) in enumerate(started, 1):
        place = place_of(memory, words=words)
        percent = round(book.progress * 100)
        quote = _opening(memory.text)
        if chinese:
            lines.append(f"你在《{book.title}》读到{place or '这里'}（约{percent}%）：“{quote}” [{n}]")
        else:
            at = place or "this passage"
            lines.append(f"You stopped reading {book.title} at {at} ({percent}% of the way): “{quote}” [{n}]")
        citations.append(Citation.of(memory, place))
    return "\n".join(lines), citations


def _passage(book: Book, store: MemoryStore) -> Memory | None:
    if not book.position:
        return None
    try:
        return store.get(book.position)
    except NotFound:
        return None  # the passage is gone (the book was imported again): no place to name


def _opening(text: str) -> str:
    """The passage's first sentences, as far as QUOTE_CHARS: where the reader will pick up."""
    quote = ""
    for sentence in split_sentences(text):
        if quote and len(quote) + len(sentence) > QUOTE_CHARS:
            break
        quote = f"{quote} {sentence}".strip()
    return quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1].rstrip() + "…"
