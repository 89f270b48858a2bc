"""Word vectors are embedded once, in one batch per caller (answer/word_vectors.py): the real bundled
embedder, counted; the kinds of every remark found cost one embedder call, not one each."""

from __future__ import annotations

import numpy as np

from assistant.answer.kinds import kinds_found
from assistant.answer.word_vectors import word_vectors


class Counted:
    """The real embedder, counting its calls."""

    def __init__(self, embedder) -> None:
        self.inner, self.name, self.calls = embedder, f"counted-{embedder.name}", 0

    def embed(self, texts):
        self.calls += 1
        return self.inner.embed(texts)


def test_a_word_is_embedded_once_and_its_vector_is_the_embedders(embedder) -> None:
    counted = Counted(embedder)
    first = word_vectors(counted, ("violin", "porridge", "violin"))
    again = word_vectors(counted, ("porridge", "violin"))
    assert counted.calls == 1
    assert np.allclose(first[0], first[2]) and np.allclose(again[1], first[0])
    assert np.allclose(first[1], embedder.embed(["porridge"])[0], atol=1e-5)


def test_the_kinds_of_every_remark_found_take_one_embedder_call(embedder) -> None:
    counted = Counted(embedder)
    remarks = [
        "I can't stand cold weather.",
        "Porridge with honey is the best breakfast.",
        "I hate my commute.",
        "Olives are disgusting.",
        "I've been learning the saxophone since spring.",
        "Broccoli again tonight, ugh.",
    ]
    kinds = kinds_found("food", "What food do I hate?", remarks, lambda words: word_vectors(counted, words))
    assert counted.calls == 1
    assert kinds[0] == -1 and kinds[1] >= 0 and kinds[3] >= 0  # weather is no food; porridge and olives may be
