"""Which book (and chapter) a question is about: "in this book, …", "in Love Among the Chickens, …",
"what happens in chapter 3?", "summarise the last chapter", "第三章讲了什么", or the book chosen in the chat.

`read_scope()` turns the question into a plain `Scope` (the book, the chapter, whether it asks what a
chapter says, and the question without the words that named them), an `Unclear` with the one line that
asks which book or chapter was meant, or None when the question is not about a book. It never guesses:
"chapter 3" with no book chosen and several in the library, or chapter 12 of a 9-chapter book, asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import NotFound
from ..language import is_chinese
from ..memory.places import book_condition, chapter_label
from .details import Details, asked_detail, asks_nothing_else
from .discussion import resolve_chapter
from .library import Library
from .model import Book, Chapter
from .position import asks_where_i_stopped

# "this book", "in the book", "the novel"; Chinese "这本书", "本书", "书里". Not "the story" or "the book of
# the month" alone: too common in questions that are not about a book in the library.
_THIS_BOOK = re.compile(
    r"\b(?:(?:in|from|of|about)\s+)?this\s+(?:book|novel)\b\s*[,:]?"
    r"|\b(?:in|from|of|about)\s+the\s+(?:book|novel)\b\s*[,:]?|这本书里?|本书中?|书里|书中",
    re.IGNORECASE,
)
# "chapter 3 of my thesis": a chapter of something else, not of a book in the library.
_OF_SOMETHING_ELSE = re.compile(r"^\s*(?:of|in)\s+(?:my|your|our|his|her|their|a|an)\b", re.IGNORECASE)
# A chapter by number or word: "chapter 3", "ch. III", "chapter three", "第三章".
_CHAPTER_NUMBER = re.compile(
    r"\b(?:chapter|ch\.)\s*(?:\d+|[ivxlcdm]+\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b)"
    r"|第\s*(?:\d+|[零〇一二两三四五六七八九十百]+)\s*[章回节]",
    re.IGNORECASE,
)
# "the first chapter", "the last chapter", "the final chapter", "最后一章", "第一章" is above.
_CHAPTER_ORDINAL = re.compile(
    r"\bthe\s+(?P<en>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|closing|opening)"
    r"\s+chapter\b|(?P<zh>最后一章|最后一个章节)",
    re.IGNORECASE,
)
_ORDINALS = {
    "first": 1,
    "opening": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# Any other mention of a chapter: the question is about one, even if which is not clear.
# Chinese: "这一章", "本章", "章节", never the 章 of "文章" (an article) or "规章" (rules).
_ANY_CHAPTER = re.compile(r"\bchapters?\b|第\S{1,4}[章回]|[这那本每]一?章|[上下]一章|最后一章|章节", re.IGNORECASE)
# Asking what a chapter says as a whole, rather than something in it.
_OVERVIEW = re.compile(
    r"\bwhat\s+(?:happens|happened|goes\s+on|is\s+(?:said|told))\b|\bsummar(?:ise|ize|y|ies)\b|\brecap\b"
    r"|\bwhat\s+(?:is|was|'s)\b.*\babout\b|\btell\s+me\s+about\b|\bgist\b|\boutline\b|\bkey\s+(?:points|events)\b"
    r"|讲了什么|讲的是什么|讲什么|说了什么|写了什么|发生了什么|内容是什么|主要内容|总结|概括|概述|梗概|大意",
    re.IGNORECASE,
)
# How a book ends or begins is what its last or first chapter says: "How does the story end?" had quoted
# a passage about stories that "invariably ended happily". "It" counts only for a book named or chosen
# ("how did it end?" may be about anything), and so does 结局; "the story", "the book", "the novel" also
# for a library of one book (several: which one is asked).
_ENDS = re.compile(
    r"\bhow\s+(?:does|did|do)\s+(?P<what>it|(?:the|this)\s+(?:story|book|novel))\s+(?P<en>end|finish|begin|start|open)\b"
    r"|\b(?:in|at)\s+the\s+(?P<en2>end|beginning)\b(?:\s+of\s+(?P<what2>(?:the|this)\s+(?:story|book|novel)|it)\b)?"
    r"|(?P<zh>结局|结尾|开头|开篇)",
    re.IGNORECASE,
)
_CALLED = re.compile(r"\bchapter\s+(?:called|titled|named|entitled)\b", re.IGNORECASE)
MIN_TITLE_CHARS = 4  # a book or chapter title shorter than this is too likely an ordinary word


@dataclass(frozen=True)
class Scope:
    book: Book  # from Library.get: has its chapter_list
    chapter: int | None  # Chapter.n, or None for the whole book
    question: str  # the question without the words that named the book ("who is Tobias?")
    overview: bool = False  # asks what the chapter says as a whole ("what happens in chapter 3?")
    named: bool = True  # the question names the book or chapter (not only the book chosen in the chat)

    @property
    def where(self) -> str:
        """The store condition for the passages the answer may come from."""
        return book_condition(self.book.id, self.chapter)

    @property
    def label(self) -> str:
        """ "Love Among the Chickens" or "Love Among the Chickens, ch. 3", for replies."""
        if self.chapter is None:
            return self.book.title
        return f"{self.book.title}, {chapter_label(_chapter(self.book, self.chapter).title, self.chapter)}"


@dataclass(frozen=True)
class Unclear:
    reply: str  # the one line asking which book or chapter was meant


@dataclass(frozen=True)
class Stopped:
    """ "Where did I stop reading?" (position.py): the book named or chosen, else every book."""

    books: list[Book]


def read_scope(
    question: str, library: Library, chosen: str | None = None
) -> Scope | Unclear | Stopped | Details | None:
    """The book and chapter `question` is about; `chosen` is the id of the book chosen in the chat."""
    zh = is_chinese(question)
    rest = question
    named, rest = _named_book(rest, library)
    if asks_where_i_stopped(question):
        return Stopped([named] if named else _chosen(library, chosen) or library.list())
    details = _details(question, rest, named, library, chosen)
    if details is not None:
        return details
    this_book = _THIS_BOOK.search(rest)
    if this_book:
        rest = _cut(rest, this_book)
    chapter_words = _CHAPTER_NUMBER.search(rest) or _CHAPTER_ORDINAL.search(rest)
    ends = None if chapter_words else _ENDS.search(rest)
    if ends and ends["en2"] and not ends["what2"] and not this_book:
        ends = None  # "at the end of the day"; "at the end" of "… of the novel", which _THIS_BOOK took
    if ends and _says_not_whose(ends) and named is None and not this_book and not chosen:
        ends = None
    mentions_chapter = chapter_words is not None or ends is not None or bool(_ANY_CHAPTER.search(rest))
    overview_asked = bool(_OVERVIEW.search(question)) or ends is not None
    if named is None and not this_book and not mentions_chapter and not chosen:
        # "What happens in The Arrival?": a chapter title alone names its book, if only one has it.
        return _titled_anywhere(question, library) if overview_asked else None
    book = named
    if book is None and chosen:
        try:
            book = library.get(chosen)
        except NotFound:
            if zh:
                return Unclear("你选的这本书已不在书库里了。")
            return Unclear("The book chosen for this chat is no longer in your library.")
    if book is None:
        books = library.list()
        if chapter_words and _OF_SOMETHING_ELSE.match(rest[chapter_words.end() :]) and not this_book:
            return None  # a chapter of something else: "how do I structure chapter 3 of my thesis?"
        if not books and not this_book and not (chapter_words and overview_asked):
            return None  # no library to mean, and not clearly asking about a book
        if not books:
            return Unclear(
                "你的书库里还没有书：先在“书库”里添加一本。"
                if zh
                else "There are no books in your library yet: add one in the Library first."
            )
        if len(books) > 1:
            if not this_book and not chapter_words and not ends:
                return None
            return Unclear(_which_book(books, zh))
        book = library.get(books[0].id)
    chapter: int | None = None
    if chapter_words:
        chapter = _resolve(book, chapter_words)
        if chapter is None:
            return Unclear(_which_chapter(book, zh))
        rest = _cut(rest, chapter_words)
    elif ends:
        chapters = story_chapters(book)
        if not chapters:
            return Unclear(_which_chapter(book, zh))
        chapter = chapters[-1 if _at_the_end(ends) else 0].n
        rest = _cut(rest, ends)
    elif mentions_chapter or overview_asked:
        chapter, rest = _chapter_by_title(book, rest)
        if chapter is None and _CALLED.search(rest):
            return Unclear(_which_chapter(book, zh))
    # "What is this book about?": the whole book, when nothing else is asked.
    overview = overview_asked and (chapter is not None or _only_asks(rest))
    named_here = named is not None or bool(this_book) or mentions_chapter
    return Scope(book, chapter, _tidy(rest) or question, overview, named_here)


_SAYS_BOOK = re.compile(r"\b(?:author|writer|chapters)\b|作者|几章|多少章", re.IGNORECASE)


def _details(
    question: str, rest: str, named: Book | None, library: Library, chosen: str | None
) -> Details | Unclear | None:
    """A question for the details of a book (details.py) that names it, says "this book", or asks for
    "the author" of the one chosen or the library's only one; "Who wrote it?" alone may mean anything."""
    detail = asked_detail(question)
    if detail is None:
        return None
    this_book = _THIS_BOOK.search(rest)
    if not asks_nothing_else(_cut(rest, this_book) if this_book else rest):
        return None  # "Who wrote the letter to Ukridge?": something in a book, or "Who wrote Hamlet?"
    says_book = named is not None or this_book is not None or _SAYS_BOOK.search(question)
    books = [named] if named else _chosen(library, chosen) or (library.list() if says_book else [])
    if len(books) > 1:
        return Unclear(_which_book(books, is_chinese(question)))
    return Details(library.get(books[0].id), detail) if books else None


def _chosen(library: Library, chosen: str | None) -> list[Book]:
    try:
        return [library.get(chosen)] if chosen else []
    except NotFound:
        return []


_FILLER = re.compile(
    r"\b(?:what|what's|is|was|it|the|a|an|about|me|tell|please|give|can|could|you|of|in|this|book|novel|briefly|"
    r"quick|short|do|does|whole|all)\b|[这本书里中的吗呢？?。.!！,，\s]",
    re.IGNORECASE,
)


def _says_not_whose(ends: re.Match[str]) -> bool:
    """ "How does it end?" or 结局 (an ending of anything: a match, a film), not "How does the story end?"."""
    return bool(ends["zh"]) or (ends["what"] or ends["what2"] or "").lower() == "it"


def _at_the_end(ends: re.Match[str]) -> bool:
    word = (ends["en"] or ends["en2"] or ends["zh"]).lower()
    return word in ("end", "finish", "结局", "结尾")


def _only_asks(rest: str) -> bool:
    """Nothing is left of the question once its "what happens / summarise" words are taken out."""
    return not _FILLER.sub("", _OVERVIEW.sub("", rest)).strip()


def _named_book(question: str, library: Library) -> tuple[Book | None, str]:
    """The library book whose title the question names (the longest, if several do)."""
    best: tuple[int, Book, re.Match[str]] | None = None
    for book in library.list():
        for title in _title_forms(book.title):
            m = re.search(
                r"(?:\b(?:in|from|of|about)\s+)?[“\"'《]?" + re.escape(title) + r"[”\"'》]?\s*[,:]?", question, re.I
            )
            if m and (best is None or len(title) > best[0]):
                best = (len(title), book, m)
    if best is None:
        return None, question
    return library.get(best[1].id), _cut(question, best[2])


def _title_forms(title: str) -> list[str]:
    """The title as a question would say it: whole, and without a leading article or a subtitle."""
    title = " ".join(title.lower().split())
    forms = {title, re.sub(r"^(the|a|an)\s+", "", title), title.split(":")[0].strip()}
    return [f for f in forms if len(f) >= MIN_TITLE_CHARS]


def _resolve(book: Book, found: re.Match[str]) -> int | None:
    words = found.group(0)
    ordinal = found.groupdict().get("en") or found.groupdict().get("zh")
    if ordinal is None:
        return resolve_chapter(book, words)
    chapters = story_chapters(book)
    if not chapters:
        return None
    if ordinal.lower() in ("last", "final", "closing") or ordinal.startswith("最后"):
        return chapters[-1].n
    index = _ORDINALS[ordinal.lower()] - 1
    return chapters[index].n if index < len(chapters) else None


def story_chapters(book: Book) -> list[Chapter]:
    """The chapters that carry a number when some do ("the last chapter" is not the colophon)."""
    numbered = [c for c in book.chapter_list if chapter_label(c.title, c.n).startswith("ch. ") and c.title.strip()]
    return numbered or book.chapter_list


def _chapter_by_title(book: Book, question: str) -> tuple[int | None, str]:
    """ "the chapter called The Rescue": the chapter whose title (without its number) the question holds."""
    best: tuple[int, Chapter, re.Match[str]] | None = None
    for chapter in book.chapter_list:
        core = re.sub(r"^(?:chapter\s+)?(?:[ivxlcdm]+|\d+)[.:]?\s+|^第\S+[章回节]\s*", "", chapter.title, flags=re.I)
        core = " ".join(core.lower().split())
        if len(core) < MIN_TITLE_CHARS:
            continue
        m = re.search(r"(?<!\w)[“\"'《]?" + re.escape(core) + r"[”\"'》]?(?!\w)", question, re.I)
        if m and (best is None or len(core) > best[0]):
            best = (len(core), chapter, m)
    if best is None:
        return None, question
    return best[1].n, _cut(question, best[2])


def _titled_anywhere(question: str, library: Library) -> Scope | None:
    found = []
    for listed in library.list():
        book = library.get(listed.id)
        chapter, rest = _chapter_by_title(book, question)
        if chapter is not None:
            found.append(Scope(book, chapter, _tidy(rest) or question, True))
    return found[0] if len(found) == 1 else None


def _chapter(book: Book, n: int) -> Chapter:
    return next(c for c in book.chapter_list if c.n == n)


def _which_book(books: list[Book], zh: bool) -> str:
    titles = ", ".join(f"“{b.title}”" for b in books[:5]) + (", …" if len(books) > 5 else "")
    if zh:
        return f"你指的是哪一本书？请在对话里选一本书，或者说出书名：{titles}。"
    return f"Which book do you mean? Choose one to discuss, or name it: {titles}."


def _which_chapter(book: Book, zh: bool) -> str:
    count = len(story_chapters(book))  # "23 chapters", as the book numbers them, not its dedication too
    if zh:
        return f"《{book.title}》共有 {count} 章：你指的是哪一章（1–{count}）？"
    return f"“{book.title}” has {count} chapters: which one do you mean (1–{count})?"


def _cut(text: str, found: re.Match[str]) -> str:
    """The text without what `found` matched, nor the "in"/"of" before it or the comma after it."""
    before = re.sub(r"\b(?:in|of|from|about)\s*$", "", text[: found.start()], flags=re.IGNORECASE)
    after = re.sub(r"^\s*[,:，：]", "", text[found.end() :])
    return before + " " + after


def _tidy(text: str) -> str:
    """The question left after cutting the scope words out: no doubled spaces or stray commas."""
    text = re.sub(r"\s+([,?.!，？。])", r"\1", " ".join(text.split()))
    text = re.sub(r"^[\s,，:：]+|\s+(?:in|of|from)\s*(?=[?？.]?$)", "", text)
    return text[:1].upper() + text[1:] if text else text


def reminder_about_book(text: str, library: Library, chosen: str | None = None) -> tuple[str, Book] | None:
    """ "Remind me to return this book on Friday" with a book chosen (or the book named): the sentence
    with the book's title in place of "this book", for the reminder parser, and the book to link it to.
    None when the reminder is not about a book."""
    named, _ = _named_book(text, library)
    if named is not None:
        return text, named
    if not chosen:
        return None
    found = _REMINDED_BOOK.search(text)
    if found is None:
        return None
    try:
        book = library.get(chosen)
    except NotFound:
        return None
    title = f"《{book.title}》" if is_chinese(text) else f"“{book.title}”"
    group = "it" if found.group("it") else "it2"
    return text[: found.start(group)] + title + text[found.end(group) :], book


# "return this book", "renew the book", "return it", "还这本书", "把这本书还了".
_REMINDED_BOOK = re.compile(
    r"\b(?:return|renew|finish|read|bring\s+back|take\s+back|give\s+back|lend|pass\s+on)\s+(?P<it>(?:this|the)\s+"
    r"(?:book|novel)|it)\b|(?P<it2>这本书)",
    re.IGNORECASE,
)
