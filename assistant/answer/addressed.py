"""A line of an imported chat is about its speaker, not about the one it is spoken to.

"Caroline: Woohoo Melanie! I passed the adoption agency interviews last Friday! I'm so excited" holds
"Melanie", "adoption" and "excited", and was cited for "What is Melanie excited about in her adoption
process?": it is Caroline's news, told to Melanie. A name said only to call someone ("Hey Jon!",
"Thanks, Melanie!", "…, Caroline.") in a line whose speaker is someone else, with no "you" or "your" to
speak of them, says nothing about them (LoCoMo development: 8 of the 12 unanswerable questions that
cited a line were of this kind; session 16). English only: it reads the capitals of a name.
"""

from __future__ import annotations

import re

from .terms import names

_SPEAKER = re.compile(r"^\s*([A-Z][a-z]+)\s*:\s")
# Speaking of the one spoken to: "your painting", "you did".
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|ya|u|ur)\b", re.IGNORECASE)
# A name said to call someone: opening the line after at most two words ("Hey Jon!", "Thank you, Melanie!",
# "Yeah, Caroline, …"), or after a comma, with a stop or a comma after it ("…, Melanie.").
_CALLED = (
    re.compile(r"^\W*(?:[\w']+(?:\s+[\w']+)?,?\s+)?[A-Z][a-z]+(?=\s*[,!.?])"),
    re.compile(r",\s*[A-Z][a-z]+(?=\s*[,!.?])"),
)


def spoken_to_only(question: str, text: str) -> bool:
    """`text` is a chat line by someone the question does not name, that names the one it asks about only
    to speak to them, or not at all."""
    speaker = _SPEAKER.match(text)
    if not speaker:
        return False  # most remarks: the question's names are not read for them (off_subject runs per memory)
    asked = names(question)
    if not asked:
        return False
    if any(a & s for a in asked for s in names(f"x {speaker.group(1)}")):
        return False  # the speaker is asked about: the line is theirs
    body = text[speaker.end() :]
    if _SECOND_PERSON.search(body):
        return False
    rest = body
    for called in _CALLED:
        rest = called.sub("", rest)
    said, left = names(f"x {body}"), names(f"x {rest}")
    mentioned = [a for a in asked if any(a & n for n in said)]
    if not mentioned:
        # Naming none of them, to no "you": the speaker's own life. "Melanie: Seeing my kids' faces so happy
        # at the beach was the best! … once or twice a year" was cited for how often Caroline goes.
        return True
    return not any(a & n for a in mentioned for n in left)
