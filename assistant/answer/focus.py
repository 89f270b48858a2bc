"""Which of the passages retrieval found holds the question in one place.

Retrieval ranks a passage as a whole, and an 800-character passage that names Ukridge, the farm and
someone in charge in three different sentences ranks as high as the one that says, in one sentence,
who is in charge of the farm. The answer to a question about a book is mostly one or two sentences
that hold most of what the question asks. So the passages found are ranked again by their best
sentence (in Chinese, three clauses): the share of the question's terms it holds, each term weighted by how rare
it is among the passages found (in a book about Ukridge, "Ukridge" says little about which passage
answers; "lieutenant" says a lot). Rarity among the passages found rather than in the whole library
needs no statistics kept at import, and measured as well on the development questions
(bench/answers.py, docs/benchmarks.md).

Counting words cannot tell "Beale had three fights" from "Beale had seven fights, and I made a speech"
for "How many fights did Beale have with the creditors?", nor hear "defeating" in "beat". So the best
windows of the first few passages are also compared with the question as sentences, by the embedder
that ranked them (a handful of short texts: milliseconds), and the closer one moves up among those few.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..language import is_chinese
from ..sentences import is_finished, split_sentences
from .decision import Candidate
from .expects import expects, has_answer_kind
from .in_english import held_in_english, unasked
from .speakers import goes_on_about, narrator_asked
from .terms import mentioned, names, read_terms, terms

# An English answer is mostly one sentence: windows of two held too much of a passage to tell passages
# apart (development book questions 29 of 62 cited first with one, 25 with two). Chinese is cut at
# 。！？； into clauses, a third of a sentence or so, and its answers took three (CMRC development 494
# of 512 first, one clause 488).
WINDOW = 1
CJK_WINDOW = 3
# A window with an answer of the kind asked (expects.py: a number for "how many", a date for "when", a
# name the question does not give for "who") counts as holding this share of the question more: enough
# to break a tie or a near one, never to outrank a window that holds more of what was asked.
# Development book questions 29 → 31 of 62 first with 0.1 or 0.2 (0.35: 29), CMRC unchanged.
KIND_BONUS = 0.15
# The first this many passages by their windows (as many as the decision sees) are ordered again with
# this weight on their best window's cosine to the question: development book questions cited 29 → 31
# of 62 and CMRC 484 → 489 of 512 with 0.25 to 0.4 (0.15: 30 and 489; the first 3 or 8: the same or
# fewer shown), general questions unchanged; the held-out sets gained nothing (CMRC 481 → 479, book 11
# of 14 either way; docs/benchmarks.md). Embedding five windows took about 15 ms here.
COMPARED = 5
SENTENCE_WEIGHT = 0.3
# In Chinese, a term the passage says in many clauses weighs more in its windows, as BM25 counts it: by
# 1 + TF_SHARE·(saturated count − 1), the count saturating as BM25's (k1 1.2). One mention weighs as
# before. The paragraph that says 广场 six times is the one about the square ("广场是什么形状的？"). CMRC
# development questions with words removed (bench --cmrc-dev): hit@5 883 → 886 of 898 and 1,631 → 1,634 of
# 1,650, the answer first 835 → 843 and 1,565 → 1,571, the cited passage 819 → 825, with no answer
# lost from the five. The development half itself loses 3 firsts (502 → 499): a passage about a topic
# says its name in clause after clause, and outranks the one clause that answers, as it does in BM25.
# 0.1 and 0.2 cost those 3 firsts as well and gain less; 0.5 and more push more answers down.
# English is not counted: not measured.
TF_SHARE = 0.3
TF_K1 = 1.2
# In English, the question's terms held only by the sentences around a window (NEAR on either side) count
# at NEAR_WEIGHT of their weight: the one sentence that answers often holds little of the question and
# its neighbours the rest ("… when Bob, what had followed me unknown, trotted in. When the cat ketched
# sight of ’im … up the chimley" for "Where did the cat hide from Bob?"), while a decoy sentence holds as
# much of the question and nothing around it holds more ("The cat was sitting on the mat."). Windows of two
# whole sentences (weight 1) lost answers (session 5), the question's names anywhere in the passage did
# not gain (session 13); five development book sets (184 questions, session 14): the answer first in the
# five 84 → 90, in the five 136 → 139, cited 98 → 100 with none lost, at 0.15-0.25 and NEAR 2 alike (one
# sentence on either side: cited 99-100, the five 135-136; 0.3: the five 138; decaying with distance:
# no better). Not in Chinese, whose windows are three clauses already: there it moved no CMRC development
# answer into the five and one out of first place in each removed-word set (843 → 842, 1,571 → 1,570).
NEAR = 2
NEAR_WEIGHT = 0.2

# The cosines of texts to the question, in their order.
Closeness = Callable[[Sequence[str]], Sequence[float]]


@dataclass(frozen=True)
class Focus:
    best: float  # the best window's weighted share of the question, with the answer-kind bonus
    share: float  # the whole passage's weighted share (Candidate.share, for the passage gate)
    window: str  # the best window's text
    span: tuple[int, int] | None = None  # its sentences, from..to


def by_focus(question: str, passages: list[Candidate], closeness: Closeness | None = None) -> list[Candidate]:
    """`passages` (best first, as retrieval ranked them) ordered by their best window, each with the
    share of the question it holds (Candidate.share) for the passage gate; retrieval's order breaks ties.
    With `closeness`, those of the first `COMPARED` that could still come first are ordered again by
    their window's cosine too."""
    if len(passages) < 2:
        return passages
    scores = focus_scores(question, passages)
    order = sorted(range(len(passages)), key=lambda i: -scores[i].best)  # stable: retrieval's order among equals
    lead = scores[order[0]].best
    # One further behind than the weight could never come first: it need not be embedded (development
    # CMRC 489 with all five compared, 488 with these, and a fifth of its questions embed any; book
    # questions unchanged).
    first = [i for i in order[:COMPARED] if scores[i].best > lead - SENTENCE_WEIGHT]
    if closeness is not None and lead > 0 and len(first) > 1:
        # Never below zero: the first few only gain, so they stay ahead of the rest.
        near = [max(0.0, float(c)) for c in closeness([scores[i].window for i in first])]
        moved = {i: scores[i].best + SENTENCE_WEIGHT * c for i, c in zip(first, near, strict=True)}
        order = sorted(first, key=lambda i: -moved[i]) + [i for i in order if i not in moved]
    return [replace(passages[i], share=scores[i].share, window=scores[i].span) for i in order]


def focus_scores(question: str, passages: list[Candidate], kind_bonus: float = KIND_BONUS) -> list[Focus]:
    """For each passage, its best window (the share of the question's terms it holds, weighted by rarity
    among `passages`, plus `kind_bonus` when it has an answer of the asked kind) and the same share for
    the whole passage."""
    asked = read_terms(question) | narrator_asked(question)
    if passages and all(unasked(question, c.memory.text) for c in passages):
        asked -= unasked(question, passages[0].memory.text)  # "the narrator" of a Chinese question, English passages
    if not asked:
        return [Focus(0.0, 0.0, "")] * len(passages)
    split = [_sentences(c.memory.text) for c in passages]
    # An English sentence holds the terms of a Chinese question that it states in English (in_english.py).
    held = [
        [mentioned(asked, text, found) | held_in_english(question, asked, text) for text, found in sentences]
        for sentences in split
    ]
    # The question's names, held by a sentence that goes on about them without them (speakers.py). Only
    # the names, and only from a sentence that begins with one: with "It", "They", "This" … starting a
    # sentence too, carrying every asked term of the sentence before, or its names from anywhere in it,
    # cited 32 of 62 development book questions, not 33 ("How did Garnet explain the upset to Ukridge?"
    # lost to a decoy; docs/benchmarks.md, session 11).
    carried = set().union(*names(question)) & asked
    for c, sentences, h in zip(passages, split, held, strict=True):
        if len(c.speakers) == len(sentences):  # a sentence of speech names its speaker (speakers.py)
            for i, speaker in enumerate(c.speakers):
                if speaker:
                    h[i] = h[i] | mentioned(asked, speaker)
        if carried:  # "His fleeting sympathy …" holds the "Ukridge" the sentence before began with
            for i in range(1, len(sentences)):
                if who := goes_on_about(sentences[i][0], sentences[i - 1][0]):
                    h[i] = h[i] | mentioned(carried, who)
        if c.lead:  # the sentence before says who "she" in the first one is (Candidate.lead) ...
            lead = mentioned(asked, c.lead)
            for i, (text, _) in enumerate(sentences):
                h[i] = h[i] | lead
                if is_finished(text):  # ... and a chapter's heading is no sentence
                    break
    window = CJK_WINDOW if is_chinese(question) else WINDOW
    df = Counter(t for sentences in held for t in set().union(*sentences))
    n = len(passages)
    weight = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in asked}
    # Summed exactly (fsum): a plain sum over a set of terms depends on the set's order, which changes
    # with Python's hash seed from run to run, and two windows or passages holding the same terms then
    # came out a last bit apart, so which of them ranked first changed between runs (CMRC development
    # hit@5 and the cited passage moved by 1-2).
    whole = math.fsum(weight.values()) or 1.0
    kind = expects(question)

    joiner = "" if is_chinese(question) else " "
    counts_repeats = is_chinese(question)  # TF_SHARE
    near = not is_chinese(question)  # NEAR_WEIGHT

    def focus(sentences: tuple[tuple[str, frozenset[str]], ...], held: list[set[str]]) -> Focus:
        best, at = 0.0, 0
        w = _repeated(weight, held) if counts_repeats else weight
        for i in range(len(held)):
            own = set().union(*held[i : i + window])
            share = math.fsum(w[t] for t in own) / whole
            if near:
                around = set().union(*held[max(0, i - NEAR) : i], *held[i + window : i + window + NEAR]) - own
                share += NEAR_WEIGHT * math.fsum(w[t] for t in around) / whole
            if share + kind_bonus <= best:
                continue  # cannot be the best window, whatever kind of answer it has
            if kind and any(has_answer_kind(kind, text, question) for text, _ in sentences[i : i + window]):
                share += kind_bonus
            if share > best:
                best, at = share, i
        text = joiner.join(s for s, _ in sentences[at : at + window])
        span = (at, min(at + window, len(sentences)))
        return Focus(best, math.fsum(weight[t] for t in set().union(*held)) / whole, text, span if best > 0 else None)

    return [focus(sentences, h) for sentences, h in zip(split, held, strict=True)]


def _repeated(weight: dict[str, float], held: list[set[str]]) -> dict[str, float]:
    """`weight` with each term a passage holds in more than one sentence weighing more (TF_SHARE)."""
    count = Counter(t for h in held for t in h)
    saturated = {t: (TF_K1 + 1) * n / (TF_K1 + n) for t, n in count.items()}
    return {t: w * (1 + TF_SHARE * (saturated.get(t, 1.0) - 1)) for t, w in weight.items()}


@lru_cache(maxsize=4096)  # a passage's sentences do not change, and the same passages come back
def _sentences(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence of a passage with its terms."""
    return tuple((s, frozenset(terms(s))) for s in split_sentences(text) or [text])
