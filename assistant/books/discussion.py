"""The core pieces of discussing a book: retrieval limited to a book (or one chapter), a chapter's
passages in reading order, its key sentences chosen extractively (each cited by its passage), and
"chapter 3" / "第三章" / "the chapter called The Arrival" resolved to a chapter.

Ranking stays retrieval's: this module only narrows what it ranks. The answer pipeline decides when a
question is about a book and words the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..answer.compose import in_quotes
from ..memory.model import Hit, Memory
from ..memory.places import book_condition, chapter_label
from ..memory.retrieval import search
from ..memory.store import MemoryStore
from ..reminders.numbers import chinese_number, english_number
from ..sentences import is_finished, split_sentences
from .model import Book

MIN_SENTENCE_CHARS = 40  # shorter is dialogue ("“Here you are!”") or a heading, not a key sentence
MIN_SENTENCE_CJK = 12
MAX_SENTENCE_CHARS = 400
DIVERSITY = 0.7  # maximal marginal relevance: how much centrality counts against repeating a point
_CHAPTER_WORDS = re.compile(
    r"\b(?:chapter|ch\.?)\s*(?P<n>\d+|[ivxlcdm]+|[a-z]+(?:[- ][a-z]+)?)\b"
    r"|第\s*(?P<zh>\d+|[零〇一二两三四五六七八九十百]+)\s*[章回节]",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"(?:chapter|ch\.)?\s*(?:\d+|[ivxlcdm]+)\.?", re.IGNORECASE)


@dataclass
class KeySentence:
    text: str
    memory: Memory  # the passage it comes from: cite it with places.place_of(memory)


def search_book(
    store: MemoryStore, query: str, book_id: str, *, chapter: int | None = None, limit: int = 5
) -> list[Hit]:
    """The passages of one book (or one chapter of it) that best answer `query`, best first."""
    return search(store, query, limit, kinds=["document"], where=book_condition(book_id, chapter))


def chapter_passages(store: MemoryStore, book_id: str, chapter: int) -> list[Memory]:
    """A chapter's passages in reading order."""
    return sorted(store.where(book_condition(book_id, chapter)), key=lambda m: m.position)


def book_passages(store: MemoryStore, book_id: str) -> list[Memory]:
    """The whole book's passages in reading order (the reader view pages through them)."""
    return sorted(store.where(book_condition(book_id)), key=lambda m: m.position)


def key_sentences(store: MemoryStore, book_id: str, chapter: int, limit: int = 5) -> list[KeySentence]:
    """The sentences that say most of what the chapter says, in reading order: each sentence's closeness
    to the chapter's centre of meaning, traded against repeating a sentence already chosen (MMR).
    Extractive, so every one is the book's own words and cites its passage."""
    passages = chapter_passages(store, book_id, chapter)
    candidates: list[tuple[str, Memory]] = []
    for memory in passages:
        # A heading at the top of a passage is a sentence of its own, not the start of the first one.
        for sentence in split_sentences(memory.text):
            if _worth_keeping(sentence):
                candidates.append((sentence, memory))
    if not candidates:
        return [KeySentence(m.text.split("\n\n")[0], m) for m in passages[:limit]]
    vectors = store.embedder.embed([s for s, _ in candidates])
    centre = vectors.mean(axis=0)
    centre /= np.linalg.norm(centre) or 1.0
    central = vectors @ centre
    chosen: list[int] = []
    while len(chosen) < min(limit, len(candidates)):
        if chosen:
            redundancy = (vectors @ vectors[chosen].T).max(axis=1)
        else:
            redundancy = np.zeros(len(candidates), dtype=np.float32)
        score = DIVERSITY * central - (1 - DIVERSITY) * redundancy
        score[chosen] = -np.inf
        chosen.append(int(np.argmax(score)))
    return [KeySentence(candidates[i][0], candidates[i][1]) for i in sorted(chosen)]


def _worth_keeping(sentence: str) -> bool:
    if not is_finished(sentence):
        return False  # a passage cut inside a long paragraph: the sentence goes on in the next one
    cjk = sum(1 for c in sentence if "\u4e00" <= c <= "\u9fff")
    if cjk:
        return MIN_SENTENCE_CJK <= len(sentence) <= MAX_SENTENCE_CHARS
    return MIN_SENTENCE_CHARS <= len(sentence) <= MAX_SENTENCE_CHARS


def resolve_chapter(book: Book, words: str) -> int | None:
    """The chapter a phrase names, as its number in the book (`Chapter.n`): "chapter 3", "ch. III",
    "chapter three", "第三章" match the chapter whose own title carries that number (else the third in
    order); otherwise a chapter whose title contains the phrase. `book` must come from `Library.get`."""
    chapters = book.chapter_list
    m = _CHAPTER_WORDS.search(words)
    if m:
        raw = m.group("n") or m.group("zh") or ""
        number = _number(raw) or _number(re.split(r"[- ]", raw)[0])  # "chapter three about …"
        if number is not None:
            for chapter in chapters:
                if chapter_label(chapter.title, chapter.n) == f"ch. {number}":
                    return chapter.n
            for chapter in chapters:
                zh = re.match(r"第\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*[章回节]", chapter.title)
                if zh and _number(zh.group(1)) == number:
                    return chapter.n
            return number if 1 <= number <= len(chapters) else None
    needle = " ".join(words.lower().split()).strip(" “”\"'")
    if len(needle) >= 3:
        for chapter in chapters:
            if needle in chapter.title.lower():
                return chapter.n
    return None


def _number(text: str) -> int | None:
    text = text.strip().lower()
    if not text:
        return None
    for read in (english_number, chinese_number):
        try:
            value = read(text)
        except (KeyError, ValueError):
            continue
        if isinstance(value, int) or float(value).is_integer():
            return int(value) if value > 0 else None
    label = chapter_label(text, 0)  # a Roman numeral ("iii"): places reads them for citations too
    return int(label[4:]) if label.startswith("ch. ") and label[4:].isdigit() else None


@dataclass
class Overview:
    """What a chapter says, in its own words: the key sentences, each marked [n] for the passage it is
    from; `cited` lists those passages in the order of their marks."""

    text: str
    cited: list[Memory]
    sentences: list[KeySentence]


def book_outline(book: Book, *, chinese: bool = False) -> str:
    """What a whole book is, from the library: its author and chapters, and how to ask about one. A
    summary of a whole novel from a few sentences would mislead; a chapter's can be checked."""
    titles = [c.title for c in book.chapter_list if c.title.strip()]
    shown = "; ".join(titles[:30]) + ("; …" if len(titles) > 30 else "")
    if chinese:
        by = f"（{book.author}）" if book.author else ""
        return f"《{book.title}》{by}共 {len(titles)} 章：{shown}。可以问某一章，例如“第三章讲了什么？”"
    by = f" by {book.author}" if book.author else ""
    return (
        f"“{book.title}”{by} has {len(titles)} chapters: {shown}. "
        "Ask about any one of them, e.g. “what happens in chapter 3?”"
    )


def chapter_overview(store: MemoryStore, book: Book, chapter: int, *, chinese: bool = False) -> Overview:
    """The chapter's key sentences (extractive: nothing in it is not the book's), cited by passage."""
    keys = key_sentences(store, book.id, chapter)
    title = next((c.title for c in book.chapter_list if c.n == chapter), "")
    label = chapter_label(title, chapter)
    if label.startswith("ch. "):
        named = ("第" + label[4:] + "章") if chinese else "Chapter " + label[4:]
        if title and not _BARE_NUMBER.fullmatch(title.strip()):
            named += f"（“{title}”）" if chinese else f" (“{title}”)"
    else:
        named = label
    if not keys:
        empty = f"{named} of “{book.title}” has no text."
        if chinese:
            empty = f"《{book.title}》的{named}没有可以引用的文字。"
        return Overview(empty, [], [])
    cited: list[Memory] = []
    lines = []
    for key in keys:
        if all(m.id != key.memory.id for m in cited):
            cited.append(key.memory)
        mark = next(i for i, m in enumerate(cited, 1) if m.id == key.memory.id)
        lines.append(f"- {in_quotes(key.text)} [{mark}]")
    head = f"{named} of “{book.title}”, in its own words:"
    if chinese:
        head = f"《{book.title}》{named}的要点（书中原话）："
    return Overview(head + "\n" + "\n".join(lines), cited, keys)
