"""Keeping a conversation inside the model's context window.

The system prompt and retrieved context are always kept, and so is the user's newest message; the
oldest turns of the conversation go first, a whole exchange at a time so the model never sees a reply
without the question it answered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import AssistantError, Problem

ChatMessage = dict[str, str]


class PromptTooLong(AssistantError):
    problem = Problem.TOO_LONG


def fit_messages(
    pinned: Sequence[ChatMessage],
    history: Sequence[ChatMessage],
    latest: ChatMessage,
    budget: int,
    count: Callable[[list[ChatMessage]], int],
) -> list[ChatMessage]:
    """The longest suffix of `history` (cut at a user turn) such that the whole prompt fits `budget` tokens."""
    essential = [*pinned, latest]
    need = count(essential)
    if need > budget:
        raise PromptTooLong(
            f"the message is too long for this model: it needs {need} tokens and the model's window "
            f"leaves {budget}; shorten it, or raise the context size in the settings"
        )
    # A longer suffix never needs fewer tokens, so the earliest start that fits is found by bisection:
    # a year-long conversation costs a dozen template renders, not thousands.
    starts = [i for i, m in enumerate(history) if m["role"] == "user"]
    lo, hi = 0, len(starts)  # answer is starts[lo], or "no history" when lo == len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if count([*pinned, *history[starts[mid] :], latest]) <= budget:
            hi = mid
        else:
            lo = mid + 1
    kept = list(history[starts[lo] :]) if lo < len(starts) else []
    return [*pinned, *kept, latest]
