"""A thing lent or borrowed that came back ends the lending, in any of the words one list (lending.CAME_BACK)
keeps for both the lending's end and any ending (newer._EN_ENDING): the answer gives the return with it.
The user coming back returns nothing. Real LanceDB and the real embedder."""

from __future__ import annotations

from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, decided, told


def said(store: MemoryStore, question: str) -> str:
    """Everything the answer cites, as one text."""
    return " ".join(m.text for m in decided(store, question, settled=True).evidence)


def test_a_ladder_handed_back_is_no_longer_with_the_neighbour(store: MemoryStore) -> None:
    told(store, "Lent my ladder to Owen.", "Owen handed it back this morning.")
    assert "handed it back" in said(store, "Who has my ladder?")


def test_a_sewing_machine_returned_is_no_longer_the_users(store: MemoryStore) -> None:
    told(store, "Borrowed Nina's sewing machine.", "The sewing machine was returned to Nina.")
    assert "returned" in said(store, "Whose sewing machine do I have?")


def test_coming_back_from_a_trip_ends_nothing(store: MemoryStore) -> None:
    told(store, "I work at Boots.", "Returned from Lisbon yesterday.")
    assert "Boots" in (cited(store, "Where do I work?") or "")
    assert "Lisbon" not in said(store, "Where do I work?")
