"""A question about the user is answered by their own notes when the notes hold it: "How often should I
water the tomatoes?" from garden notes that say "watering every second day" without the word "often",
as any passage need not hold the words that ask for a kind of answer (routing.passage_terms). When those
words leave one thing to name, a passage that only mentions it is not the answer. Real LanceDB, the
real embedder, a real Markdown file imported."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.decision import Asked, Outcome
from assistant.answer.pipeline import plan
from assistant.memory import import_file
from assistant.memory.store import MemoryStore
from tests.answer.asking import decided, told

NOTES = """# Garden

## Tomatoes

Planted the San Marzano seedlings in the south bed. They need watering every second day and a feed of
seaweed every Sunday.

## Shed

The spare key is under the blue flowerpot by the back door.

# Car

The Fiesta's MOT is due on 3 September. The insurance is with Calder Mutual.
"""


def notes(store: MemoryStore, tmp_path: Path) -> MemoryStore:
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    import_file(path, store=store)
    return store


def test_the_user_s_notes_answer_how_often_without_the_word(store: MemoryStore, tmp_path: Path) -> None:
    d = decided(notes(store, tmp_path), "How often should I water the tomatoes?")
    assert d.asked is Asked.USER and d.outcome is Outcome.PASSAGE
    assert "every second day" in d.evidence[0].text


def test_a_passage_that_only_names_the_one_thing_left_is_not_the_answer(store: MemoryStore, tmp_path: Path) -> None:
    # "How long" asks for a length; without it "Fiesta" alone is left, which the MOT note mentions.
    d = decided(notes(store, tmp_path), "How long have I had the Fiesta?")
    assert d.outcome is Outcome.DONT_KNOW and not d.evidence


ADMIN = """# Home admin

- Car insurance: Direct Line, policy no. DL-448213, renews 14 March
- Boiler service: British Gas, booked for 2 February
- Council tax reference: 7781-2204
- Dentist: Dr Okafor at Smile Clinic, next check-up 9 April
"""


def test_an_item_of_a_list_is_quoted_alone_and_placed_at_its_own_line(store: MemoryStore, tmp_path: Path) -> None:
    path = tmp_path / "admin.md"
    path.write_text(ADMIN, encoding="utf-8")
    import_file(path, store=store)
    p = plan("When is my next dentist check-up?", store)
    reply, cited = p.product_reply()
    assert reply == "admin.md, line 6 says: “- Dentist: Dr Okafor at Smile Clinic, next check-up 9 April” [1]"
    assert [c.place for c in p.citations(cited)] == ["admin.md, line 6"]


def test_advice_asked_by_measure_is_general_when_nothing_the_user_gave_says(store: MemoryStore) -> None:
    assert plan("How long should I boil pasta?", store).decision.outcome is Outcome.GENERAL
    assert plan("How often should I water my cactus?", store).decision.outcome is Outcome.DONT_KNOW
    told(store, "The doctor told me to take two pills every morning.")
    assert plan("How many pills should I take?", store).decision.outcome is Outcome.MEMORY
