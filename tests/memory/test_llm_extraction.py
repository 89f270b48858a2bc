"""LLM extraction: the model's output is checked like user input; the bundled model runs for real."""

from __future__ import annotations

import pytest

from assistant.memory.llm_extraction import extract_facts_with_model, validate


def test_invented_or_malformed_facts_are_dropped() -> None:
    text = "These days I'm based in Lisbon."
    assert validate({"facts": [{"subject": "home_city", "value": "Lisbon"}]}, text)[0].statement == "I live in Lisbon"
    assert validate({"facts": [{"subject": "home_city", "value": "Paris"}]}, text) == []  # not said
    assert validate({"facts": [{"subject": "shoe_size", "value": "Lisbon"}]}, text) == []  # unknown subject
    assert validate({"facts": "Lisbon"}, text) == []
    assert validate(None, text) == []


class Broken:
    def complete_json(self, *args, **kwargs):
        raise RuntimeError("model crashed")


def test_rules_still_work_when_the_model_fails() -> None:
    assert [f.subject for f in extract_facts_with_model(Broken(), "I live in Leeds.")] == ["home_city"]


def test_with_the_bundled_model() -> None:
    engine_module = pytest.importorskip("assistant.llm.engine")
    try:
        engine = engine_module.Engine.load()
    except Exception as e:  # no bundled model on this machine
        pytest.skip(f"bundled model unavailable: {e}")
    text = "These days I'm based in Lisbon, and my dog is called Pixel."
    facts = extract_facts_with_model(engine, text)
    assert ("name_of:dog", "Pixel") in {(f.subject, f.value) for f in facts}  # from the rules
    for fact in facts:  # whatever the model added was actually said
        assert fact.value.lower() in text.lower()
