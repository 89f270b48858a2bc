"""The model fallback: its answers are validated like user input, and with the real bundled model a
sentence the rules cannot read yields either a sound reminder or a clear refusal, never a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.reminders import ReminderError
from assistant.reminders.llm_fallback import parse_with_fallback, validate

from .conftest import MONDAY_8AM

SENTENCE = "when the big hand reaches twelve after lunch, nudge me about the plumber"


def test_a_sound_answer_is_parsed_by_the_rules_and_marked_guessed() -> None:
    parsed = validate({"task": "the plumber", "time": "today at 1pm"}, SENTENCE, MONDAY_8AM)
    assert (parsed.task, parsed.first.hour, parsed.guessed) == ("the plumber", 13, True)


@pytest.mark.parametrize("answer", [
    None, [], {"task": "the plumber"}, {"task": 3, "time": "today at 1pm"},
    {"task": "the plumber", "time": "whenever"},  # the rules cannot read it
    {"task": "the plumber", "time": "yesterday at 1pm"},  # past
    {"task": "the plumber", "time": "at 27:00"},  # impossible
    {"task": "buy bitcoin", "time": "today at 1pm"},  # not what the user said
    {"task": "the rent", "time": "tomorrow at 8am"},  # copied from the prompt's example
    {"task": "call the plumber about the rent", "time": "today at 1pm"},  # half invented
    {"task": "", "time": "today at 1pm"},
])
def test_bad_answers_are_refused(answer: object) -> None:
    with pytest.raises(ReminderError, match="couldn't work out when"):
        validate(answer, SENTENCE, MONDAY_8AM)


def test_the_rules_come_first_and_their_refusals_stand() -> None:
    class Unused:
        def complete_json(self, *a: object, **k: object) -> object:
            raise AssertionError("the model must not be asked")

    assert parse_with_fallback("remind me in 5 minutes to stretch", MONDAY_8AM, Unused()).guessed is False
    with pytest.raises(ReminderError, match="past"):
        parse_with_fallback("remind me yesterday at 5pm to stretch", MONDAY_8AM, Unused())
    with pytest.raises(ReminderError, match="No time given"):
        parse_with_fallback("remind me to stretch", MONDAY_8AM, None)


def test_with_the_real_bundled_model(bundled_model: Path) -> None:
    engine = pytest.importorskip("assistant.llm.engine").Engine.load(bundled_model, context_size=1024, threads=2)
    try:
        parsed = parse_with_fallback(SENTENCE, MONDAY_8AM, engine)
    except ReminderError as e:
        assert "couldn't work out when" in str(e)  # a clear refusal is an acceptable outcome for a 135M model
    else:
        assert parsed.guessed and parsed.first > MONDAY_8AM and parsed.task
