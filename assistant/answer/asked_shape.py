"""Whether a book passage holds an answer of the shape an open question asks for, not only its topic.

A novel shares its words with questions asked beside it: "Why is the sky blue?" with "a sky of the
palest blue", "How do you poach an egg?" with "boiled chicken and eggs for lunch", "How far is the Sun
from the Earth?" with a passage about the sun setting. Each holds what the question is about and none
of what it asks: a reason, a way of doing it, a distance. An answer to "Why …?" gives a reason
("because", "owing to", "so that"); to "How do you …?" a way ("you must", "the way to", "first");
to "How far …?" a distance; to "How long …?" a length of time or of something; to "How many/much …?"
a number. A passage with none of these is not the book answering the question, whatever it shares.

Only for an open English question (not about the user, not naming the people of the user's books) in
the present tense (what is so, not what happened), and only for book passages: the user's own notes say
such things tersely ("Rent: 15th"), and note_lines.py reads them.
"""

from __future__ import annotations

import re

from .expects import NUMBER_WORDS, Expects, has_answer_kind
from .tense import asks_about_now

_WHY = re.compile(r"^\s*why\b", re.IGNORECASE)
# "because", "owing to", "on account of", "so that", "in order to", "the reason", "that's why", "it
# causes", "therefore", "hence", "since" (also of time: this is what a reason needs, not proof of one).
_REASON = re.compile(
    r"\b(?:because|owing\s+to|due\s+to|on\s+account\s+of|thanks\s+to|so\s+that|in\s+order\s+to|reasons?|"
    r"caus(?:e|es|ed|ing)|therefore|hence|since|that['’]?s\s+why|this\s+is\s+why|as\s+a\s+result|explains?)\b",
    re.IGNORECASE,
)

# "How do you build …?", "How do I keep …?", "How can one tell …?", "How to tie …": a way of doing it.
# "How is a game of tennis scored?" asks the same of a thing done.
_HOW_TO = re.compile(
    r"^\s*how\s+(?:(?:do|does|can|could|should|would|might|must)\s+(?:I|you|one|we|people|someone|anyone)\b|to\b"
    r"|(?:is|are)\b.*\b\w+(?:ed|en)\s*[?.!]?\s*$)",
    re.IGNORECASE,
)
# What says how a thing is done: advice to "you" or "one", the way or secret of it, steps, or an order
# ("Keep the lamp trimmed", "Take two eggs").
_WAY = re.compile(
    r"\b(?:you|one)\s+(?:should|must|need|needs|have\s+to|has\s+to|ought|had\s+better)\b|\b(?:the|a|one)\s+(?:way|secret|trick|knack|art|method)\s+(?:to|of|is)\b|\bhow\s+to\b|"
    r"\bfirst(?:ly)?,|\bstep\b|\bthen\s+(?:you|add|put|take|let)\b|"
    r"(?:^|[.!?:;“\"]\s*)(?:add|put|take|keep|boil|place|mix|stir|cut|pour|turn|remove|heat|use|let|fill|"
    r"leave|wait|tie|fold|wash|cover|bring|break|crack|hold|pull|push|start|begin|make|set)\s",
    re.IGNORECASE | re.MULTILINE,
)

# "Where do Wyandotte chickens come from?", "Where is the Isle of Wight?": a place, named after a word of
# place ("from Ohio", "in the Solent"), which a passage where chickens stray into the wrong coops lacks.
_WHERE = re.compile(r"^\s*where\s+(?:is|are|do|does|can)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|at|from|near|to|into|off|across)\s+(?:the\s+)?[A-Z][\w'’-]+")

# A count, in digits or words or as a rough amount ("a few miles", "several days"); with "a"/"an" as one.
_COUNT = rf"(?:\d[\d,.]*|{NUMBER_WORDS}|few|several|many|some)"
_NUMBER = rf"(?:a|an|{_COUNT})"
_HOW_FAR = re.compile(r"^\s*how\s+far\b", re.IGNORECASE)
_DISTANCE = re.compile(
    rf"\b{_NUMBER}(?:[\s-]+(?:and\s+a\s+half|[a-z]+))?[\s-]+(?:miles?|yards?|feet|foot|kilomet(?:re|er)s?|km|"
    r"leagues?|inches|metres?|meters?|paces|steps)\b|\b(?:miles|yards|leagues)\s+(?:away|off|from)\b",
    re.IGNORECASE,
)
_HOW_LONG = re.compile(r"^\s*how\s+long\b", re.IGNORECASE)
# Not "a day" alone: "forty-five eggs a day" is a rate; "for a day", "in a week" are lengths.
_LENGTH = re.compile(
    rf"\b(?:{_COUNT}|(?:for|in|about|nearly|after|within|takes?|took|taking)\s+(?:a|an))(?:[\s-]+(?:and\s+a\s+half|[a-z]+))?[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|"
    r"months?|years?|centur(?:y|ies)|ages|inches|inch|feet|foot|yards?|miles?|metres?|meters?)\b|"
    r"\b(?:fortnight|all\s+(?:day|night|week|month|year)|overnight|since)\b",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"^\s*how\s+(?:many|much|old|often)\b", re.IGNORECASE)


def lacks_shape(question: str, text: str) -> str:
    """What an English passage lacks of the answer an open question's shape asks for, "" when nothing:
    a reason for "Why …?", a way for "How do you …?", a distance, a length or a number. Only asked of a
    question about how things are: one about what happened ("Why did the plan to drive the hens into the
    basement go wrong?") asks about the story, whose passage says why in its own way ("he had not allowed
    for the hens scattering"; cited, and lost to this rule: fourth development book set)."""
    if not asks_about_now(question):
        return ""
    if _WHY.match(question) and not _REASON.search(text):
        return "gives no reason for a why-question"
    if _HOW_TO.match(question) and not _WAY.search(text):
        return "says no way of doing what is asked"
    if _WHERE.match(question) and not _PLACE.search(text):
        return "names no place"
    if _HOW_FAR.match(question) and not _DISTANCE.search(text):
        return "gives no distance"
    if _HOW_LONG.match(question) and not _LENGTH.search(text):
        return "gives no length of time or of anything"
    if _HOW_MANY.match(question) and not has_answer_kind(Expects.NUMBER, text, question):
        return "gives no number"
    return ""
