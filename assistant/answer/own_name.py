"""The user's own name, asked ("What's my name?", "我叫什么名字？") and told as one introduces oneself ("Hi,
I'm Tom", "I'm Tom, 42, a plumber", "My name's Tom", "我叫李明，今年三十岁").

"Name" is a stop word and 叫什么名字 holds no term, so such a question is matched by its sentence alone, and
a remark telling the name among other things is far from it: as a new user (session 17) "I'm Tom, 42, a
plumber, and I live in Leeds with my wife Jen" (cosine 0.16) and even the profile's own "我叫李明" (0.49)
were "I don't know" for it.
"""

from __future__ import annotations

import re

from .lexicon import may_be_a_name

_EN_ASKS = re.compile(
    r"^\s*(?:what(?:'s|’s| is)\s+my\s+(?:full\s+|first\s+)?name|what\s+am\s+i\s+called"
    r"|do\s+you\s+(?:know|remember)\s+my\s+name)\b",
    re.IGNORECASE,
)
_ZH_ASKS = re.compile(r"^\s*(?:我叫什么|我的名字|我名字)")

_EN_STATES = re.compile(
    r"\bmy\s+(?:full\s+|first\s+)?name(?:'s|’s|\s+is)\s+(?-i:[A-Z])|\b(?:just\s+)?call\s+me\s+(?-i:[A-Z])"
    r"|\b(?:hi|hello|hey)[,!]?\s+(?:i'm|i’m|i\s+am)\s+(?-i:[A-Z][a-z]+)\b"
    # Not "I'm British.": a capitalised word alone after "I'm" may be anything; an age or a job after it
    # says an introduction.
    r"|^\s*(?:i'm|i’m|i\s+am)\s+(?-i:[A-Z][a-z]+)\s*,\s*(?:\d{1,3}\b|an?\s)",
    re.IGNORECASE,
)
# "I'm Priya, I work nights as a paramedic", "I'm Arjun and my wife…", "I'm Olga. I moved here…": a name
# then another clause about oneself, when the word is no word the dictionary knows (may_be_a_name).
# Session 19, as a new user: "What's my name?" was "I don't know" after the first of these.
_EN_THEN_MORE = re.compile(
    r"^\s*(?:i'm|i’m|i\s+am)\s+(?-i:([A-Z][a-z]+))\s*(?:,\s*|\.\s+|\s+and\s+)(?:i|i'm|i’m|i've|i’ve|my)\b",
    re.IGNORECASE,
)
_ZH_STATES = re.compile(r"^\s*(?:你好[，,]?\s*)?我叫|我的名字(?:是|叫)|我名字(?:是|叫)")


def asks_own_name(question: str) -> bool:
    return bool(_EN_ASKS.search(question) or _ZH_ASKS.search(question))


def states_own_name(text: str) -> bool:
    if _EN_STATES.search(text) or _ZH_STATES.search(text):
        return True
    then = _EN_THEN_MORE.search(text)
    return bool(then and may_be_a_name(then.group(1)))
