"""The words of an answer built from evidence: the memory or passage itself, quoted with its date or
place, so what is shown cannot be wrong about what was said or written."""

from __future__ import annotations

from dataclasses import dataclass

from ..language import is_chinese
from ..memory.model import Memory
from ..sentences import is_title, note_lines, sentence_starts, split_paragraphs, split_sentences
from .note_lines import is_list
from .terms import mentioned, terms

# What a passage is called when its place is not known (a document imported without one).
_UNPLACED, _UNPLACED_ZH = "Your document", "你导入的文档"
QUOTE_CHARS = 320  # a quote longer than this is cut at a word boundary: the citation opens the rest


@dataclass(frozen=True)
class Quote:
    """A passage's quote, and where the sentence that answers starts in it: the place a citation names,
    not where the quote widened around it starts ("Bake at 180C for 25 minutes." was cited at the
    ingredients' line before it). Computed once (pipeline.Plan.quote): the place and the reply both read it."""

    words: str
    at: int


def quote(question: str, text: str, window: tuple[int, int] | None = None, around: bool = False) -> Quote:
    """The sentences of a passage to quote: `window`, those that hold most of the question as focus.py
    weighed them (rare terms, the kind of answer asked; in Chinese three clauses), or without one the
    sentence holding most of the question's terms; with the next one when that is short (an answer
    often completes the sentence that names the subject), or `around` them, the sentences on either side
    as far as QUOTE_CHARS holds (_around). Quoting the window, the development CMRC quotes held the answer
    for 391 of the 487 passages cited that hold it, against 359 by the count of terms; book quotes 25 of
    31 against 24."""
    parts = split_sentences(text)
    if not parts:
        return Quote(text[:QUOTE_CHARS], 0)
    joiner = "" if is_chinese(text) else " "
    start, end, answering = _quoted(question, text, parts, window, around)
    words = joiner.join(parts[start:end])
    if len(words) > QUOTE_CHARS:
        cut = words.rfind(" ", 0, QUOTE_CHARS)
        words = words[: cut if cut > QUOTE_CHARS // 2 else QUOTE_CHARS] + "…"
    return Quote(words, sentence_starts(text)[answering])


def best_sentences(question: str, text: str, window: tuple[int, int] | None = None, around: bool = False) -> str:
    """The words `quote` quotes."""
    return quote(question, text, window, around).words


def _quoted(
    question: str, text: str, parts: list[str], window: tuple[int, int] | None, around: bool
) -> tuple[int, int, int]:
    """The sentences (from, to) `quote` quotes, and the first of those that answer (before the
    quote is widened around them)."""
    gap = 0 if is_chinese(text) else 1
    if window and window[0] < len(parts):
        start, end = window
    else:
        asked = terms(question)
        scores = [len(mentioned(asked, s)) for s in parts]
        start = max(range(len(parts)), key=lambda i: (scores[i], -i))
        end = start + 1
    core = start + 1 if start < end - 1 and is_title(parts[start]) else start
    # An item of a list is a line of the user's notes of its own: the quote grows within it, not into the
    # items around it ("- Dentist: … 9 April" was quoted with the whole page of notes for "When is my
    # next dentist check-up?"; session 16).
    lo, hi = _item_of(text, start, end) or (0, len(parts))
    if around:
        start, end = _around([len(p) for p in parts[lo:hi]], start - lo, end - lo, gap)
        start, end = start + lo, end + lo
    # A heading ("Shed", "阳台花草") is no part of what the passage says: the quote starts after it.
    while start < end - 1 and is_title(parts[start]):
        start += 1
    if sum(map(len, parts[start:end])) + gap * (end - start - 1) < 80 and end < hi:
        end += 1
    return start, end, max(core, start)


def _item_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The sentences (from, to) of the item of a list that sentences `start`..`end` are in, or None when
    they are not all in one item. An item is a paragraph of its own (sentences.split_paragraphs) that is a
    line of notes (sentences.note_lines: "Staying at the Balmoral, …" after "Train from King's Cross, 9:30
    …" was quoted with it), or any line of a list of notes ("Blood pressure 128/82 on 4 October" among
    "Blood type: O negative" and the rest, note_lines.is_list)."""
    first = 0
    listed = is_list(text)
    for paragraph, line in zip(split_paragraphs(text), note_lines(text), strict=True):
        count = len(split_sentences(paragraph))
        if first <= start < first + count:
            inside = end <= first + count and (line or listed)
            return (first, first + count) if inside else None
        first += count
    return None


def _around(lengths: list[int], start: int, end: int, gap: int) -> tuple[int, int]:
    """The sentences `start`..`end` widened by whole sentences on either side, the one after first and
    then the one before, in turn, while the quote stays within QUOTE_CHARS.

    The sentences that hold most of the question are mostly not the ones that answer it but beside them:
    a reply after the question asked in a dialogue ("“When did she go?” “At the end of the fifth game,”
    said Chase."), the detail after the sentence that names the subject ("… caught by something lying in
    the far corner. It was The Manœuvres of Arthur. The girl had left it behind."), or the reply before
    the sentence that repeats the question's words ("“Chiefly About Chickens. It’s a paper, you know."). Of
    the 88 answers cited with the answer on the first four book development sets, the quote held it for 61
    and now 76 (CMRC development 384 → 437 of the 490 cited), none lost; the median quote grew from 122 to
    290 characters (CMRC 133 → 303). Only the answer's own quote: the passages shown after it are pointers,
    kept short (docs/benchmarks.md, session 14, book18b)."""
    size = sum(lengths[start:end]) + gap * (end - start - 1)
    grew = True
    while grew:
        grew = False
        if end < len(lengths) and size + gap + lengths[end] <= QUOTE_CHARS:
            size += gap + lengths[end]
            end += 1
            grew = True
        if start > 0 and size + gap + lengths[start - 1] <= QUOTE_CHARS:
            start -= 1
            size += gap + lengths[start]
            grew = True
    return start, end


# Quotation marks that open a passage's own dialogue.
_OPENS_QUOTED = ("“", '"', "「")


def in_quotes(words: str) -> str:
    """A passage's words as the reply quotes them: in quotation marks, unless they open with the book's own
    (dialogue, common in a novel), which then mark the quote: ““And Mrs. Beale’s the same?” “Yes, sir.””
    doubled them. A line of dialogue cut before its speaker stops is closed."""
    if not words.lstrip().startswith(_OPENS_QUOTED):
        return f"“{words}”"
    if words.lstrip()[0] == "“" and words.count("“") > words.count("”"):
        return words.rstrip() + "”"
    return words


def passage_answer(question: str, quoted: str, place: str | None) -> str:
    """The product's own answer for a passage: its words `quoted` (Quote.words) with its place."""
    words = in_quotes(quoted)
    if is_chinese(question):
        return f"{place or _UNPLACED_ZH}中写道：{words} [1]"
    return f"{place or _UNPLACED} says: {words} [1]"


def nearby_passages(question: str, quoted: list[str], places: list[str | None], first: int = 2) -> str:
    """The other passages close to the question, after the answer: each one's best sentences (`quoted`,
    Quote.words) and place, numbered on from the answer's own citation."""
    if not quoted:
        return ""
    zh = is_chinese(question)
    unplaced, colon = (_UNPLACED_ZH, "：") if zh else (_UNPLACED, ": ")
    lines = [
        f"[{n}] {place or unplaced}{colon}{in_quotes(words)}"
        for n, (words, place) in enumerate(zip(quoted, places, strict=True), first)
    ]
    heading = "其他相近的段落：" if zh else "Other passages close to the question:"
    return "\n\n" + heading + "\n" + "\n".join(lines)


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
