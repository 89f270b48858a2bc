"""A model's sentences are kept only when the cited evidence supports them (pure functions)."""

from __future__ import annotations

from assistant.answer.compose import best_sentences
from assistant.answer.decision import Asked, Decision, Outcome
from assistant.answer.pipeline import Plan, finish
from assistant.answer.support import keep_supported, supported
from assistant.memory.model import Memory

FISH = Memory(id="f", text="I feed the fish every morning at eight.", kind="turn", created="2026-01-02T10:00:00Z")
BOOK = Memory(
    id="b",
    text="Ukridge arrived in a cab. He had married Millie in the spring. They meant to farm chickens "
    "in Dorset, near Lyme Regis.",
    kind="document",
    created="2026-01-02T10:00:00Z",
    source="file:lac.txt:120",
)


def test_sentences_the_evidence_does_not_hold_are_removed() -> None:
    reply = (
        "You feed the fish every morning at eight [1]. Goldfish need their water changed weekly. "
        "The user has asked you to answer briefly."
    )
    assert keep_supported(reply, "When do I feed the fish?", [FISH]) == "You feed the fish every morning at eight."
    assert not supported("You feed them at 9.", "When do I feed the fish?", FISH.text)


def test_a_sentence_that_says_the_opposite_of_the_evidence_is_removed() -> None:
    said = "My sister's birthday is on 12 May"
    asked = "When is my sister's birthday?"
    assert not supported("On 12 May, not your sister's birthday.", asked, said)
    assert not supported("Your sister's birthday isn't on 12 May.", asked, said)
    assert supported("Your sister's birthday is on 12 May.", asked, said)
    # A negation the evidence itself makes may be said back.
    assert supported("You don't eat meat on Fridays.", "Do I eat meat?", "I don't eat meat on Fridays.")


def test_a_reply_left_without_the_answer_is_replaced_by_the_evidence() -> None:
    plan = Plan("When do I feed the fish?", Decision(Asked.USER, Outcome.MEMORY, [FISH]), places=["said in chat"])
    reply, cited = finish(plan, "Fish are fed once or twice a day, depending on the species [1].")
    assert reply.startswith("You told me on 2 January") and "“I feed the fish every morning at eight.”" in reply
    assert cited == [FISH]
    reply, cited = finish(plan, "Every morning at eight [1]. Fish like that.")
    assert reply == "Every morning at eight. [1]" and cited == [FISH]


def test_the_users_own_first_person_words_are_not_said_back_as_ours() -> None:
    peanuts = Memory(id="p", text="I'm allergic to peanuts.", kind="turn", created="2026-01-02T10:00:00Z")
    q = "What am I allergic to?"
    assert keep_supported("I'm allergic to peanuts [1].", q, [peanuts]) == ""
    assert keep_supported("You are allergic to peanuts [1].", q, [peanuts]) == "You are allergic to peanuts."
    # A book's narrator may say "I": a passage is not the user speaking.
    narrator = Memory(id="n", text="I went to Combe Regis with Ukridge.", kind="document")
    went = "I went to Combe Regis."
    assert keep_supported(went, "Where did the narrator go?", [narrator]) == went


def test_a_replaced_fact_is_never_stated() -> None:
    now = Memory(id="n", text="Home is Toronto now.", created="2026-02-01T10:00:00Z")
    old = Memory(id="o", text="I live in Hangzhou.", created="2025-02-01T10:00:00Z")
    plan = Plan("Where do I live?", Decision(Asked.USER, Outcome.MEMORY, [now], [old]), places=[None])
    reply, _ = finish(plan, "You live in Toronto now, not Hangzhou.")
    assert "Hangzhou" not in reply and "Toronto" in reply


def test_a_general_answer_carries_no_citation_marks() -> None:
    plan = Plan("List three French cities", Decision(Asked.OPEN, Outcome.GENERAL))
    assert finish(plan, "Paris [1], Lyon [2] and Nice [3].") == ("Paris, Lyon and Nice.", [])
    assert not plan.grounded


def test_the_sentence_of_a_passage_that_answers_is_quoted_with_its_place() -> None:
    assert best_sentences("Whom did Millie marry?", BOOK.text) == (
        "He had married Millie in the spring. They meant to farm chickens in Dorset, near Lyme Regis."
    )
    plan = Plan("Whom did Ukridge marry?", Decision(Asked.OPEN, Outcome.PASSAGE, [BOOK]), places=["lac.txt, line 120"])
    reply, cited = plan.product_reply()
    # The answer's own quote goes on to the sentences around them while it stays short (compose._around).
    assert reply == f"lac.txt, line 120 says: “{BOOK.text}” [1]"
    assert plan.citations(cited)[0].place == "lac.txt, line 120"


def test_the_other_passages_close_to_the_question_follow_the_answer_each_cited_with_its_place() -> None:
    other = Memory(
        id="o",
        text="Millie wrote to her aunt. The wedding had been quiet, she said, and Ukridge had forgotten the ring.",
        kind="document",
        created="2026-01-02T10:00:00Z",
        source="file:lac.txt:300",
    )
    decision = Decision(Asked.OPEN, Outcome.PASSAGE, [BOOK], nearby=[other])
    plan = Plan("Whom did Ukridge marry?", decision, places=["lac.txt, line 120"], nearby_places=["lac.txt, line 300"])
    reply, cited = plan.product_reply()
    first, rest = reply.split("\n\nOther passages close to the question:\n")
    assert first.endswith("[1]") and rest.startswith("[2] lac.txt, line 300: “") and "Ukridge had forgotten" in rest
    assert [(c.id, c.place) for c in plan.citations(cited)] == [("b", "lac.txt, line 120"), ("o", "lac.txt, line 300")]
    # A model's answer the passage supports keeps them too.
    kept, cited = finish(plan, "He had married Millie in the spring.")
    assert kept.startswith("He had married Millie in the spring. [1]\n\nOther passages") and len(cited) == 2


def test_dialogue_is_quoted_by_its_own_marks_not_doubled() -> None:
    from assistant.answer.compose import in_quotes

    assert (
        in_quotes("“And Mrs. Beale’s the same, I suppose?” “Yes, sir.”")
        == "“And Mrs. Beale’s the same, I suppose?” “Yes, sir.”"
    )
    assert in_quotes("Beale brought the lamp.") == "“Beale brought the lamp.”"
    assert in_quotes("“A most competent man of the name of Beale.") == "“A most competent man of the name of Beale.”"
