"""The line of the user's own notes that answers a question. Notes are written a line a thing ("- Bins:
recycling every other Tuesday", "Mum: 07700 900456", "12 March: sowed tomatoes"), under a heading that
names what the list is about; a chunk of them holds a dozen subjects, so its cosine to any one question
is low and a question's words are spread over its lines. Read line by line: the line that holds the
subject asked about (or its heading does), and holds an answer of the kind asked for, answers.

A word that asks for a kind of answer is held by an answer of that kind: "When is bin day?" by the
weekday in "Bins: recycling every other Tuesday", "What's the vet's phone number?" by "01632 960321".
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ..language import CJK, is_chinese
from ..sentences import is_markdown_heading, is_title, note_lines, split_paragraphs, split_sentences
from . import lexicon
from .answer_kind import CALENDAR, asks_where, says_where
from .expects import Expects, expects, has_answer_kind
from .in_chinese import held_in_chinese
from .in_english import held_in_english
from .synonyms import in_other_words
from .terms import dictionary_translations, is_cjk_term, mentioned, term_words, terms, zh_kin

_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|o[’']clock|[点时]", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|weekend|daily|每天|周[一二三四五六日末]|星期", re.IGNORECASE
)
_DIGITS = re.compile(r"\d[\d \-]{4,}\d")  # a phone number, a reference: six digits or more
# The words that ask for a kind of answer, and how a line holds one: "day" by a date or a weekday, "time"
# by a clock time or a date, "number" by a number, "phone" by a run of digits.
_KIND_TERMS: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(terms("day date"), re.compile(f"{_WEEKDAY.pattern}|\\b\\d{{1,2}}(?:st|nd|rd|th)?\\b", re.I)),
    **dict.fromkeys(terms("time"), re.compile(f"{_CLOCK.pattern}|{_WEEKDAY.pattern}", re.I)),
    **dict.fromkeys(terms("number no reference ref code"), re.compile(r"\d")),
    **dict.fromkeys(terms("phone mobile telephone tel"), _DIGITS),
    **dict.fromkeys(["时候", "时间", "哪天"], re.compile(r"\d|[一二三四五六七八九十]|周|星期|每")),
    # "When is the rent due?" asks when, as "When is bin day?" does: "每月15号交房租。", "due back on the 20th".
    **dict.fromkeys(terms("due"), re.compile(rf"\d|[一二三四五六七八九十]|周|星期|每|{_WEEKDAY.pattern}", re.I)),
    # "钢琴课是星期几？" asks which weekday: "lessons on Thursday".
    "星期": _WEEKDAY,
    # "多少钱" asks an amount as "how much" does: "房租多少钱？" for "每月15号交房租，4200元。".
    **dict.fromkeys(["号码", "电话", "多少", "钱"], re.compile(r"\d")),
    "多久": re.compile(r"\d|[一两二三四五六七八九十半]|每"),
}


# Verbs a question asks what is done with: the notes leave them out ("When should I take my levothyroxine?"
# for "Medication: levothyroxine 50mcg every morning"; "When is the recycling collected?" for "Bins:
# recycling every other Tuesday"; "周六上午做什么？" for "周六上午带狗狗去公园。"). Not required of a line, while
# another thing asked is held.
_DONE = frozenset(terms("take use get come go have make do put keep need collect happen")) | {"做", "干", "要", "用"}


@dataclass(frozen=True)
class NoteLine:
    sentence: int  # the index of its first sentence in the passage (sentences.split_sentences)
    count: int  # how many sentences it has
    text: str
    held: frozenset[str]  # the asked terms it (or its heading) holds


def is_list(text: str) -> bool:
    """A passage of notes: half its paragraphs or more are lines of notes (sentences.note_lines)."""
    lines = note_lines(text)
    return len(lines) > 1 and 2 * sum(lines) >= len(lines)


def _lines(text: str) -> list[tuple[int, int, str, bool]]:
    """Each line of notes in `text` (sentences.note_lines) as (its first sentence, how many, its text,
    whether it is a heading), and each sentence of the other paragraphs as (its index, 0, its text, and
    whether it is a heading: a paragraph of one short unfinished sentence, "## Gran's flapjacks")."""
    out: list[tuple[int, int, str, bool]] = []
    first = 0
    for paragraph, line in zip(split_paragraphs(text), note_lines(text), strict=True):
        sentences = split_sentences(paragraph)
        if line and sentences:
            text_of_line = " ".join(sentences)
            out.append((first, len(sentences), text_of_line, is_markdown_heading(text_of_line)))
        else:
            alone = len(sentences) == 1
            out += [(first + i, 0, sentence, alone and is_title(sentence)) for i, sentence in enumerate(sentences)]
        first += len(sentences)
    return out


def _heading(sentences: list[str]) -> str:
    """A chunk's first line when it is a heading."""
    first = sentences[0] if len(sentences) > 1 else ""
    return first if first and is_title(first) else ""


def _held(question: str, asked: AbstractSet[str], text: str) -> set[str]:
    """The asked terms `text` holds: in its words, in another form of them the stemmer leaves apart
    ("allergic", "Allergies"), in the table's other words, in the other language."""
    found = mentioned(set(asked), text) | in_other_words(asked, text)
    own = terms(text)
    found |= {
        t
        for t in asked - found
        if len(t) >= 5 and any(len(u) >= 5 and (u.startswith(t) or t.startswith(u)) for u in own)
    }
    # In the other language: a line of either may mix the two ("Wi-Fi 密码是 sunflower2024。" is no Chinese
    # text by its share of letters, and holds "password" only in Chinese).
    if is_chinese(question):
        if is_chinese(question) != is_chinese(text):
            found |= _held_in_english(question, asked, text)
    elif CJK.search(text):
        found |= set(dictionary_translations(question, set(asked), text)) | held_in_chinese(question, set(asked), text)
    return found


def _held_in_english(question: str, asked: AbstractSet[str], text: str) -> set[str]:
    """The Chinese terms asked that an English line states: a word of the question by any of its senses
    (in_english.held_in_english: a compound by the part stated, so 身份证号码, "ID card number", is not held
    by "The landlord's number is …"), one of the user's people by what they are to the user (terms.zh_kin)."""
    theirs = set(term_words(text))
    found = held_in_english(question, set(asked), text, senses=len(lexicon.glossary()))
    for word in lexicon.chinese_words(question) if theirs else []:
        kin = zh_kin().get(word)
        if kin is not None and kin & theirs:
            found |= {t for t in asked if is_cjk_term(t) and t in word}
    return found


def kind_held(asked: AbstractSet[str], text: str) -> set[str]:
    """The asked words for a kind of answer that a line holds an answer of that kind for."""
    return {t for t in asked & _KIND_TERMS.keys() if _KIND_TERMS[t].search(text)}


def answering_line(question: str, asked: AbstractSet[str], text: str, spare: int) -> NoteLine | None:
    """The line of the notes `text` that holds the question's subject (the asked terms less the words for a
    kind of answer, held by the line or its heading, one of them by the line itself), lacking at most
    `spare` of three or more of them, and every word for a kind of answer; None when no line does. Of
    several, the one holding most. A line is an item (a list's mark, a key and colon), or any line of a
    passage that is a list ("Blood pressure 128/82 on 4 October" among "Blood type: O negative" and the
    rest) or under a heading holding some of the subject."""
    subject = set(asked) - _KIND_TERMS.keys()
    kinds = set(asked) & _KIND_TERMS.keys()
    if subject - _DONE:
        subject -= _DONE
    if not subject:
        return None
    sentences = split_sentences(text)
    heading = _heading(sentences)
    first_above = _held(question, subject, heading) if heading else set()
    above = first_above
    kind = expects(question)
    listed = is_list(text)
    where = asks_where(question) or bool(_ZH_WHERE.search(question))
    need = len(subject) - (spare if len(subject) >= 3 else 0)
    best: NoteLine | None = None
    for at, count, line, titles in _lines(text):
        # The heading a line is under names what it is about: "Bake at 180C for 25 minutes." is of the
        # flapjacks under "## Gran's flapjacks" (a chunk's first heading, "# Recipes", names nothing asked).
        if titles:
            above = _held(question, subject, line) or first_above
            continue
        # Under a heading that names the subject, any line: "1 cup red lentils, …" under "Dal".
        if line == heading or not (count or listed or above):
            continue
        own = _held(question, subject, line)
        if not own or len(own | above) < need:
            continue
        if kind_held(kinds, line) != kinds or (kind is not None and not _of_kind(kind, line, question)):
            continue
        if where and not _says_where(line):
            continue
        held = frozenset(own | above | kinds)
        if best is None or len(held) > len(best.held):
            best = NoteLine(at, max(count, 1), line, held)
    return best


# A time said in notes: not any number (expects.py counts "42" as a day of a book's month; "password
# maple-otter-42" answered "When is the wifi password?"), but a month or weekday, a day's ordinal or
# date, a year, a clock time, a recurrence, a part of the day.
_WHEN = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b\d{1,2}[/.]\d{1,2}\b|\b(?:19|20)\d\d\b|\bevery\b|\beach\b|\b(?:dai|week|month|year|night)ly\b"
    r"|\b(?:morning|afternoon|evening|night|today|tonight|tomorrow|weekend)s?\b"
    rf"|{_CLOCK.pattern}|{_WEEKDAY.pattern}|[年月日号周天]|每",
    re.IGNORECASE,
)


# "Where is my passport?" is answered by a line saying where ("我的护照在卧室的抽屉里。"), not by one saying only
# when it expires ("My passport expires in June 2029."), which held as much of the question.
_ZH_WHERE = re.compile(r"哪里|哪儿|在哪|什么地方")
_ZH_PLACE = re.compile(r"[在放停住存挂锁]|位于")


def _says_where(line: str) -> bool:
    """A sentence saying where; a key's value is taken to ("停车位：B2层 118号": its key says what it is)."""
    if _KEY.search(line):
        return True
    value = line.lstrip("-*•·+ \t")  # "- My passport …": "My" names nothing
    return says_where(CALENDAR.sub("", value)) or bool(_ZH_PLACE.search(value))  # "in June" is no place


_KEY = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")  # a key's colon, not a clock's ("06:40")


def _of_kind(kind: Expects, line: str, question: str) -> bool:
    """The line's value (after its key) holds an answer of the kind asked: a time for "When …?"."""
    value = _KEY.split(line, maxsplit=1)[-1]
    return bool(_WHEN.search(value)) if kind is Expects.DATE else has_answer_kind(kind, value, question)
