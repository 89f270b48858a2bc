"""Answering a question scoped to a book (scope.py): the answer pipeline run over that book's passages
only, and a chapter's overview for "what happens in chapter 3?".

The pipeline's own parts decide and word the answer (answer/evidence.py, decide.py, support.py); this
module only narrows what they see: the book's (or chapter's) passages and none of the user's personal
memories, since "in this book, who is Anselm?" is not answered by something the user once said.
"""

from __future__ import annotations

from datetime import datetime

from ..answer.decide import decide
from ..answer.decision import DEFAULT, Asked, Outcome
from ..answer.evidence import Found, gather
from ..answer.pipeline import Plan, plan
from ..answer.support import keep_supported
from ..language import asks, is_chinese
from ..memory.store import MemoryStore
from .discussion import Overview
from .scope import Scope


def book_plan(scope: Scope, store: MemoryStore, *, now: datetime | None = None) -> Plan:
    """The answer plan for a question about one book or chapter, from its passages alone."""
    question = scope.question
    if not asks(question):
        return plan(question, store, now=now)  # a remark about the book: chat about it, nothing to look up
    found = gather(store, question, now=now, where=scope.where)
    # With a book chosen, every question is about it: no floor for open questions far from the passages.
    decision = decide(question, [], found.passages, DEFAULT, Asked.DOCUMENT)
    return Plan.placed(question, decision, Found([], found.passages), now)


def found_nothing(scope: Scope, p: Plan) -> bool:
    """A question about the book that its passages do not answer. The model's general knowledge is not
    asked instead: about a novel it would invent (measured: "the Eye of the Ancients")."""
    return asks(scope.question) and p.decision.outcome in (Outcome.DONT_KNOW, Outcome.GENERAL)


def nothing_in(scope: Scope, question: str) -> str:
    """The one line for a question the book (or chapter) does not answer."""
    if is_chinese(question):
        line = f"我在《{scope.label}》里没有找到回答这个问题的内容。"
        return line if scope.named else line + "（选中这本书时，问题都从书中回答。）"
    line = f"I couldn't find anything in “{scope.label}” that answers that."
    return line if scope.named else line + " (While this book is chosen, questions are answered from it.)"


def summary_prompt(overview: Overview) -> str:
    """What a model that can summarise is shown: the chapter's key sentences, and nothing else."""
    lines = "\n".join(f"- {k.text}" for k in overview.sentences)
    return (
        "Summarise this chapter of a book in three to five plain sentences, using only what these "
        "sentences from it say:\n" + lines
    )


def checked_summary(reply: str, question: str, overview: Overview) -> str | None:
    """The model's summary keeping only the sentences the chapter's passages support, cited; None when
    fewer than two survive (the key sentences themselves are then shown)."""
    kept = keep_supported(reply, question, overview.cited)
    if len(kept.split(". ")) < 2 and len(kept) < 120:
        return None
    marks = "".join(f"[{n}]" for n in range(1, len(overview.cited) + 1))
    return f"{kept.rstrip()} {marks}"
