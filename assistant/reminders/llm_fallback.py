"""The last resort for sentences the rules cannot read: the model rewrites, the rules decide.

The model is asked (with output constrained to a JSON schema) only to restate the sentence as a task and
a plain time phrase ("after lunch tomorrow" → "tomorrow at 1pm"). That phrase then goes through the same
deterministic parser as typed text, so the model never does date arithmetic, and its answer is validated
like user input: a phrase the rules cannot read, or a task made of words the user never said, is refused.
A result from here is marked `guessed`, so the caller can ask the user to confirm it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from .model import ParsedReminder, ReminderError
from .parser import parse_reminder

log = logging.getLogger(__name__)

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "task": {"type": "string", "maxLength": 200},
        "time": {"type": "string", "maxLength": 60},
    },
    "required": ["task", "time"],
}
EXAMPLES = (
    'Sentence: "ping me about the rent first thing tomorrow"\n{"task": "the rent", "time": "tomorrow at 8am"}\n'
    'Sentence: "when the clock strikes six tonight, tell me to feed the cat"\n'
    '{"task": "feed the cat", "time": "today at 6pm"}\n'
)
PROMPT = ("Rewrite the reminder as JSON with the task and a simple time such as 'tomorrow at 9am', "
          "'in 20 minutes', 'every Monday at 8am' or 'on December 3 at 5pm'.\n{examples}Sentence: \"{text}\"\n")
MIN_TASK_OVERLAP = 0.75  # most of the task's content words must come from the user's sentence
STOP_WORDS = {"a", "an", "the", "to", "of", "me", "my", "about", "and", "for", "on", "at", "in", "i", "it", "your"}
# Small models copy the prompt's examples; an answer that does is no reading of the user's sentence.
EXAMPLE_TASKS = {"the rent", "feed the cat"}
UNREADABLE = "I couldn't work out when: say it like 'tomorrow at 9am', 'in 20 minutes' or 'every Monday at 8'."


class JsonModel(Protocol):
    """The one call needed from assistant.llm.engine.Engine."""

    def complete_json(self, messages: list[dict[str, str]], schema: dict[str, Any], *, max_tokens: int = 256,
                      seed: int = 0) -> Any: ...


def _words(text: str) -> list[str]:
    # Latin words, and single CJK characters (Chinese has no spaces to split on).
    return re.findall(r"[a-z0-9']+|[\u3400-\u9fff]", text.lower())


def validate(answer: Any, text: str, now: datetime) -> ParsedReminder:
    """Treat the model's JSON as untrusted input: right shape, readable time, task grounded in the text."""
    if not isinstance(answer, dict) or not isinstance(answer.get("task"), str) or not isinstance(
            answer.get("time"), str):
        raise ReminderError(UNREADABLE)
    task, when = answer["task"].strip(), answer["time"].strip()
    said = set(_words(text))
    task_words = [w for w in _words(task) if w not in STOP_WORDS]
    if task.lower() in EXAMPLE_TASKS and task.lower() not in text.lower():
        raise ReminderError(UNREADABLE)
    if not task_words or sum(w in said for w in task_words) / len(task_words) < MIN_TASK_OVERLAP:
        raise ReminderError(UNREADABLE)
    try:
        timed = parse_reminder(f"{when} remind me to {task}", now)
    except ReminderError as e:
        raise ReminderError(UNREADABLE) from e
    return replace(timed, task=task, text=text, guessed=True)


def parse_with_fallback(text: str, now: datetime, model: JsonModel | None) -> ParsedReminder:
    """parse_reminder(), and when it finds no time and a model is given, the model's reading of it.

    Refusals other than "no time" (empty, past, impossible) stand: the model is not asked to overrule them.
    """
    try:
        return parse_reminder(text, now)
    except ReminderError as e:
        if model is None or not str(e).startswith("No time given"):
            raise
    prompt = PROMPT.format(examples=EXAMPLES, text=text.replace('"', "'")[:400])
    answer = model.complete_json([{"role": "user", "content": prompt}], SCHEMA, max_tokens=96, seed=0)
    log.info("model read %r as %r", text, answer)
    return validate(answer, text, now)
