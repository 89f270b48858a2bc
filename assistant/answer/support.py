"""A model may phrase an answer, but each sentence it writes must be supported by the evidence it
cites: a sentence whose new words (those not already in the question) are not in the evidence is
removed, not shown with a citation. What remains must still hold the answer, or the evidence itself
is quoted instead."""

from __future__ import annotations

import re

from ..memory.model import Memory
from ..sentences import split_sentences
from .compose import best_sentences
from .terms import in_first_person, mentioned, terms

_MARK = re.compile(r"\s*\[\d{1,2}\]")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
SUPPORTED_SHARE = 0.8  # of a sentence's new terms that the evidence must hold
# A sentence can hold every word of the evidence and say the opposite: the bundled model answered "When is
# my sister's birthday?" from "My sister's birthday is on 12 May" with "On 12 May, not your sister's
# birthday." A negation that neither the evidence nor the question has is the model's own.
_NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|nobody|nothing|cannot)\b|n[’']t\b|[不没未]", re.IGNORECASE)


def supported(sentence: str, question: str, evidence: str) -> bool:
    sentence = _MARK.sub("", sentence)
    said = terms(sentence) - terms(question)
    if not said:
        return False  # says nothing the question did not: filler, or a restated question
    numbers = set(_NUMBER.findall(sentence)) - set(_NUMBER.findall(question))
    if any(n not in evidence for n in numbers):
        return False
    if _NEGATION.search(sentence) and not _NEGATION.search(evidence) and not _NEGATION.search(question):
        return False
    return len(mentioned(said, evidence)) >= SUPPORTED_SHARE * len(said)


def speaks_as_user(sentence: str) -> bool:
    """A sentence in the first person: the user's voice. Copied from their remark into an answer it
    would have the assistant say "I'm allergic to peanuts" (measured with the bundled model)."""
    return in_first_person(sentence)


def keep_supported(reply: str, question: str, evidence: list[Memory]) -> str:
    """The sentences of `reply` that the evidence supports, with the model's citation marks removed
    (the caller cites what the answer was built from). About the user's own remarks, a sentence in the
    first person is theirs, not an answer to them."""
    text = "\n".join(m.text for m in evidence)
    personal = any(m.kind != "document" for m in evidence)
    kept = [
        _MARK.sub("", s)
        for line in reply.splitlines()  # a model's list puts one item on a line, each its own claim
        for s in split_sentences(line)
        if supported(s, question, text) and not (personal and speaks_as_user(s))
    ]
    return " ".join(kept).strip()


def answers(reply: str, question: str, evidence: list[Memory]) -> bool:
    """Does the reply state what the evidence adds to the question: at least half of the new terms of
    the evidence's sentence that answers ("nail", "water butt" for "Where does the shed key hang?")?"""
    if not evidence:
        return False
    added = terms(best_sentences(question, evidence[0].text)) - terms(question)
    return bool(added) and len(mentioned(added, reply)) * 2 >= len(added)
