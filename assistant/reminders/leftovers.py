"""Time words the rules did not read: if any are left in the task, part of the time was not understood.

The rules blank what they read; what is left becomes the task. A stray "pm", "o'clock", "tomorrow" or
下午三点 in that remainder means the stored time would leave out something the person said ("at 8.30pm"
read as 8:00), so the parser asks instead of storing. Names and numbers that only look like times
("Chapter 11", "version 3.5", "the 5th floor", 下午茶, "the 3 o'clock meeting") are not flagged.
"""

from __future__ import annotations

import re
from difflib import get_close_matches

from .numbers import EN_HOUR, EN_NUMBER, ZH_NUMBER
from .words_en import ANY_WD, FULL_WD, MONTHS, NOT_A_DAY, TOMORROW, TONIGHT

MARK = "\x1f"  # where the rules blanked a phrase they read (parser.read_time)
_HOLIDAY = (
    r"(?:christmas(?:\s+(?:eve|day))?|xmas(?:\s+eve)?|boxing\s+day|new\s+year'?s(?:\s+(?:eve|day))?|"
    r"hallowe'?en|valentine'?s(?:\s+day)?|easter(?:\s+(?:sunday|monday))?|good\s+friday|thanksgiving|"
    r"bonfire\s+night|guy\s+fawkes(?:\s+night)?|mother'?s\s+day|father'?s\s+day|st\.?\s+patrick'?s\s+day)"
)
_ATTRIBUTIVE = r"(?<!\w)(?:the|my|our|your|his|her|their|a)\s+"  # "the 5pm train": which train, not when
_EN = [
    rf"\b{EN_HOUR}\s*(?:[:.]\s*\d\d\s*)?(?:[ap]\s*\.?\s*m\b|o'?\s?clock\b)",
    r"(?<![\w.:])[.:]\d\d\b",  # the minutes of a clock time whose hour was read alone: "8" of "8.30pm"
    r"(?<![\w.])[ap]\.\s*m\.",
    # No \b after the digits: "at 5ish" is a time the rules did not read, not a number with a suffix.
    r"\b(?:at|by|from|until|till)\s+\d{1,2}(?:[:.]\d\d)?(?!\d)(?!\s*(?:%|percent|people|pages?|copies|pills?|"
    r"tablets?|items?|apples?|kg|km|miles?|per|x\b))",
    # "set an alarm for 6.45": a dotted time is read only after "at" or with am/pm ("for 2.45 hours" is none)
    r"\bfor\s+\d{1,2}\.\d\d\b(?!\s*(?:hours?|hrs?|minutes?|mins?|miles?|km|kg|%|pounds?|euros?|dollars?)\b)",
    rf"\b(?:half|quarter|five|ten|twenty(?:[- ]five)?)\s+(?:past|to)\s+{EN_HOUR}\b|\b\d{{1,2}}\s+past\s+{EN_HOUR}\b",
    rf"\b(?:today|{TONIGHT}|{TOMORROW}|yesterday|noon|midnight|midday)\b",
    # A second time joined to one read ("at 3 and 5 to stretch"): one reminder was stored, the other lost
    # in the task. Not a count of something ("at 5 and 2 kids to pick up").
    rf"{MARK}\s*,?\s*(?:and|or|then|&)\s+(?:at\s+)?\d{{1,2}}(?:[:.]\d\d)?(?![\d%])"
    r"(?!\s+(?!to\b|o'?clock\b|[ap]\.?m\b)[a-z]{2,})",
    r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b",
    rf"\b{FULL_WD}\b(?!'s)",
    r"\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?(?=\s+(?:at\b|@|\d|morning|afternoon|evening|night)|\s*[-–])",
    # A day named by a holiday ("on Christmas Eve", "Halloween at 6"): the rules read no holidays, and a
    # clock time read without its day would be today's. Only where it stands as a time (after on/for/by…,
    # opening the sentence, or before a time read): "buy Christmas cards at 5" is a task.
    rf"(?:^\s*|\b(?:on|for|by|before|after|until|till|over|at|around)\s+){_HOLIDAY}\b"
    rf"|\b{_HOLIDAY}(?=\s*(?:{MARK}|$))",
    rf"\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\b",
    rf"\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+{NOT_A_DAY}\b)",
    r"\b(?:in|after)\s+\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b",
    r"\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:later|from\s+now|ago)\b",
    r"\b(?:next|this|last)\s+(?:week|month|year|morning|afternoon|evening|night)\b",
    rf"\b(?:until|till)\s+(?:the\s+end\b|{MONTHS}\b|\d)",  # "every Friday until March": an end never kept
    # A time set by something else ("10 minutes before the meeting at 3pm", "after lunch tomorrow"): the
    # rules read the clock time or the day and dropped the offset or the meal (spot checks, session 9).
    rf"\b(?:{EN_NUMBER}|half\s+an?)\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+(?:before|after|earlier|prior)\b",
    r"\b(?:before|after)\s+(?:breakfast|lunch|dinner|supper|tea|work|school|church)\b",
]
_ZH = [
    rf"{ZH_NUMBER}\s*(?:点|时|分钟|小时|刻钟)",
    rf"{ZH_NUMBER}\s*(?:天|周|个?星期|个?月|年)(?:以?后|之后)",
    rf"{ZH_NUMBER}\s*[号日](?![本记])",
    r"今天|明天|今儿|明儿|后天|昨天|今晚|明晚|明早|早上|上午|中午|下午(?!茶)|傍晚|晚上|凌晨|半夜",
    # A time set by something else (明天下班前, 每天睡前): the day was read and the moment dropped (09:00).
    r"(?:下班|上班|放学|下课|早饭|午饭|晚饭|早餐|午餐|晚餐|吃饭|睡觉|睡)(?:之?前|以前|之?后|以后)",
    r"(?:周|星期|礼拜)[一二三四五六日天]",
    r"为止|除外|直到",  # an end or an exception the rules do not keep ("到三月为止")
    # Holidays, where they stand as the day ("国庆节晚上八点", "春节前提醒我"), not in "买圣诞礼物".
    rf"(?:春节|除夕|元旦|国庆节?|中秋节?|端午节?|清明节?|元宵节?|圣诞节?|平安夜|情人节|劳动节|儿童节|母亲节|"
    rf"父亲节|感恩节|万圣节|重阳节?)(?=\s*(?:{MARK}|提醒|那天|当天|前|后|$))",
]
LEFTOVER = re.compile("|".join(f"(?:{p})" for p in _EN + _ZH), re.IGNORECASE)
ATTRIBUTIVE = re.compile(rf"{_ATTRIBUTIVE}$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s*[a-z]{3,}", re.IGNORECASE)


# Times said loosely, which the rules do not read ("around 7", "at like 6", "at lunch"). With no other
# time in the sentence, the refusal names them: "No time given" alone reads as if nothing was said.
_LOOSE = re.compile(
    r"\b(?:around|about|roughly|approximately|like)\s+\d{1,2}(?:[:.]\d\d)?\b"
    r"|\b(?:at|by|after|before|around)\s+(?:lunch|lunchtime|dinner|dinnertime|breakfast|teatime|bedtime|supper)\b",
    re.IGNORECASE,
)


def loose_time(rest: str) -> str | None:
    """A time the rules did not read, said loosely or left over, in a sentence where they read none."""
    found = _LOOSE.search(rest.replace(MARK, " "))
    return found[0] if found else unread_time(rest)


def unread_time(rest: str) -> str | None:
    """The first piece of the remainder (read phrases blanked to MARK) that reads as a time the rules did
    not take, or None."""
    for found in LEFTOVER.finditer(rest):
        before, after = rest[: found.start()], rest[found.end() :]
        # "the 3 o'clock meeting", "my 5pm class": the time names the thing, it is not when to remind
        if (
            ATTRIBUTIVE.search(before)
            and NOUN_AFTER.match(after)
            and not re.match(r"\s*(?:at|on|in|by|tomorrow|today|tonight)\b", after, re.IGNORECASE)
        ):
            continue
        return _unmarked(found[0])
    return misspelt_day(rest)


def _unmarked(piece: str) -> str:
    """A piece of the remainder as one line, the phrases read (MARK) left out."""
    return re.sub(r"\s+", " ", piece.replace(MARK, " ")).strip()


# A day and month written with a dot beside a time that was read ("call Ana 5.3 at 2pm", "15.3 at 9") or
# after a word that dates it ("on the 15.3"): the rules read one only after "on" or with its final dot
# ("20.3."), and the time was stored for a day of their own. Asked only where no day was read: beside one
# ("update python to 3.12 on Friday") the number is a version, a chapter or a price more often than a date.
_DOTTED_DAY = r"(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.?(?![\d.])"  # 5.3, 15.03., not 3.30
# Not after a word that makes it a number of its own: "version 3.5", "chapter 3.2", "page 4.1".
_NOT_A_DATE = r"(?<!version )(?<!release )(?<!chapter )(?<!section )(?<!page )(?<!level )(?<!step )"
_DOTTED = re.compile(
    rf"(?<![\w.]){_NOT_A_DATE}{_DOTTED_DAY}(?=\s*{MARK})|(?:{MARK}\s*|\b(?:the|by|until|till)\s+){_DOTTED_DAY}",
    re.IGNORECASE,
)


def dotted_day(rest: str) -> str | None:
    """A dotted day and month left in the remainder beside a time read (see above), or None."""
    found = _DOTTED.search(rest)
    return _unmarked(found[0]) if found else None


# A misspelt day or month ("tommorow at 9", "Novmber 5 at 7pm") was left in the task while the clock time
# beside it was read for today (or "Febuary 3rd" for the 3rd of next month): 2 of the 10 silently wrong
# times in the everyday corpus (session 9), and two more found after it. The usual spellings of tomorrow are
# read (words_en.TOMORROW); any other word within a letter or two of one of these is asked about. At a
# cutoff of 0.8, "money", "fried", "borrow", "sunny", "remember" stay below it; "sundae" does not, and is
# asked about. Months of five letters or fewer are left out: "match" and "marsh" are a letter from "march".
TIME_WORDS = (
    "today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday "
    "january february august september october november december"
).split()


def misspelt_day(rest: str) -> str | None:
    """A word that looks like a misspelt day or month ("tommorow", "wensday", "Febuary"), or None. Plurals
    and the words themselves are not misspellings ("on Mondays" is read by the rules; what is left is the
    task's)."""
    for word in re.findall(r"[a-z0-9]{5,}", rest.lower()):
        if word in TIME_WORDS or word.removesuffix("s") in TIME_WORDS:
            continue
        if get_close_matches(word, TIME_WORDS, n=1, cutoff=0.8):
            return word
    return None


_CONTINUES = re.compile(
    rf"{MARK}\s*(?:past\b|to\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|[.:]\d|"
    rf"[ap]\s*\.?\s*m\b|o'?\s?clock\b|(?:and|n|&)\s+a\s+half\b|ish\b|eve\b|hrs?\b|\d|week\b|after\s+next\b|-?\s*(?:one|two|three|four|five|"
    rf"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|oh)\b)"
    rf"|\b(?:past|to|next|this|every|each)\s*{MARK}"
    # "a week on Friday", "Monday to Friday" with only one of the days read
    rf"|\bweeks?\s*(?:on|from)?\s*{MARK}|\b{ANY_WD}\s*(?:-|–|to|through|thru)\s*{MARK}"
    # An hour opening the time, before the day it belongs to ("7 tomorrow morning"): only the day was read
    rf"|(?:^|\bme\s+)\d{{1,2}}(?:[.:]\d\d)?\s*{MARK}"
    # "this time tomorrow", "tomorrow at the same time": a clock time the rules do not read (probe, session 9)
    rf"|\b(?:this|that|the\s+same|same)\s+time\s*{MARK}|{MARK}\s*(?:at\s+)?(?:this|that|the\s+same|same)\s+time\b"
    # A limit on a time read ("until Friday", "except Sunday", "before Friday"): a reminder has no end or
    # exception, so the time stored would drop it; asked instead.
    rf"|\b(?:until|till|through|except|excluding|but\s+not|before|from|starting|between)\s*{MARK}"
    rf"|\b(?:half|quarter|past|at|ten|twenty|five)\s*{MARK}(?=\s*$|\s*\d)"
    rf"|[点分号日]\s*{MARK}|{MARK}\s*[点分刻半号日]"
    rf"|(?:直到|除了|除)\s*{MARK}|{MARK}\s*(?:之前|以前|前(?![往面])|除外|为止)",
    re.IGNORECASE,
)


def continued_time(rest: str) -> str | None:
    """Words stuck to a phrase the rules read that continue it ("at 5 past": 5 past what?), or None."""
    found = _CONTINUES.search(rest)
    return re.sub(r"\s+", " ", found[0].replace(MARK, "…")).strip() if found else None


# A time corrected in mid-sentence ("at 5, no, 6", "at 8 actually make it 9", 后天，哦不，大后天): the rules
# read the first and left the correction in the task, so the time the person took back was stored (5 of
# the 27 silently wrong lines of session 11's third set). Which one stands is theirs to say: asked.
_CORRECTED = re.compile(
    rf"\b(?:no|nope|sorry|wait|actually|i\s+mean|i\s+meant|scratch\s+that|make\s+(?:it|that)|or\s+rather|"
    rf"correction)\b[\s,.!:;-]*(?:(?:no|make\s+it|i\s+mean|at|on)\b[\s,.]*)*(?:{MARK}|\d+(?:[:.]\d\d)?(?:\s*[ap]m\b)?|{ANY_WD}\b|{TOMORROW}\b|"
    rf"today\b|{EN_HOUR}\b)"
    rf"|(?:不对|不是|哦不|噢不|啊不|我是说|我的意思是|改成|改到)\s*[，,。、]?\s*(?:{MARK}|\d+点?|[一二三四五六七八九十两]+点?|"
    r"[今明后大]+天|周.|星期.|礼拜.)",
    re.IGNORECASE,
)


def corrected_time(rest: str, text: str) -> str | None:
    """A correction of the time said in mid-sentence, in the words said, or None."""
    found = _CORRECTED.search(rest)
    return as_said(found, rest, text) if found else None


# Vague words around a time read ("early next week", "sometime next week", 下周找个时间, 下个月初): the
# rules read the week or month and stored its first day at 09:00, which the person did not say.
_VAGUE = re.compile(
    rf"\b(?:early|late|sometime|some\s+time|one\s+day|some\s+day|any\s+day|any\s*time|whenever)\s*{MARK}"
    rf"|找个时间|哪天|有空的?时候|{MARK}\s*(?:[初中]旬?|上旬|下旬)",
    re.IGNORECASE,
)


def vague_time(rest: str, text: str) -> str | None:
    """Vague words beside a time read, in the words said ('early next week'), or None."""
    found = _VAGUE.search(rest)
    return as_said(found, rest, text) if found else None


def as_said(found: re.Match[str], rest: str, text: str) -> str:
    """A piece of the remainder with each MARK put back as the words it stands for ('early next week', not
    'early …'): the remainder is the sentence with each phrase read replaced by MARK, so its pieces between
    MARKs are the sentence's own words, in order, and the phrases read are what lies between them."""
    pieces = rest.split(MARK)
    aligned = re.match(r"\s*(.+?)\s*".join(re.escape(p.strip()) for p in pieces) + r"\s*$", text, re.DOTALL)
    fragment = found[0]
    if aligned:
        before = rest[: found.start()].count(MARK)
        for k in range(fragment.count(MARK)):
            fragment = fragment.replace(MARK, aligned[before + k + 1].strip(), 1)
    fragment = re.sub(r"\s+", " ", fragment.replace(MARK, "…")).strip(" ,，")
    return re.sub(r"(?<=[\u3400-\u9fff，、])\s+(?=[\u3400-\u9fff])", "", fragment)  # Chinese has no spaces


# An event the time hangs on ("after the match tomorrow", "before my flight on Friday", "at breakfast"):
# with no clock time said, the day's 09:00 was stored, which is not when the match ends.
_EVENT = re.compile(
    r"\b(?:before|after)\s+(?!(?:i|you|he|she|we|they|it|that|this|which|then|and|or)\b)"
    r"(?:(?:the|my|our|your|his|her|their|a|an)\s+)?[a-z]{3,}"
    r"|\b(?:at|during|over)\s+(?:breakfast|lunch|dinner|supper|tea|bedtime|teatime|dinnertime)\b"
    r"|\b(?:when|once|as\s+soon\s+as)\s+(?:i|we|you|he|she|they|the|my)\b",
    re.IGNORECASE,
)


def event_time(rest: str) -> str | None:
    found = _EVENT.search(rest.replace(MARK, " "))
    return found[0] if found else None


def loose_beside(rest: str) -> str | None:
    """A time said loosely ('around 3') beside a day the rules read ('tomorrow around 3'): else 09:00."""
    found = _LOOSE.search(rest.replace(MARK, " "))
    return found[0] if found else None
