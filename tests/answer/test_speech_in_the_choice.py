"""A question about what someone said is answered by a passage where they speak (passage_choice.best_passage), and
speakers.py marks the right one: not by "Mrs." alone, and "he said" after a name further into the sentence
before. Real passages of the book (the second development set's train, the first set's Tom Chase and
omelettes)."""

from __future__ import annotations

from assistant.answer.decide import decide
from assistant.answer.decision import Candidate, Outcome
from assistant.answer.speakers import read_back, sentence_speakers
from assistant.memory.model import Memory


def passage(n: int, text: str, speakers: tuple[str, ...] = ()) -> Candidate:
    memory = Memory(id=f"book-b-{n}", text=text, kind="document", position=n, import_id="b")
    return Candidate(memory, score=1.0, similarity=0.3, share=0.7, speakers=speakers)


NARRATED = passage(
    33,
    "The austerity of Waterloo Station was lightened on the following morning at ten minutes to eleven, when I "
    "arrived to catch the train to Combe Regis, by several gleams of sunshine and a great deal of bustle and "
    "activity on the various platforms. Then, with ten minutes to spare, I went off in search of Ukridge.",
)
SPOKEN = passage(
    32,
    "“Business, laddie, pure business. Very well, then. We shall catch the eleven-twenty at Waterloo. Don’t "
    "miss it. Look out for me on the platform. If I see you first, I’ll shout.”",
    ("Ukridge",) * 6,  # as speakers.with_speakers marks it, from "said Ukridge" in the passages before
)


def test_the_passage_where_the_one_asked_about_speaks_answers_what_they_said() -> None:
    d = decide("Which train did Ukridge say they would catch at Waterloo?", [], [NARRATED, SPOKEN])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == SPOKEN.memory.id


def test_a_question_not_about_speech_keeps_the_fuller_passage() -> None:
    d = decide("Which train did Ukridge catch at Waterloo?", [], [NARRATED, passage(32, SPOKEN.memory.text)])
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == NARRATED.memory.id


OMELETTES = (
    "“She says she needs so many for puddings, dear,” said Mrs. Ukridge. “I spoke to her about it yesterday. "
    "And of course, we often have omelettes.”"
)


def test_mrs_ukridge_does_not_speak_for_mrs_beale() -> None:
    c = passage(60, OMELETTES)
    assert read_back("Mrs. Beale", c, {}).speakers == ()
    assert set(read_back("Mrs. Ukridge", c, {}).speakers) == {"Mrs. Ukridge"}


def test_he_said_after_a_name_inside_the_last_sentence_is_theirs() -> None:
    before = (
        "I thanked him, and went off with my friend the lieutenant to the house. We imprisoned Aunt Elizabeth "
        "in the stables, to her profound indignation, and made our way to Mr. Chase’s room."
    )
    text = (
        "“So you’ve met the professor before?” he said, hospitably laying out a change of raiment for me.\n\n"
        "“I have never spoken to him,” I said.\n\n"
        "“I think, if I were you, I shouldn’t mention Sir Edward Carson at lunch.”"
    )
    assert sentence_speakers(text, (before,)) == ("Mr. Chase", "Mr. Chase", "I", "Mr. Chase")


REPORTED = passage(
    392,
    "Or again. There was a bicycle and photograph shop near the school. He went into this one day, and his roving "
    "eye fell on a tandem bicycle. He did not want a tandem bicycle, but that influenced him not at all. He ordered "
    "it provisionally. After a week the shopman sent round to ask if there were any further particulars which "
    "Mr.\u00a0Ukridge would like to learn before definitely ordering them. Mr.\u00a0Ukridge sent back word that he "
    "was considering the matter, and that in the meantime would he be so good as to let him have that little "
    "clockwork man in his window, which walked when wound up?",
)
EXPLAINED = passage(
    393,
    "Having got this, and not paid for it, Ukridge thought that he had done handsomely by the bicycle and "
    "photograph man, and that things were square between them. The latter met him a few days afterwards, and "
    "expostulated plaintively. Ukridge explained. “My good man,” he said, “you know, I really think we need say no "
    "more about the matter. Now, look here, which would you rather be owed for? A clockwork man—which is broken, "
    "and you can have it back—or a tandem bicycle? What?”",
    ("", "", "", "Ukridge", "Ukridge", "Ukridge"),
)


def test_speaking_does_not_outweigh_a_passage_holding_two_more_of_the_question() -> None:
    # The seventh development set: Ukridge's own words hold the bicycle, the shop and Ukridge; the reported
    # request holds what he asked for, the shop, letting him have it and the bicycle as well.
    d = decide(
        "What did Ukridge ask the bicycle shop to let him have while he thought it over?", [], [EXPLAINED, REPORTED]
    )
    assert d.outcome is Outcome.PASSAGE and d.evidence[0].id == REPORTED.memory.id
