"""Where a finished text's sentences end: quoting a passage, ranking passages by their best sentence,
cutting a long paragraph into passages, choosing a chapter's key sentences and checking a model's reply
sentence by sentence all split here (voice/sentences.py splits a reply while it is still streaming in,
and asks here which words end in a full stop that is not a sentence's end).
"""

from __future__ import annotations

import re

# A full stop after these is not a sentence's end: titles ("Mr. Ukridge"), "e.g.", and an initial ("S. F.
# Ukridge", any single letter). Compared lower-cased, without the final dot.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr rev capt col gen lt no vs etc cf viz e.g i.e a.m p.m fig approx dept inc ltd co".split()
)

# Western punctuation followed by a space (after a closing quote or bracket, if one follows), or a
# Chinese full stop or semicolon, which needs no space after it (nor does its closing quote).
_END = re.compile(r"(?<=[.!?…][”’\"')\]]) +|(?<=[.!?…]) +|(?<=[。！？；])(?![”’」』])|(?<=[。！？；][”’」』])")
# What a whole sentence ends with: a heading ("XVII: Of a Sentimental Nature") or a piece cut inside a
# long paragraph does not.
_FINISHED = re.compile(r"[.!?…。！？][”’\"')）」』]*$")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
# What opens an item of a list: "- ", "* ", "• ", "1. ", "2) ".
LIST_MARK = r"(?:[-*•]|\d{1,2}[.)])"
_ITEM_NUMBER = re.compile(r"\d{1,2}\.")  # "1. Call the bank": the number of an item of a list ends nothing
# A blank line, or a line that starts an item of a list: "- Car insurance: Direct Line, policy no. …" is a
# line of the user's notes of its own, not a sentence running on into "- Boiler service: …" (quoted whole
# for "When is bin day?", and the next passage's lead held the insurance policy; session 15).
_PARAGRAPH = re.compile(rf"\n\s*\n|\n(?=[ \t]*{LIST_MARK}[ \t]+\S)")
# A single line break inside a paragraph is where a hard-wrapped line ended (plain-text books wrap at 70
# characters): within Chinese it joins without a space.
_WRAP_CJK = re.compile(r"(?<=[\u3400-\u9fff，。、；：！？])[ \t]*\n\s*(?=[\u3400-\u9fff])")
_WRAP = re.compile(r"[ \t]*\n\s*")
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+\S")


def is_markdown_heading(line: str) -> bool:
    """ "## Gran's flapjacks": a title of what follows, however short the lines around it."""
    return _MD_HEADING.match(line) is not None


def is_abbreviation(word: str) -> bool:
    """`word`, without its final full stop, is an abbreviation or an initial."""
    token = word.lower()
    return len(token) == 1 and token.isalpha() or token in ABBREVIATIONS


def is_finished(sentence: str) -> bool:
    """`sentence` ends as a sentence does, with its closing quote if it has one."""
    return bool(_FINISHED.search(sentence.rstrip()))


def is_title(line: str, width: int = 80) -> bool:
    """A line that titles what follows ("Shed", "阳台花草", "Gran's flapjacks"): short, ending in a word, no
    sentence's end. Not speech broken off ("… with Phyllis—”", which ends no sentence either but is the
    story: a book development quote lost it), nor an item of a list ("- Car insurance: Direct Line, policy
    no. DL-88213-X", which the quote skipped; session 15)."""
    return len(line) <= width and line[-1:].isalnum() and not is_finished(line) and not is_item(line)


# A line of notes that is an item of its own: a list's mark, or a short key and a colon ("Wifi: …",
# "12 March: sowed tomatoes", "物业电话：…"), not a clock's ("at 06:40").
_ITEM = re.compile(rf"[ \t]*(?:{LIST_MARK}[ \t]+\S|[^\s:：#][^:：\n]{{0,40}}(?:(?<!\d)[:：]|[:：](?!\d)))")
_NOTE_LINE_CHARS = 100  # a hard-wrapped book's lines are about 70 characters: its paragraphs are no lists


def is_item(paragraph: str) -> bool:
    """Whether a paragraph is an item of a list or a key-value line of the user's notes."""
    return _ITEM.match(paragraph) is not None


def _lines_apart(paragraph: str) -> bool:
    """A paragraph read line by line, as notes are written: short lines, half of them or more items ("Mum:
    07700 900456" over "Plumber: Dave Hughes, …", or a diary's "12 March: …" lines). It was one run-on
    sentence: "Who is our plumber?" quoted the whole page of contacts, placed at its first line."""
    lines = paragraph.split("\n")
    if len(lines) < 2 or any(len(line) > _NOTE_LINE_CHARS for line in lines):
        return False
    said = [line for line in lines if not _MD_HEADING.match(line)]  # a heading opens any paragraph
    if len(said) > 1 and all(_chinese_sentence_line(line) for line in said):
        return True  # a sentence a line: "周二晚上倒可回收垃圾。" over "每月15号交房租，4200元。"
    return 2 * sum(1 for line in lines if is_item(line)) >= len(lines) or all(map(_entry, lines))


# A short Chinese line that ends a sentence was not wrapped there: a hard-wrapped text fills its lines,
# and few of them end a sentence. Chinese only: there a wrapped line joins its neighbours without a space,
# so "房租多少钱？" quoted three lines of chores; an English sentence a line is read as prose, its quote
# placed at its own line all the same (sentence_starts).
_SHORT_LINE_CHARS = 60
_CJK = re.compile(r"[\u3400-\u9fff]")


def _chinese_sentence_line(line: str) -> bool:
    return is_finished(line) and len(line.strip()) <= _SHORT_LINE_CHARS and _CJK.search(line) is not None


# A line written as an entry, not wrapped prose: it opens as a sentence does and ends with no punctuation
# at all ("Train from King's Cross, 9:30 on Friday, coach C seat 42" / "Staying at the Balmoral, …"). Latin
# script only: Chinese has no capitals to tell an entry from a wrapped line by.
_ENTRY = re.compile(r"^[ \t]*[A-Z0-9].*[\w)\u3400-\u9fff]$")


def _entry(line: str) -> bool:
    return _ENTRY.match(line.rstrip()) is not None


def _breaks(text: str) -> list[tuple[int, int, bool]]:
    """Where `text`'s paragraphs end and the next start: blank lines, list items, and each line of a
    paragraph read line by line; with whether the paragraph before is such a line."""
    out: list[tuple[int, int, bool]] = []
    start = 0
    for m in [*_PARAGRAPH.finditer(text), None]:
        end = m.start() if m else len(text)
        paragraph = text[start:end]
        apart = "\n" in paragraph and _lines_apart(paragraph.strip("\n"))
        lines = paragraph.split("\n")
        at = start
        for line, after in zip(lines, lines[1:], strict=False):
            at += len(line)
            # A markdown heading is a paragraph of its own, wrapped into no sentence: "## Gran's flapjacks"
            # ran into "250g oats, …" below it, so no line was read as under it.
            if apart or _MD_HEADING.match(line) or _MD_HEADING.match(after):
                out.append((at, at + 1, apart))
            at += 1
        if m:
            out.append((m.start(), m.end(), apart))
            start = m.end()
    return out


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of `text`, as split_sentences cuts it: its sentences are theirs, in order."""
    pieces, start = [], 0
    for a, b, _ in _breaks(text):
        pieces.append(text[start:a])
        start = b
    return [*pieces, text[start:]]


def note_lines(text: str) -> list[bool]:
    """For each paragraph of split_paragraphs, whether it is a line of notes of its own: an item, or a
    line of a paragraph read line by line ("Staying at the Balmoral" after "Train from …, 9:30")."""
    breaks = _breaks(text)
    apart = [line for _, _, line in breaks]
    last = text[breaks[-1][1] :] if breaks else text
    tail = "\n" not in last.strip("\n") and bool(breaks) and breaks[-1][2] and breaks[-1][1] - breaks[-1][0] == 1
    return [a or _short_item(p) for a, p in zip([*apart, tail], split_paragraphs(text), strict=True)]


def _short_item(paragraph: str) -> bool:
    """An item that is a line of notes: short. A paragraph of an encyclopedia can open "名称：…" too."""
    return is_item(paragraph) and len(paragraph) <= _NOTE_LINE_CHARS and "\n" not in paragraph.strip()


def sentence_starts(text: str) -> list[int]:
    """For each sentence split_sentences finds, where in `text` it starts: what a citation places a quote
    by (a line of a file, a paragraph of a book). Its own line, not its paragraph's first: "The water butt
    leaks at the tap" under "Feed the tomatoes … once the flowers set." was cited at the line before."""
    starts = [0, *(b for _, b, _ in _breaks(text))]
    out: list[int] = []
    for start, paragraph in zip(starts, split_paragraphs(text), strict=True):
        at = start
        for sentence in split_sentences(paragraph):
            found = _opening(sentence).search(text, at, start + len(paragraph))
            out.append(found.start() if found else at)
            at = found.end() if found else at
    return out


def _opening(sentence: str) -> re.Pattern[str]:
    """A sentence's first characters as they stand in the text, where a wrapped line may break them."""
    return re.compile(r"\s*".join(map(re.escape, sentence[:12].replace(" ", ""))))


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`. A blank line (between paragraphs, after a heading) ends one too."""
    found: list[str] = []
    for paragraph in split_paragraphs(text):
        sentences: list[str] = []
        for piece in _END.split(_WRAP.sub(" ", _WRAP_CJK.sub("", paragraph.strip()))):
            piece = piece.strip()
            if not piece:
                continue
            last = _LAST_WORD.search(sentences[-1]) if sentences else None
            if last and is_abbreviation(last.group(1)) or sentences and _ITEM_NUMBER.fullmatch(sentences[-1]):
                sentences[-1] = f"{sentences[-1]} {piece}"
            else:
                sentences.append(piece)
        found += sentences
    return found
