"""Long writing jobs, one chunk per step: each step asks the model to continue from the text so far.

A step is a few seconds of generation followed by a checkpoint (tasks.save_chunk), so cancelling, a
shutdown or a SIGKILL costs at most the chunk in progress.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import sqlite_utils

from .tasks import WORDS_PER_CHUNK, Task, chunks, fail_task, save_chunk

log = logging.getLogger(__name__)

TOKENS_PER_CHUNK = int(WORDS_PER_CHUNK * 1.6)  # English runs ~1.3 tokens a word; leave room to finish
CONTEXT_WORDS = 200  # how much of the text so far the model sees: enough to continue, small for a tiny model


class Model(Protocol):
    """What a step needs from assistant.llm.engine.Engine (kept narrow so the step is easy to read)."""

    def stream(self, messages: list[dict[str, str]], options: Any = None) -> Any: ...


def chunk_messages(task: Task, so_far: list[str]) -> list[dict[str, str]]:
    n, total = task.chunks_done + 1, task.chunks_total
    tail = " ".join(" ".join(so_far).split()[-CONTEXT_WORDS:])
    if not tail:
        ask = f"{task.prompt}\n\nWrite the beginning (part 1 of {total}, about {WORDS_PER_CHUNK} words)."
    else:
        where = "the ending" if n == total else f"part {n} of {total}"
        ask = (
            f'{task.prompt}\n\nThe text so far ends:\n"…{tail}"\n\nContinue it: write {where}, about '
            f"{WORDS_PER_CHUNK} words. Do not repeat what is already written."
        )
    return [{"role": "user", "content": ask}]


def run_step(
    db: sqlite_utils.Database, model: Model, task: Task, max_tokens: int = TOKENS_PER_CHUNK, seed: int | None = None
) -> Task | None:
    """Generate and checkpoint the next chunk of `task`; returns the updated task (None if it was
    cancelled meanwhile)."""
    from ..llm.engine import GenerationOptions  # llama.cpp loads only when a task actually runs

    try:
        generation = model.stream(
            chunk_messages(task, chunks(db, task.id)),
            GenerationOptions(max_tokens=max_tokens, temperature=0.8, seed=seed),
        )
        text = "".join(generation)
        completion = getattr(generation, "completion", None)
        tokens = completion.completion_tokens if completion is not None else len(text.split())
    except Exception as e:  # the model failed: the task says why, the worker carries on
        log.exception("task %d failed", task.id)
        fail_task(db, task.id, f"{type(e).__name__}: {e}")
        return None
    return save_chunk(db, task, text, tokens)
