"""A question about what the user said of books is about the user: "What's my favourite book?" said
"I couldn't find anything in your books or documents" while "My favourite book is Dune." was remembered.
Real LanceDB and the real embedder."""

from __future__ import annotations

from assistant.answer.decision import Asked, Outcome
from assistant.memory.api import remember
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided

REMARKS = (
    "My favourite book is Dune.",
    "Started reading Middlemarch on the train.",
    "I keep my notes in a blue notebook.",
)


def test_the_user_s_own_remark_about_books_answers(store: MemoryStore) -> None:
    for text in REMARKS:
        remember(text, store=store)
    d = decided(store, "What's my favourite book?")
    assert d.asked is Asked.DOCUMENT and d.outcome is Outcome.MEMORY and "Dune" in d.evidence[0].text
    d = decided(store, "Where do I keep my notes?")
    assert d.outcome is Outcome.MEMORY and "notebook" in d.evidence[0].text


def test_a_remark_naming_only_part_of_it_is_not_the_answer(store: MemoryStore) -> None:
    # The favourite book names "book" and not "reading": citing it would answer another question.
    for text in REMARKS:
        remember(text, store=store)
    d = decided(store, "What book am I reading?")
    assert not any("Dune" in m.text for m in d.evidence)
