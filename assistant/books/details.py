""" "Who wrote this book?", "How many chapters does it have?": the book's own details, not a passage.

Asked in chat, "Who wrote Love Among the Chickens?" was a question like any other and quoted a passage
where Ukridge speaks of "the female who wrote that letter" (session 17), though the library holds the
author the file states. This answers from the book's details, cited, or says the file does not say. It
never names an author from the model's own knowledge: the file is the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ..citation import Citation
from .chunking import passage_id
from .model import Book, Chapter


class Detail(StrEnum):
    AUTHOR = "author"
    CHAPTERS = "chapters"


# Who wrote it: "Who wrote …?", "Who is the author (of …)?", "Who's it by?", "What's the author's name?",
# 作者是谁, 谁写的. Which book is for scope.py to say: named, "this book", or the one chosen.
_AUTHOR = re.compile(
    r"^\s*who\s+(?:wrote|authored|is\s+the\s+(?:author|writer)\s+of|was\s+the\s+(?:author|writer)\s+of)\b"
    r"|^\s*who(?:'s|\s+is|\s+was)\s+the\s+(?:author|writer)\s*[?？]*\s*$"
    r"|^\s*who(?:'s|\s+is|\s+was)\s+(?:it|this(?:\s+(?:book|novel))?)\s+(?:by|written\s+by)\s*[?？]*\s*$"
    r"|^\s*what(?:'s|\s+is)\s+the\s+(?:author|writer)['’]s\s+name\b"
    r"|作者是谁|作者叫什么|谁是作者|是谁写的|谁写的|谁写了",
    re.IGNORECASE,
)
_CHAPTERS = re.compile(
    r"^\s*how\s+many\s+chapters\s+(?:does|did|are|is|has|have)\b|有几章|有多少章|共几章|一共几章", re.IGNORECASE
)
# What is left of a question once its asking words and the book's name are gone: a book's details are
# asked only when nothing else is ("Who wrote the letter to Ukridge?" asks about a passage).
_ASKING = re.compile(
    r"\b(?:who|wrote|authored|is|was|'s|the|author|writer|of|it|this|that|book|novel|by|written|what|name|"
    r"how|many|chapters|does|did|are|has|have|in|there)\b|['’]s\b|作者|是谁|谁是|叫什么|谁写的|谁写了|写的|这本书|本书|"
    r"这本|有几章|有多少章|共几章|一共几章|[\s?？.。!！,，的]",
    re.IGNORECASE,
)


def asked_detail(question: str) -> Detail | None:
    """The book detail `question` asks for, or None."""
    if _AUTHOR.search(question):
        return Detail.AUTHOR
    if _CHAPTERS.search(question):
        return Detail.CHAPTERS
    return None


def asks_nothing_else(rest: str) -> bool:
    """Whether the question, without the book's name, asks only for the detail."""
    return not _ASKING.sub("", rest)


@dataclass(frozen=True)
class Details:
    """A question for a book's details (the book named, chosen, or the library's only one)."""

    book: Book
    detail: Detail


def details_reply(asked: Details, chapters: list[Chapter], chinese: bool = False) -> tuple[str, list[Citation]]:
    """The reply and its citation: the detail as the book's file states it (`chapters`: those the book
    numbers, as "the last chapter" counts them), or that the file does not say."""
    book = asked.book
    if asked.detail is Detail.AUTHOR:
        if not book.author.strip():
            if chinese:
                return f"《{book.title}》的文件里没有写作者是谁。", []
            return f"The file of {book.title} doesn't say who wrote it.", []
        stated = f"{book.title} by {book.author}"
        reply = (
            f"《{book.title}》的作者是 {book.author}（据这本书的文件信息）[1]"
            if chinese
            else f"{book.title} is by {book.author}, as the book's file says [1]."
        )
    else:
        count = len(chapters)
        stated = f"{book.title}: {count} chapters"
        reply = f"《{book.title}》共有 {count} 章 [1]" if chinese else f"{book.title} has {count} chapters [1]."
    place = f"《{book.title}》的书目信息" if chinese else f"{book.title}, the book's details"
    # The citation opens the book at its start: the details are the file's, not one passage's.
    citation = Citation(id=passage_id(book.id, 0), text=stated, at=book.added, kind="document", place=place)
    return reply, [citation]
