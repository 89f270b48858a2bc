"""A question restated in the words a remark uses for the people it asks about.

- An in-law called by whose they are: "What's my wife's mum called?" is "What's my mother-in-law
  called?", "What does my daughter's husband do?" is "What does my son-in-law do?". Read by its words,
  the question was about the wife (owned), and "My mother-in-law is called Pat" about someone else
  (session 18 left it, "I don't know"; session 19, as a retired user, "my daughter's husband" and "my
  son's wife" the same). synonyms.py reads the other direction, a remark saying "my wife's brother" for
  an asked "brother-in-law". Only the relations that are one person whichever way they are said: a
  spouse's parent, a daughter's husband, a son's wife. A spouse's brother is not restated: a
  brother-in-law may be the sister's husband.
- The user with one of their people: "Which city do my wife and I live in?" asks where the household
  lives, as "we" does (a question in "we" is the household's, session 16). Read by its words it asked
  about the wife, and "Actually we moved to York last month" was about someone else (session 18, "I
  don't know"; session 19 "Where do my husband and I live?" the same).
"""

from __future__ import annotations

import re

_SPOUSE = r"(?:wife|husband|partner|hubby|spouse)"
_EN_RESTATED = [
    (re.compile(rf"\b(my|our)\s+{_SPOUSE}'s\s+(?:mum|mom|mother)\b", re.IGNORECASE), r"\1 mother-in-law"),
    (re.compile(rf"\b(my|our)\s+{_SPOUSE}'s\s+(?:dad|father)\b", re.IGNORECASE), r"\1 father-in-law"),
    (re.compile(rf"\b(my|our)\s+{_SPOUSE}'s\s+(?:parents|folks)\b", re.IGNORECASE), r"\1 in-laws"),
    (re.compile(r"\b(my|our)\s+daughter's\s+(?:husband|hubby)\b", re.IGNORECASE), r"\1 son-in-law"),
    (re.compile(r"\b(my|our)\s+son's\s+wife\b", re.IGNORECASE), r"\1 daughter-in-law"),
    # "my wife and I", "me and my husband"; not "Tom and I", where Tom may be what is asked ("When did Tom and
    # I meet?").
    (re.compile(r"\b(?:my|our)\s+[a-z-]+\s+and\s+(?:I|me)\b|\b(?:I|me)\s+and\s+my\s+[a-z-]+\b", re.IGNORECASE), "we"),
]


def restated(question: str) -> str:
    """`question` with the people it asks about in the words remarks use for them."""
    asked = question.replace("’", "'")
    for pattern, words in _EN_RESTATED:
        asked = pattern.sub(words, asked)
    return asked if asked != question.replace("’", "'") else question
