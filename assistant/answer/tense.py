"""How a remark or a question stands in time: how things are now, one occasion, how they once were, a wish or
a plan, or something the user has stopped."""

from __future__ import annotations

import re

from ..language import CJK, is_chinese
from . import lexicon
from .decision import Candidate

# A question about something that happened ("What did Tom give me?", "借给谁了") asks for that event, not
# for the newest remark on its subject; one about how things are ("Where do I live?") asks for the newest.
_EN_PAST = re.compile(r"\b(did|was|were|had|ago|last|yesterday|once)\b", re.IGNORECASE)
_ZH_PAST = re.compile(r"以前|上次|昨天|那天")
_ZH_NOW = re.compile(r"现在|目前|如今|最近")
_EN_NOW = re.compile(r"\b(now|currently|these days|at the moment|nowadays|still)\b", re.IGNORECASE)


def asks_about_now(question: str) -> bool:
    if is_chinese(question):
        return bool(_ZH_NOW.search(question)) or not (_ZH_PAST.search(question) or _zh_aspect(question))
    return bool(_EN_NOW.search(question)) or not _EN_PAST.search(question)


# A wish, a plan or a maybe ("周末想去吃面条", "I might try sushi this weekend") says nothing about how
# things are: it does not answer "What is my favourite food?", unless that is what was asked. Nor does
# "I'd love to try surfing" say what the user enjoys.
_EN_HEDGE = re.compile(
    r"\b(might|maybe|perhaps|wants?\s+to|wanna|would\s+(?:like|love)|'d\s+(?:like|love)|plan(ning)?\s+to|thinking\s+of|"
    r"hoping\s+to|going\s+to\s+try)\b"
    # A condition not met: "If I ever get a dog I'll call it Biscuit", "If we had a garden …".
    r"|^\s*if\s+(?:i|we)\s+(?:ever|had|were|could|won|get|got|bought|moved)\b",
    re.IGNORECASE,
)
_ZH_HEDGE = re.compile(r"想去|想要|想吃|打算|可能|也许|或许|计划|准备")


# A remark about one occasion ("Met Tom at the gym.", "中午吃了面条。", "Work was great today.") tells what
# happened, not how things are.
_EN_OCCASION = re.compile(
    r"\b(today|yesterday|tonight|this morning|last night|was|were|had|met|went|did|saw|ran into|bumped into"
    # Not "again" at another time of the same habit: "I walk the dog at 7 and again at 6" (session 18).
    r"|again(?!\s+(?:at|in the|after|before)\b)|skipped|missed|long day)\b",
    re.IGNORECASE,
)
_ZH_OCCASION = re.compile(r"今天|昨天|中午|晚上|早上|碰到|遇到|没去")


# A question about one occasion ("Where did I drive yesterday?") is answered by one.
ASKS_WHEN = re.compile(
    r"\b(yesterday|today|tonight|last|ago|this morning)\b|昨天|今天|上次|那天|中午|晚上", re.IGNORECASE
)


# A single past action reported ("Drove to the coast with Tom", "I lent my suitcase to Priya", "Priya gave
# me a rice cooker", "刚跑完步"), unless it says how things are now ("Officially …", "… now"): without
# the slot's words, such a remark near the slot's statements is about a day, not the slot. Irregular
# pasts written out, as slots.py writes its inflections. On the development years 121-129 every remark
# the meaning test took wrongly was one (49 answers made wrong before it, none after).
_EN_PAST_ACTION = re.compile(
    r"\b(\w{3,}ed|drove|gave|lent|sent|went|met|saw|took|got|bought|made|ran|ate|came|left|told|found|brought|"
    r"caught|felt|kept|lost|paid|sold|spent|thought|won|wrote|swam|rode|flew|sat|heard|began|broke|chose|drank|"
    r"fell|forgot|grew|hid|hit|hurt|knew|led|let|put|read|said|sang|shut|slept|spoke|stood|stole|taught|threw|"
    r"woke|wore)\b",
    re.IGNORECASE,
)
_EN_AS_NOW = re.compile(r"\b(now|these days|nowadays|currently|at the moment|officially|still)\b", re.IGNORECASE)
_ZH_JUST_DONE = re.compile(r"刚.{0,4}完")


def reports_action(text: str) -> bool:
    if is_chinese(text):
        return bool(_ZH_JUST_DONE.search(text))
    return bool(_EN_PAST_ACTION.search(text)) and not _EN_AS_NOW.search(text)


def happened(text: str) -> bool:
    if is_chinese(text):
        return bool(_ZH_OCCASION.search(text)) or _zh_aspect(text)
    return bool(_EN_OCCASION.search(text))


def _zh_aspect(text: str) -> bool:
    """了 or 过 as a word of its own, marking what was done ("去过", "吃了"), not inside one: 过敏 is an
    allergy ("我对什么过敏？" asked about the past, and "I'm allergic to penicillin" did not answer)."""
    return any(w in ("了", "过") for run in CJK.findall(text) for w in lexicon.words(run))


def hedged(text: str) -> bool:
    return bool(_ZH_HEDGE.search(text) or _EN_HEDGE.search(text))


# How things were ("I used to live in Leeds before we moved", "我以前在杭州工作") does not answer how they
# are, however newly it was said; unless the remark says the now as well ("used to …, now …"). "Used to"
# after be or get means accustomed ("I'm used to the cold"), which is how things are.
_EN_FORMER = re.compile(
    r"(?<!\bam )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bget )(?<!\bgot )(?<!'m )(?<!'re )(?<!'s )(?<!getting )"
    r"\bused to\b|\b(formerly|previously)\b",
    re.IGNORECASE,
)
_ZH_FORMER = re.compile(r"(^|[我他她们]|，)(以前|曾经|之前|过去)")
_ZH_AS_NOW = re.compile(r"现在|目前|如今|还")


def former(text: str) -> bool:
    if is_chinese(text):
        return bool(_ZH_FORMER.search(text)) and not _ZH_AS_NOW.search(text)
    return bool(_EN_FORMER.search(text)) and not _EN_AS_NOW.search(text)


def states(question: str, found: list[Candidate]) -> list[Candidate]:
    """For a question about how things are, the candidates that say so rather than wish or plan it, or
    say how they once were."""
    if not asks_about_now(question) or hedged(question) or former(question):
        return found
    which = bool(_EN_WH.match(question)) and not _EN_ENDED.search(question)
    # A question asking whether ("Do I go to Slimming World?") is answered by how it was and ended: "I used to
    # go to Slimming World but I packed it in" (session 19, "I don't know").
    yes_no = bool(_EN_YES_NO.match(question))
    return [
        c
        for c in found
        if not hedged(c.memory.text)
        and not (former(c.memory.text) and not (yes_no and _EN_BUT_ENDED.search(c.memory.text)))
        and not (which and ended(c))
    ]


_EN_YES_NO = re.compile(r"^\s*(?:do|does|am|is|are|have|has)\s+(?:i|we)\b", re.IGNORECASE)
_EN_BUT_ENDED = re.compile(
    r"\bbut\b.*\b(?:stopped|quit|gave (?:it )?up|given (?:it )?up|packed (?:it )?in|not any ?more|no longer)\b",
    re.IGNORECASE,
)


# A question for a value ("What medication do I take?"), which what the user stopped does not give; "Do
# I take ibuprofen?" is answered by "I've stopped taking ibuprofen".
_EN_WH = re.compile(r"^\s*(?:what|which|who|where|when|how)\b", re.IGNORECASE)
_EN_ENDED = re.compile(r"\b(?:stopped|quit|gave up|given up|no longer)\b", re.IGNORECASE)


def ended(c: Candidate) -> bool:
    """A remark saying the user no longer does something ("I've stopped taking ibuprofen"), unless it
    says what they do now as well."""
    text = c.memory.text
    return bool(_EN_ENDED.search(text)) and not _EN_AS_NOW.search(text)


# A question for the value before the present one with no other value to anchor it ("Where did I live
# before?", "What was my previous job?", "我以前住在哪？"): the newest statement is the present value, and
# was told for it (session 16). anchor.py reads "before Bath".
_EN_BEFORE = re.compile(
    r"\b(?:before|previously|formerly|before that|before then)\s*\??\s*$|\b(?:used to|use to|previous|former)\b",
    re.IGNORECASE,
)
_ZH_BEFORE = re.compile(r"以前|之前|原来|过去")


def asks_before(question: str) -> bool:
    return bool((_ZH_BEFORE if is_chinese(question) else _EN_BEFORE).search(question))
