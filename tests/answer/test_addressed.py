"""A line of an imported chat is about its speaker, not the one it speaks to (answer/addressed.py): real
LanceDB in tmp, the real embedder, lines as LoCoMo's conversations write them."""

from __future__ import annotations

from assistant.answer.addressed import spoken_to_only
from assistant.memory.store import MemoryStore
from tests.answer.asking import cited, told

NEWS = "Caroline: Woohoo Melanie! I passed the adoption agency interviews last Friday! I'm so excited."


def test_a_name_said_to_call_someone_says_nothing_of_them() -> None:
    assert spoken_to_only("What is Melanie excited about?", NEWS)
    assert spoken_to_only("Why did Gina close her bank account?", "Jon: Hey Gina, I had to close my bank account.")
    assert spoken_to_only("How is Melanie?", "Caroline: It's so sweet to see, Melanie.")
    # Spoken of as "you", by the one asked about, or named in what is said: about them.
    assert not spoken_to_only("What did Melanie paint?", "Caroline: Thanks, Melanie! Your sunset is lovely.")
    assert not spoken_to_only("What did Melanie paint?", "Melanie: Thanks, Caroline! I painted a sunset.")
    assert not spoken_to_only("What did Melanie paint?", "Caroline: Melanie painted a sunset, Jon!")
    assert not spoken_to_only("What did Melanie paint?", "Thanks, Melanie! I painted a sunset.")  # no speaker


def test_a_line_naming_no_one_asked_is_its_speaker_s_own() -> None:
    beach = "Melanie: Seeing my kids so happy at the beach was the best! We go once or twice a year."
    assert spoken_to_only("How often does Caroline go to the beach with her kids?", beach)
    assert not spoken_to_only("How often does Melanie go to the beach?", beach)
    # "you" may be the one asked about, and a question naming no one reads no speaker.
    assert not spoken_to_only("How often does Caroline go to the beach?", "Melanie: You go every summer, right?")
    assert not spoken_to_only("How often do we go to the beach?", beach)


def test_the_speaker_s_news_is_not_the_one_spoken_to_s(store: MemoryStore) -> None:
    told(store, NEWS, "Melanie: Thanks, Caroline! These shoes are for running.")
    assert cited(store, "What is Melanie excited about in her adoption process?") is None
    assert cited(store, "What is Caroline excited about?") == NEWS
