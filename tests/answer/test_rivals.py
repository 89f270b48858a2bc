"""A newer remark that may replace the answer is looked for near the answer's own statement, not only
near the question (answer/newer.py `rivals`, current.py `rival`): real LanceDB in tmp, the real embedder."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.answer.current import rival
from assistant.answer.decision import DEFAULT, Candidate
from assistant.answer.newer import rivals
from assistant.answer.pipeline import plan
from assistant.answer.slot_meaning import Likeness, likeness
from assistant.memory import api
from assistant.memory.model import Memory
from assistant.memory.store import MemoryStore

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def said(store: MemoryStore, *remarks: tuple[str, str]) -> None:
    for text, day in remarks:
        api.remember(text, kind="turn", at=datetime.fromisoformat(f"{day}T10:00:00+00:00"), store=store)


def season(store: MemoryStore, lines: list[str], n: int = 120, start: int = 3) -> None:
    """Chit-chat that uses the asked subject's words without changing it, every day for months."""
    said(store, *[(lines[i % len(lines)], f"2025-{start + i // 28:02d}-{1 + i % 28:02d}") for i in range(n)])


CAR_TALK = [
    "Hana's new car is a bit flashy.",
    "Traffic was terrible on the way home.",
    "Drove to the coast with Tom.",
    "同事的新车很帅。",
    "今天开车去了郊区。",
]
# A year's everyday remarks: the weather, meals, work, and other people's cars and gyms.
EVERYDAY = [
    *CAR_TALK,
    "The weather is grey today.",
    "I had noodles for lunch.",
    "Work was great today.",
    "Skipped the gym again.",
    "Met Tom at the gym.",
    "今天没去健身房。",
    "中午吃了饺子。",
    "公司的咖啡不错。",
]


def test_a_newer_remark_that_names_the_subject_is_told_beside_the_old_statement(store: MemoryStore) -> None:
    # "Our family car is …" is in no phrasing the car slot reads, and a year of car chit-chat is nearer
    # the question than it: found near "Driving a green Volkswagen Golf", it is shown, not the Golf as fact.
    said(store, ("Driving a green Volkswagen Golf these days.", "2025-02-01"))
    season(store, EVERYDAY, 200)
    said(store, ("Our family car is a blue Honda Civic now.", "2025-09-10"))
    season(store, EVERYDAY, 40, 10)
    p = plan("What am I driving these days?", store, now=NOW)
    assert p.decision.uncertain
    reply, cited = p.product_reply()
    assert [m.text for m in cited] == [
        "Driving a green Volkswagen Golf these days.",
        "Our family car is a blue Honda Civic now.",
    ]
    assert "Golf" in reply and "Honda Civic" in reply and "10 September 2025" in reply


def test_a_newer_statement_the_question_does_not_find_replaces_the_answer(store: MemoryStore) -> None:
    said(store, ("My gym is the YMCA downtown.", "2025-02-01"))
    season(store, EVERYDAY, 200)
    said(store, ("Working out at FitLife on Mill Road most mornings.", "2025-09-10"))
    p = plan("Which gym do I go to?", store, now=NOW)
    assert not p.decision.uncertain
    assert p.decision.evidence[0].text.startswith("Working out at FitLife")
    assert [m.text for m in p.decision.earlier][:1] == ["My gym is the YMCA downtown."]
    reply, cited = p.product_reply()
    assert "FitLife" in reply and "YMCA" not in reply and len(cited) == 1
    # Found near the answer's own statement, behind forty "Skipped the gym again." read once each.
    found = [c.memory.text for c in rivals(store, "Which gym do I go to?", p.decision.earlier[0])]
    assert "Working out at FitLife on Mill Road most mornings." in found
    assert len(found) == len(set(found)) and "Met Tom at the gym." not in found


def test_chit_chat_with_the_subjects_words_leaves_the_answer_as_it_is(store: MemoryStore) -> None:
    # An occasion ("Drove to the coast"), someone else's car, a plan: none says which car is the user's.
    said(store, ("Driving a green Volkswagen Golf these days.", "2025-02-01"))
    season(store, [*EVERYDAY, "I might get a new car next year."], 200)
    p = plan("What am I driving these days?", store, now=NOW)
    assert not p.decision.uncertain
    assert p.decision.evidence[0].text == "Driving a green Volkswagen Golf these days."


def test_only_a_newer_first_person_remark_on_the_subject_is_a_rival() -> None:
    q = "What am I driving these days?"
    answer = Candidate(Memory("a", "Driving a green Volkswagen Golf these days.", created="2025-02-01T10"), 0, 1)

    def later(text: str, day: str = "2025-09-10", similarity: float = 0.4) -> Candidate:
        return Candidate(Memory("b", text, created=f"{day}T10"), 0.0, similarity)

    found = rival(q, answer, [later("Our family car is a blue Honda Civic now.")])
    assert found is not None and found[0].memory.text.startswith("Our family car") and not found[1]
    stated = rival(q, answer, [later("My car is a blue Honda Civic.")])
    assert stated is not None and stated[1]  # a phrasing the car slot reads replaces the answer
    for text in (
        "Hana's new car is a bit flashy.",  # someone else's
        "Drove to the coast with Tom.",  # one occasion
        "I might get a new car next year.",  # a plan
        "Which car should I buy?",  # a question is not telling
    ):
        assert rival(q, answer, [later(text)]) is None, text
    assert rival(q, answer, [later("Our family car is a blue Honda Civic now.", day="2025-01-10")]) is None
    assert rival(q, answer, [later("Our family car is a blue Honda Civic now.", similarity=0.05)]) is None
    # A question about one occasion asks for that occasion, not for how things are now.
    assert rival("What did I drive last year?", answer, [later("Our family car is a blue Honda Civic now.")]) is None


def test_a_newer_remark_in_none_of_the_slots_words_is_told_beside_the_answer_by_its_meaning(
    store: MemoryStore,
) -> None:
    # No partner word, far from the question's words: nearest the partner's statements (slot_meaning.py).
    said(store, ("My partner is called Anna.", "2025-02-01"))
    season(store, EVERYDAY, 200)
    said(store, ("Living with Sam now, we're very much in love.", "2025-09-10"))
    season(store, EVERYDAY, 40, 10)
    p = plan("Who am I seeing?", store, now=NOW)
    assert p.decision.uncertain
    first, later = p.decision.evidence  # the profile fact read from the first remark, then the later one
    assert first.text.startswith("My partner is called Anna")
    assert later.text == "Living with Sam now, we're very much in love."


def test_a_day_told_near_the_slots_meaning_is_no_rival() -> None:
    q = "What am I driving these days?"
    answer = Candidate(Memory("a", "Driving a green Volkswagen Golf these days.", created="2025-02-01T10"), 0, 1)

    def found(text: str, own: float = 0.45, other: float = 0.30) -> tuple[Candidate, bool] | None:
        # Nearer the car's statements than anything else's, by 0.15 unless said.
        later = Candidate(Memory("b", text, created="2025-09-10T10"), 0.0, 0.3)
        return rival(q, answer, [later], meaning={"b": Likeness(own, other)})

    told = found("Commuting in a red Tesla these days.")
    assert told is not None and not told[1]  # told beside the answer, not instead of it
    sure = found("Commuting in a red Tesla these days.", own=0.6)
    assert sure is not None and sure[1]
    for text in (
        "I lent my drill to Diego.",  # one day's action
        "Drove to the coast with Tom.",
        "刚跑完步。",
        "The Golf is filthy, must wash it.",  # the answer's own value again
    ):
        assert found(text) is None, text
    assert found("Commuting in a red Tesla.", other=0.45) is None  # no lead over another slot


def test_a_personal_remark_about_no_slot_is_not_near_the_asked_slots_meaning(embedder) -> None:
    """Tried as a new user: with a handful of memories, "My wifi password is on the fridge." was told as a
    possible change of "My dog, Rex, is three years old." (0.30 to the dog's statements, 0.29 to the rest)."""
    remarks = ["My wifi password is on the fridge.", "I'm allergic to peanuts.", "我的护照放在书房的抽屉里。"]
    vectors = embedder.embed(remarks)
    found = [Candidate(Memory(str(i), r), 0.0, 0.0, v) for i, (r, v) in enumerate(zip(remarks, vectors, strict=True))]
    for question in ("How old is my dog?", "Where do I live?", "What car do I drive?"):
        for c in found:
            assert likeness(embedder, question, [c])[c.memory.id].margin < DEFAULT.meaning_margin, (question, c.text)
