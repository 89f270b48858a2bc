"""What the user likes and dislikes: a question asks one or the other, and a remark of the opposite
liking does not answer it, nor one whose liking the user has since turned round.

"I hate broccoli too, actually I love it now", and "I hate broccoli." followed later by "Actually I
love broccoli now.", were each cited for "What food do I hate?" (session 13): the correction is the
liking that counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .terms import terms

# Liking and disliking: "What food do I dislike?" was answered "My favourite food is ramen" (the remark
# names the food, cosine 0.50). The negative forms are read first: "don't like" holds "like".
# Not being into a thing or a fan of it: a dislike here and in synonyms.py's table.
NOT_INTO = r"not (?:a |much of a )?(?:big |huge )?fan of|not (?:really )?(?:into|keen on|fond of)"
_DISLIKE = re.compile(
    r"\b(dislikes?|hates?|hated|can't stand|cannot stand|don't like|do not like|detests?|loathes?"
    rf"|{NOT_INTO})\b|不喜欢|讨厌|不爱",
    re.IGNORECASE,
)
# "like" only as a verb: "What is my boss like?" asks no liking. With the one asked about between
# ("What does my wife like doing?") or named ("Mei likes hiking").
_LIKE = re.compile(
    r"\b(i|we|you|they|he|she|do|does|did)\s+(really\s+|also\s+|still\s+)?likes?\b"
    r"|\b(?:do|does|did)\s+(?:my|our|(?-i:[A-Z][a-z]+))\s+(?:[a-z]+\s+)?like\b|\b(?-i:[A-Z][a-z]+)\s+likes\b"
    r"|\b(loves?|loved|favou?rite|enjoys?|enjoyed|adores?|fan of|fond of|keen on|go-to"
    # Liking said as being into a thing or a fan of it (session 15: "I'm really into jazz" was "I don't
    # know" for "What music do I like?"), as the hobby slot says taking one up.
    r"|(?:i'm|am|is|are|'s|really|been|getting|got) into|(?:big|huge|massive|great) fan|crazy about|mad about"
    r"|hooked on|obsessed with|can't get enough of|passionate about)\b"
    r"|喜欢|最爱|爱吃|迷上|着迷|热爱|(?:超|很|好|真|特别|非常|太)爱",
    re.IGNORECASE,
)
# A clause that turns a liking round: "…, actually I love it now", "but I don't mind it any more".
_TURNED = re.compile(r"\b(actually|now|any ?more|no longer|these days|changed my mind|wait)\b|现在|其实", re.IGNORECASE)
_CLAUSE = re.compile(r"[;,.!?；，。！？]|\bbut\b")


def _plain(text: str) -> int:
    return -1 if _DISLIKE.search(text) else 1 if _LIKE.search(text) else 0


def liking(text: str) -> int:
    """-1 for a dislike, 1 for a liking, 0 for neither; a later clause that turns it round counts."""
    plain = text.replace("’", "'")
    turned = [_plain(p) for i, p in enumerate(_CLAUSE.split(plain)) if i and _TURNED.search(p) and _plain(p)]
    return turned[-1] if turned else _plain(plain)


def asks_liking(question: str) -> int:
    """The liking a question asks by its verb ("What does my wife like doing?"), not by "favourite",
    which a remark says in other words ("My go-to drink is a gin and tonic")."""
    return liking(_FAVOURITE.sub(" ", question))


_FAVOURITE = re.compile(r"\bfavou?rite\b", re.IGNORECASE)
_EN_FAVOURITE = re.compile(r"\b(?:favou?rite|go-to)\b", re.IGNORECASE)
_ZH_FAVOURITE = re.compile(r"最喜欢|最爱")


def favourite(text: str) -> bool:
    """A remark saying what the user likes best ("My favourite colour is green", "我最喜欢的颜色是绿色"):
    it answers a question about their liking, not "What colour is my front door?" (session 13 left the
    Chinese one cited, the English one unseen by terms.owned)."""
    return bool(_EN_FAVOURITE.search(text) or _ZH_FAVOURITE.search(text))


def opposite_liking(question: str, text: str) -> bool:
    """A question about what the user dislikes, and a remark about what they like, or the reverse."""
    asked = liking(question)
    return bool(asked) and liking(text) == -asked


# The words of a liking, and of its turning round: what is left of a remark is the thing liked.
LIKING_WORDS = frozenset(
    terms(
        "can't cannot don't hate hates hated dislike dislikes detest loathe stand love loves loved like likes "
        "enjoy enjoys adore "
        "really actually always still too now anymore longer much so just honestly totally completely"
    )
)


def turned_round(text: str, later: Sequence[str]) -> bool:
    """`text` says a liking, and one of the `later` remarks (newer than it) says the opposite of every
    thing it likes: "Actually I love broccoli now." after "I hate
    broccoli." ("I hate broccoli and olives" is not turned round by it: the olives are still hated)."""
    said = liking(text)
    thing = terms(text) - LIKING_WORDS
    return bool(said and thing) and any(liking(t) == -said and thing <= terms(t) for t in later)
