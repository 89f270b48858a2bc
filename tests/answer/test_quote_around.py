"""The answer's quote takes in the sentences beside the ones that hold the question, where the answer
mostly is (compose._around); the passages shown after it keep their short quote. Pure functions over the
real sentence splitter and the real reply."""

from __future__ import annotations

from assistant.answer.compose import QUOTE_CHARS, best_sentences
from assistant.answer.decision import Asked, Decision, Outcome
from assistant.answer.pipeline import Plan
from assistant.memory.model import Memory
from assistant.sentences import split_sentences

TENNIS = Memory(
    id="t",
    text=(
        "The match on the lawn went on until the light began to fail over the elms. "
        "“Where is Miss Derrick?” I asked Chase, who was picking up the balls by the net. "
        "“She went into the house to write her letters,” said Chase, and he yawned. "
        "“When did she go?” “At the end of the fourth game,” he said, without looking up. "
        "I put my racket away and walked slowly back across the lawn towards the gate, "
        "thinking of nothing at all but the professor and his temper."
    ),
    kind="document",
    created="2026-01-02T10:00:00Z",
    source="file:tennis.md:1",
)
OTHER = Memory(
    id="o",
    text=(
        "Phyllis came out of the house with a letter in her hand and a look I did not like. "
        "She said that her father wished to see me in the study at once. "
        "I went, and found him standing by the window with his back to the door."
    ),
    kind="document",
    created="2026-01-02T10:00:00Z",
    source="file:tennis.md:9",
)
QUESTION = "When did Miss Derrick go into the house?"


def test_the_answers_quote_goes_on_to_the_sentences_beside_the_one_that_holds_the_question() -> None:
    parts = split_sentences(TENNIS.text)
    # Focus found the sentence with the house; the answer is two sentences after it.
    window = (3, 4)
    assert "fourth game" not in best_sentences(QUESTION, TENNIS.text, window)
    quote = best_sentences(QUESTION, TENNIS.text, window, around=True)
    assert "At the end of the fourth game" in quote and len(quote) <= QUOTE_CHARS
    # The one after first, then the one before, in turn, while the quote's length allows: the long last
    # sentence does not fit, the first one still does.
    assert quote == " ".join(parts[:6]) and parts[6] not in quote


def test_a_window_longer_than_a_quote_is_cut_as_before() -> None:
    long = Memory(id="l", text="Ukridge talked. " + "He went on about the hens and the eggs, " * 12 + "and stopped.")
    window = (1, 2)
    assert best_sentences("What did Ukridge say about the hens?", long.text, window, around=True) == best_sentences(
        "What did Ukridge say about the hens?", long.text, window
    )


def test_only_the_answer_is_quoted_with_what_is_around_it_the_passages_after_it_are_not() -> None:
    decision = Decision(Asked.DOCUMENT, Outcome.PASSAGE, [TENNIS], nearby=[OTHER])
    plan = Plan(
        QUESTION,
        decision,
        places=["tennis.md, line 1"],
        nearby_places=["tennis.md, line 9"],
        windows={"t": (3, 4), "o": (0, 1)},
    )
    reply, _ = plan.product_reply()
    answer, shown = reply.split("\n\n")
    assert "At the end of the fourth game" in answer
    assert "[2] tennis.md, line 9: “Phyllis came out of the house with a letter in her hand" in shown
    assert "her father wished" not in shown
