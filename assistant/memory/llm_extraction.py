"""Profile facts by the LLM, with its answer constrained by a JSON schema and then checked like user
input. The rules (extraction.py) stay the dependable path: the bundled 135M model often returns
nothing or nonsense, so this only adds facts the rules missed and never overrides them.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from ..language import is_question
from .extraction import Fact, extract_facts

log = logging.getLogger(__name__)

# The subjects the model may name: the single-valued ones the rules also know, so supersession works
# the same whichever path found the fact.
SUBJECTS: dict[str, str] = {
    "home_city": "I live in {v}",
    "employer": "I work at {v}",
    "job": "I work as {v}",
    "name": "My name is {v}",
    "name_of:spouse": "My partner is called {v}",
    "name_of:dog": "My dog is called {v}",
    "name_of:cat": "My cat is called {v}",
    "name_of:doctor": "My doctor is {v}",
    "car": "My car is {v}",
    "gym": "My gym is {v}",
    "birthday": "My birthday is {v}",
    "favorite:food": "My favourite food is {v}",
}

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "facts": {
            "type": "array",
            "maxItems": 3,
            "items": {
                "type": "object",
                "properties": {"subject": {"type": "string", "enum": list(SUBJECTS)},
                               "value": {"type": "string", "maxLength": 60}},
                "required": ["subject", "value"],
            },
        }
    },
    "required": ["facts"],
}

PROMPT = (
    "Extract lasting facts the speaker states about themself. Subjects: {subjects}. "
    "Copy each value exactly from the text. If there are none, return an empty list.\n\nText: {text}"
)


class JsonModel(Protocol):
    def complete_json(self, messages: list[dict[str, str]], schema: dict[str, Any], *,
                      max_tokens: int = 256, seed: int = 0) -> Any: ...


def validate(answer: Any, text: str) -> list[Fact]:
    """Keep only well-formed facts whose value the user actually said (a small model invents values)."""
    if not isinstance(answer, dict) or not isinstance(answer.get("facts"), list):
        return []
    facts: dict[str, Fact] = {}
    for item in answer["facts"]:
        if not isinstance(item, dict):
            continue
        subject, value = item.get("subject"), item.get("value")
        if subject not in SUBJECTS or not isinstance(value, str):
            continue
        value = value.strip(" .,'\"")
        if not value or len(value) > 60 or value.lower() not in text.lower() or subject in facts:
            continue
        facts[subject] = Fact(subject, value, SUBJECTS[subject].format(v=value))
    return list(facts.values())


def extract_facts_with_model(model: JsonModel, text: str) -> list[Fact]:
    """Rule facts, plus model facts on subjects the rules did not find. Never raises for model trouble."""
    ruled = extract_facts(text)
    if is_question(text):
        return ruled  # empty: a question states no facts, whatever the model makes of it
    try:
        answer = model.complete_json(
            [{"role": "user", "content": PROMPT.format(subjects=", ".join(SUBJECTS), text=text)}],
            SCHEMA, max_tokens=120,
        )
    except Exception:  # the model is an optional helper here: its failure must not lose the turn
        log.warning("LLM fact extraction failed", exc_info=True)
        return ruled
    known = {f.subject for f in ruled}
    return ruled + [f for f in validate(answer, text) if f.subject not in known]
