"""Who a novel's passage speaks of without writing the words a question asks them by.

A question asks about someone by name ("Hawk"), by the role the book calls them by ("the professor", how
the novel names Derrick in most passages) or as "the narrator"; a passage speaks of them as "he" after the
passage before named them, and of the narrator as "I". The passage gate and the choice among passages
(passage_choice.passage_lacks, passage_choice.best_passage) count such a person as held.

- "He" or "she" is the last person the passage before names, by name or by role: "I roamed the place in
  search of the varlet … found him at length leaning over the seawall" answers "Where did the narrator
  find Hawk?", and only the passage before says "The dastard and varlet, Hawk."; "He had called me “me dear
  boy,” supplied me with a gin and ginger beer at the clubhouse" follows "… after all the professor had
  not seen me." Any name of the passage before was too loose ("What colour are Phyllis's eyes?" cited a
  passage whose "he" is the professor, named after Phyllis), and the question's other words held anywhere
  in the passage before gained one question only because "narrative" stems to "narrator" (session 12).
  Only the narration's names count: a name inside speech is mostly the one spoken to. Read so, the choice
  counts the people carried as the gate does ("Garny, old horse, I’ve been thinking …" is Ukridge's theory
  after "… Ukridge was himself again."; third development set 16 → 17); with names inside speech too, the
  choice lost as many as it gained (a "she" about Aunt Elizabeth took Ukridge from "You’re a thoughtful
  chap, Ukridge.”), as in session 12.
- The narrator is held where the focus window's narration, outside quotation marks, is in the first
  person: "I intended to allow him to win … eight holes in succession". In quoted speech "I" is whoever
  speaks (speakers.py says who). Read in the whole passage instead, Ukridge's speech in a passage that
  also narrates let it through and it was cited over the answer twice (docs/benchmarks.md, session 13).

English only: evidence.gather fetches the passage before for English questions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..sentences import split_sentences
from .terms import names, terms

_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)

# Nouns a novel calls one person by, with "the", as it calls another by name: "said the professor", "the
# captain's orders". Titles of rank and office only: a kin word ("the mother") or a trade ("the butcher")
# is said of many.
_ROLE_WORDS = (
    "professor|doctor|captain|colonel|major|general|admiral|commander|lieutenant|sergeant|inspector|"
    "vicar|rector|curate|bishop|parson|squire|judge|governor|headmaster|king|queen|prince|princess|"
    "duke|duchess|earl|baron|countess"
)
_ROLE = re.compile(rf"\bthe\s+({_ROLE_WORDS})\b", re.IGNORECASE)
# A capitalised word after a sentence's first: where names() found a name.
_CAPITALISED = re.compile(r"(?<=[\s“‘(—-])[A-Z][\w’'-]*")

NARRATOR = frozenset(terms("narrator"))
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
# Quoted speech, to its closing mark or the paragraph's end (speech that goes on in the next one).
QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
_MARKS = re.compile(r"([“”\"])")


def speaks_of_someone(text: str) -> bool:
    """The text speaks of someone by a pronoun, so someone named before it may be who it is about."""
    return bool(_THIRD_PERSON.search(text))


def roles(text: str) -> list[frozenset[str]]:
    """The roles `text` calls someone by, each as its terms: "the professor" → {"professor"}."""
    found: list[frozenset[str]] = []
    for m in _ROLE.finditer(text):
        role = frozenset(terms(m.group(1)))
        if role not in found:
            found.append(role)
    return found


@lru_cache(maxsize=4096)  # the gate and the choice ask of the same passages, question after question
def last_person(text: str) -> frozenset[str]:
    """The terms of the last person the text's narration names, by name or by role: the last of its
    sentences that names someone outside quotation marks, and the last one there ("… Mrs. Ukridge walking
    in front with Phyllis Derrick—" gives Derrick; "I came to the conclusion that after all the professor
    had not seen me." the professor). A name inside speech is mostly the one spoken to ("You’re a
    thoughtful chap, Ukridge.”), not the one a "she" after it means."""
    for sentence in reversed(narrated(split_sentences(text))):
        found = [(m.start(), frozenset(terms(m.group(1)))) for m in _ROLE.finditer(sentence)]
        if named := names(sentence):
            at = max((m.start() for m in _CAPITALISED.finditer(sentence) if terms(m.group(0)) & named[-1]), default=0)
            found.append((at, named[-1]))
        if found:
            return max(found, key=lambda mention: mention[0])[1]
    return frozenset()


def narration(paragraph: str) -> str:
    """What a paragraph says outside its quotation marks, with a mark where each quotation stood."""
    return QUOTED.sub(" “…” ", paragraph)


def narrated(sentences: list[str]) -> list[str]:
    """Each sentence's narration, outside the quotation marks, read from the first sentence on: a sentence
    inside a speech that runs over several ("“Garny, old horse, I’ve been thinking, laddie! I’ve got an
    idea!”") is speech throughout."""
    out: list[str] = []
    inside = False
    for sentence in sentences:
        told: list[str] = []
        for piece in _MARKS.split(sentence):
            if piece in ("“", "”", '"'):
                inside = piece == "“" or (piece == '"' and not inside)
            elif not inside:
                told.append(piece)
        out.append(" ".join(told))
    return out


@lru_cache(maxsize=4096)
def narrates(text: str, window: tuple[int, int] | None = None) -> bool:
    """The narration of the text's sentences `window` (from..to, focus.py), or of all of them, is in the
    first person: its "I" is the narrator, not someone speaking."""
    sentences = split_sentences(text)
    start, end = window if window is not None else (0, len(sentences) - 1)
    return any(_FIRST_PERSON.search(told) for told in narrated(sentences[: end + 1])[start:])


def spoken_of(asked: set[str], text: str, before: str = "", window: tuple[int, int] | None = None) -> set[str]:
    """The asked terms of the people a passage speaks of without writing them: the person the passage
    before it names last, when this one says "he" or "she"; the narrator, when its narration is in the
    first person."""
    found: set[str] = set()
    if before and speaks_of_someone(text):
        found |= asked & last_person(before)
    if asked & NARRATOR and narrates(text, window):
        found |= NARRATOR
    return found
