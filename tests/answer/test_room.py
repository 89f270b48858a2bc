"""The answer room's own piece: what the model sees of a conversation (the decisions are in decide.py)."""

from __future__ import annotations

from assistant.answer.room import model_history
from assistant.messages import Message


def test_the_model_sees_only_the_exchanges_it_answered() -> None:
    def message(role: str, content: str, model: str | None = None) -> Message:
        return Message(id=content, conversation_id="c", role=role, content=content, created="", model=model)

    history = model_history(
        [
            message("user", "remember that my cat is Mochi"),
            message("assistant", "OK"),
            message("user", "Hello"),
            message("assistant", "Hi there", model="m"),
        ]
    )
    assert history == [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Hi there"}]
