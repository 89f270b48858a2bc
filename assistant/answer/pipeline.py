"""One answer pipeline for every question: retrieve (evidence.py) → decide (decide.py) → let the model
phrase, or not → check what it wrote (support.py).

`plan()` does the first two and says what the answer may be built from; `finish()` turns what the model
wrote (if it was asked) into the reply that is shown, with its citations. Neither holds the model: the
turn (assistant.py) streams the generation between them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from ..citation import Citation
from ..grounding import dont_know, later_answer, memory_answer
from ..language import asks, is_chinese
from ..memory.model import Memory
from ..memory.places import CHINESE, ENGLISH, place_of
from ..memory.store import MemoryStore
from .about_you import asks_about_me, listed_reply, what_i_know
from .compose import Quote, evidence_block, nearby_passages, not_in_documents, passage_answer, quote
from .decide import decide
from .decision import DEFAULT, Asked, Decision, Outcome, Thresholds
from .evidence import Found, gather
from .newer import settle
from .support import answers, keep_supported

log = logging.getLogger(__name__)
_MARK = re.compile(r"\s*\[\d{1,2}\]")


@dataclass
class Plan:
    question: str
    decision: Decision
    found: Found | None = None  # what retrieval returned, for the benchmark and the log
    places: list[str | None] = field(default_factory=list)  # of decision.evidence, in order
    nearby_places: list[str | None] = field(default_factory=list)  # of decision.nearby, in order
    now: datetime | None = None  # when it was asked (the clock when None): "you told me yesterday"
    # The sentences of each passage found that hold most of the question (focus.py), by id: what is quoted.
    windows: dict[str, tuple[int, int]] = field(default_factory=dict)

    # The quote of each passage shown, by its id and whether it is widened around (compose.quote): its
    # place and the reply both read it, computed once.
    quotes: dict[tuple[str, bool], Quote] = field(default_factory=dict)

    @classmethod
    def placed(cls, question: str, decision: Decision, found: Found | None, now: datetime | None = None) -> Plan:
        """A plan with the place of everything its answer may cite."""
        # A Chinese reply names its places in Chinese, its citations with it: the window shows them together.
        words = CHINESE if is_chinese(question) else ENGLISH
        windows = {c.memory.id: c.window for c in found.passages if c.window} if found else {}
        if decision.window and decision.evidence:
            windows[decision.evidence[0].id] = decision.window
        p = cls(question, decision, found, now=now, windows=windows)

        def at(m: Memory, around: bool) -> int:
            """Where the quote of a passage starts: its place is that line or paragraph."""
            return p.quote(m, around).at if m.kind == "document" else 0

        p.places = [place_of(m, words=words, at=at(m, n == 0)) for n, m in enumerate(decision.evidence)]
        p.nearby_places = [place_of(m, words=words, at=at(m, False)) for m in decision.nearby]
        return p

    def quote(self, passage: Memory, around: bool) -> Quote:
        """The quote of `passage` (compose.quote): the answer's own is widened `around` its window."""
        key = (passage.id, around)
        if key not in self.quotes:
            self.quotes[key] = quote(self.question, passage.text, self.windows.get(passage.id), around)
        return self.quotes[key]

    @property
    def grounded(self) -> bool:
        return self.decision.grounded

    @property
    def needs_model(self) -> bool:
        """Whether a model may write this answer: evidence it can phrase, or general knowledge."""
        d = self.decision
        return d.outcome in (Outcome.MEMORY, Outcome.PASSAGE, Outcome.GENERAL) and not (d.uncertain or d.listed)

    def context(self) -> str | None:
        """What the model is shown besides the question: the evidence only. A general question gets no
        memories at all, so it cannot cite the user's home town as a source for French cities."""
        if self.decision.outcome in (Outcome.MEMORY, Outcome.PASSAGE):
            return evidence_block(self.decision.evidence, self.places)
        return None

    def product_reply(self) -> tuple[str, list[Memory]]:
        """The answer the product gives without a model: the evidence quoted, or "I don't know"."""
        d = self.decision
        if d.listed:
            return listed_reply(self.question, d.listed, self.now), d.evidence
        if d.uncertain:
            return later_answer(self.question, d.evidence[0], d.evidence[1], self.now), d.evidence[:2]
        if d.outcome in (Outcome.MEMORY, Outcome.PASSAGE):
            first = d.evidence[0]
            if first.kind == "document":
                return self.with_nearby(passage_answer(self.question, self.quote(first, True).words, self.places[0]))
            return self.with_nearby(memory_answer(self.question, first, self.now))
        if d.asked is Asked.DOCUMENT:
            return not_in_documents(self.question), []
        return dont_know(self.question), []

    def with_nearby(self, answer: str) -> tuple[str, list[Memory]]:
        """An answer citing the evidence as [1], followed by the other passages close to the question."""
        d = self.decision
        quoted = [self.quote(m, False).words for m in d.nearby]
        nearby = nearby_passages(self.question, quoted, self.nearby_places)
        return answer + nearby, [*d.evidence[:1], *d.nearby]

    def citations(self, cited: list[Memory]) -> list[Citation]:
        d = self.decision
        places = dict(zip((m.id for m in [*d.evidence, *d.nearby]), [*self.places, *self.nearby_places], strict=True))
        return [Citation.of(m, places.get(m.id)) for m in cited]


def plan(
    question: str,
    store: MemoryStore,
    *,
    now: datetime | None = None,
    where: str | None = None,
    thresholds: Thresholds = DEFAULT,
) -> Plan:
    if not asks(question):
        return Plan(question, Decision(Asked.OPEN, Outcome.GENERAL, reason="a remark, not a question"))
    if asks_about_me(question) and not where:
        return Plan.placed(question, what_i_know(store), None, now)
    found = gather(store, question, now=now, where=where)
    decision = settle(store, question, decide(question, found.memories, found.passages, thresholds, found.asked))
    log.info("answer: %s → %s (%s)", decision.asked, decision.outcome, decision.reason)
    return Plan.placed(question, decision, found, now)


def finish(p: Plan, reply: str) -> tuple[str, list[Memory]]:
    """The reply to show for what the model wrote, and what it cites.

    A general answer keeps the model's words and loses any [n] marks (it has nothing to cite). A
    grounded one keeps only the sentences the evidence supports, cited; when none of them states the
    answer, the evidence itself is quoted instead."""
    d = p.decision
    if d.outcome is Outcome.GENERAL:
        return _MARK.sub("", reply).strip(), []
    if d.outcome not in (Outcome.MEMORY, Outcome.PASSAGE):
        return p.product_reply()
    kept = keep_supported(reply, p.question, d.evidence)
    if kept and answers(kept, p.question, d.evidence) and not _states_earlier(kept, d):
        return p.with_nearby(f"{kept.rstrip()} [1]")
    if reply.strip():
        log.info("model reply replaced by the evidence it did not keep to: %r", reply[:200])
    return p.product_reply()


def _states_earlier(reply: str, d: Decision) -> bool:
    """A reply that repeats what an older statement said and the newest does not (the replaced fact)."""
    from .terms import mentioned, terms

    current = terms(d.evidence[0].text)
    stale = set().union(*(terms(m.text) for m in d.earlier)) - current if d.earlier else set()
    return bool(stale and mentioned(stale, reply))
