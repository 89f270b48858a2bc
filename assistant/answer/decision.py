"""What deciding takes and gives: the candidates retrieval found, the thresholds, and the decision (which
evidence answers, or that none does), shared by the answer layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from ..language import asks
from ..memory.model import Memory


class Asked(StrEnum):
    """What a question is about, from its words alone."""

    USER = "user"  # the user's own life: only their memories can answer
    DOCUMENT = "document"  # something they gave the assistant to read
    OPEN = "open"  # either, or general knowledge: the evidence decides
    # Someone the user's memories keep mentioning (evidence.gather): answered from what the user gave,
    # or "I don't know", never from the model's knowledge, which can only invent about their friends.
    KNOWN = "known"


class Outcome(StrEnum):
    MEMORY = "memory"  # answered from what the user said
    PASSAGE = "passage"  # answered from a document or book passage
    DONT_KNOW = "dont_know"  # nothing the user gave answers it, and it is not general knowledge
    GENERAL = "general"  # the model's own knowledge: not grounded, never cited


@dataclass(frozen=True)
class Thresholds:
    """Calibrated with `bench/answers.py --calibrate` on development data only (three generated years,
    even-numbered book and CMRC questions; docs/benchmarks.md has the sweep): each value is the one
    with the fewest wrong answers among those with the most right ones."""

    # A memory that names the asked subject answers above this cosine (0.2 → 0.25: 5 fewer wrong
    # answers on the development years, none fewer right) ...
    named_similarity: float = 0.25
    # ... and one that does not name it (a phrasing with no word in common) only above this.
    unnamed_similarity: float = 0.5
    # A passage answers an open question when it holds this share of the question's terms (0.6 left 20
    # of 164 development questions to general knowledge, 0.4 cited a passage for more general ones) ...
    passage_coverage: float = 0.5
    # ... every name the question gives, two of its terms (or its only one), and a cosine above this;
    # with one term of several, only above `single_term_similarity` ...
    passage_similarity: float = 0.05
    single_term_similarity: float = 0.2
    # ... and, for an English question that names nothing and does not ask about a book ("Why is the sky
    # blue?", "Which ocean is the largest?"), a cosine above this: nothing ties it to what the user reads
    # but common words a novel also has. Swept 0.05-0.2 on the development sets (bench/answers.py
    # --book-dev): 0.12 and 0.14 left 26 of 30 general questions uncited instead of 24, and every book
    # answer (0.16: one fewer). Chinese names cannot be seen (no capitals): Chinese keeps the floor above.
    open_passage_similarity: float = 0.12
    # ... and it holds this share of the question weighted by rarity (Candidate.share): "How do I make
    # pancakes?" shares only "make" with a novel, which half the passages found have (0.02). On the
    # development set 0.3 left 7 of 30 general questions citing a passage instead of 10, and all 29 book
    # answers; 0.4 left 6 and lost 3 book answers.
    passage_weight: float = 0.3
    # ... and a memory answers an open question (not phrased about the user) when it holds this share.
    memory_coverage: float = 0.75
    # A question naming two or more may have this many of them missing from a passage: capitalised
    # words are not all names ("the Navy", "an elderly Irishman"), and a passage says "he" for one
    # it named before (book development questions 9 → 10 of 14, CMRC and general questions unchanged).
    names_spared: int = 1
    # The passage cited is the one holding most of the question's names, then of its terms, among this
    # many of the best ranked that hold enough of it (ties by rank). 4 and 5 cite 2 and 3 more CMRC
    # development passages that do not hold the answer; with names first, 1 and 5 cite 10 of the 14
    # book development answers and 3 cites 11 (CMRC development unchanged).
    passage_choice: int = 3
    # Other passages through the gate shown after the one quoted ("Other passages close to the question"):
    # on the development book questions the cited passage held the answer for 29 of 62, one of two shown
    # for 34 and one of three for 36; a fourth or fifth shown added none.
    nearby_passages: int = 2
    # A memory that states the asked slot in its own words (slots.py) answers above this cosine: the
    # phrasing is the evidence, so a paraphrase far from the question ("I started a new job at Globex"
    # for "What company am I with now?", 0.24; "My partner is called 陈静" for "Who am I seeing?", 0.09)
    # still answers. Swept 0-0.2 on the development years: 0 and 0.05 equal and best, 0.2 left 7 more
    # false "I don't know" and 2 more stale; 0.05 keeps a floor.
    slot_similarity: float = 0.05
    # A statement of the slot that is newer than one that answers may replace it at any cosine: the
    # slot's own search (newer.py) finds statements far from the question's words ("Moved in with Daniel
    # last week" for "Who is my partner?", -0.00; "最近迷上了攀岩" for "我的爱好是什么？", 0.03). Alone it
    # does not answer: with no floor at all, an old statement found that way was stated where the newer
    # one was not found (5 false "I don't know" became stale facts on the development years).
    replacing_similarity: float = -1.0
    # A newer remark found near the answer's own statement (newer.rivals), not near the question, that
    # names the asked slot's subject in words no rule reads ("Our family car is a blue Honda Civic now"
    # after "Driving a green Volkswagen Golf these days") doubts the answer at this cosine to it or above.
    rival_similarity: float = 0.15
    # A newer remark that uses none of the slot's words is about the asked slot when it is closer to the
    # slot's own statements (slot_meaning.py) than to any other slot's and to everyday remarks by this
    # margin, and at least this close to them: then the answer says both, as for a remark naming the
    # subject. Swept 0-0.1 (margin) and 0.2-0.35 (floor) on the development years: 0-0.04 with a floor
    # of 0.25 or less gave the same 14 stale answers put right and none made wrong (0.06: 7 fewer put
    # right); 0.01 keeps a lead ("我现在在北京生活" leads the home statements by 0.015).
    meaning_margin: float = 0.01
    meaning_floor: float = 0.25
    # ... and it replaces the answer, told alone, when it leads by this much and is this close: on the
    # development years only a favourite food or a gym said in other words did ("寿司永远是我的最爱",
    # margin 0.28; "最近在磨坊路的FitLife锻炼", 0.25), every one the newer value.
    meaning_sure_margin: float = 0.2
    meaning_sure: float = 0.5
    # Statements on the same subject: the newest wins among those scoring within this of the best ...
    current_margin: float = 0.35
    # ... that are about the same thing (cosine between the two statements).
    current_topic: float = 0.4


DEFAULT = Thresholds()


@dataclass(frozen=True)
class Candidate:
    """A memory or passage retrieval found for the question."""

    memory: Memory
    score: float  # fused retrieval score, comparable within one search
    similarity: float  # cosine between question and memory
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)
    # Asked terms this memory states in another language (found by the embedder; see terms.py).
    translated: frozenset[str] = frozenset()
    # What the memory is searched by: its text, and for a profile fact the fact in both languages.
    searched: str = ""
    # How far the translations are from literal: for each translated term, 1 + the position of the
    # dictionary sense it came through (0 when every asked term is stated in the question's words).
    distance: int = 0
    # For a passage: the share of the question's terms it holds, each weighted by how rare it is among the
    # passages found (focus.py); 1.0 where that was not measured.
    share: float = 1.0
    # For a passage: which of its sentences (sentences.split_sentences, from..to) hold most of the
    # question, as focus.py found them: what its quote starts from. None where that was not measured.
    window: tuple[int, int] | None = None
    # For a passage: the last sentence of the passage before it in its book, when retrieval found that one
    # too ("…Phyllis entered from the other side." before "She was wearing a Panama"): who "she" is.
    lead: str = ""
    # For a passage of a novel: who speaks each of its sentences, "" where nobody does or it cannot be
    # told (speakers.py): "Say that I consider … Colney Hatch" is Ukridge's though it never names him.
    speakers: tuple[str, ...] = ()
    # The user's people this memory names by name, as the relation another memory calls them by ("sister"
    # for "Anna's birthday is on 14 May" when the user also said "my sister Anna"): evidence.gather.
    known_as: frozenset[str] = frozenset()
    # For a passage of an English book: the whole passage before it, fetched for the five the decision
    # sees (evidence.gather), found or not: who "he" is when the lead does not say (continued.py).
    before: str = ""
    # For a question asking a kind of thing ("What food do I dislike?"): -1 when no word of the memory is
    # a thing of that kind ("cold weather"), 0 when that cannot be told (kinds.py).
    kind: int = 0
    # The one of the user's people a remark is about by name, when it opens with their name and says
    # nothing of the user ("Nina hates coriander", Nina being the flatmate): evidence.gather.
    about: str = ""
    # For a passage: both retrieval (by the whole passage's words and meaning) and focus.py (by the sentence
    # holding most of the question) ranked it first among the passages found (evidence.gather).
    first_of_both: bool = False
    # For the first of both, when the question is about the books and names one person: the passage is taken
    # to be about them, though it says "he" or "she" (evidence.gather, passage_choice.passage_lacks).
    of_the_one_named: bool = False

    @property
    def text(self) -> str:
        return self.searched or self.memory.text


@dataclass(frozen=True)
class Decision:
    asked: Asked
    outcome: Outcome
    evidence: list[Memory] = field(default_factory=list)  # what the answer is built from; [0] answers
    earlier: list[Memory] = field(default_factory=list)  # older statements on the subject it replaced
    reason: str = ""  # one line for the log and the benchmark
    # The evidence is [what the rules read, a later remark no rule reads that may have changed it]: the
    # answer says both, with their days, rather than state either as how things are now (newer.py).
    uncertain: bool = False
    # For a passage answer, the next passages that also hold the question: shown after it, since the
    # passage that holds most of the question is not always the one that answers it.
    nearby: list[Memory] = field(default_factory=list)
    # For "What do you know about me?" (about_you.py): each profile fact's remark and a later remark on
    # its subject or None; the evidence is these in order, and the reply lists them all.
    listed: tuple[tuple[Memory, Memory | None], ...] = ()
    # For a line of the user's notes (note_lines.py): the sentences (from, to) of evidence[0] to quote.
    window: tuple[int, int] | None = None

    @property
    def grounded(self) -> bool:
        """False only when the reply comes from the model's own knowledge."""
        return self.outcome is not Outcome.GENERAL


def usable(found: list[Candidate]) -> list[Candidate]:
    """Not the user's own questions or requests: they are remembered like everything said, but asking is
    not telling."""
    return [c for c in found if not (c.memory.kind == "turn" and asks(c.memory.text))]
