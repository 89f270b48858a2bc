"""A name a novel keeps mentioning makes a question about the novel, unless the dictionary gives it whole as a
name of the world's, spelt as asked ("Who built Selfridges?" beside a novel full of Selfridge's): then it
is general knowledge. A name the dictionary has only as the end of a longer one, or as another word of its
stem, stays the book's ("Hawk" in "Black Hawk", "Hawking")."""

from __future__ import annotations

from assistant.answer import lexicon
from assistant.answer.terms import names


def whole(question: str) -> set[frozenset[str]]:
    return lexicon.whole_world_names_in(question, names(question))


def test_a_name_glossed_whole_is_the_worlds() -> None:
    assert whole("When was Harrods built?") == {frozenset({"harrod"})}
    assert frozenset({"pari"}) in whole("How far is Paris from the coast?")


def test_a_name_known_only_inside_a_longer_one_is_not() -> None:
    assert whole("What did Hawk say to the vicar?") == set()
    # Known as the world's by its stem alone, but not glossed whole.
    assert lexicon.world_names_in("What did Hawk say to the vicar?", names("What did Hawk say to the vicar?"))
