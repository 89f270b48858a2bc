"""A model is called working only once it has chatted through its own template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.llm.engine import Engine
from tests.helpers import run_cli

TEMPLATE_KEY = b"tokenizer.chat_template"


def model_with_failing_template(source: Path, target: Path) -> Path:
    """The bundled GGUF with its chat template replaced, same length, by one that raises when rendered."""
    data = bytearray(source.read_bytes())
    at = data.find(TEMPLATE_KEY) + len(TEMPLATE_KEY)
    length = int.from_bytes(data[at + 4 : at + 12], "little")
    failing = b"{{ raise_exception('this template is broken') }}"
    data[at + 12 : at + 12 + length] = failing + b" " * (length - len(failing))
    target.write_bytes(bytes(data))
    return target


def test_a_template_that_raises_is_refused_at_load(tmp_path: Path, bundled_model: Path) -> None:
    broken = model_with_failing_template(bundled_model, tmp_path / "broken.gguf")
    with pytest.raises(ModelError, match="cannot chat"):
        Engine.load(broken)


def test_settings_keep_the_working_model_and_a_refused_chat_stores_nothing(
    home: Path, tmp_path: Path, bundled_model: Path
) -> None:
    broken = model_with_failing_template(bundled_model, tmp_path / "broken.gguf")
    p = run_cli("settings", "set", "model_path", str(broken), home=home)
    assert p.returncode == 1 and "cannot chat" in p.stderr and "Traceback" not in p.stderr
    assert json.loads(run_cli("settings", "--json", home=home).stdout)["model_path"] is None
    chat = run_cli("chat", "--once", "What is the capital of France?", "--model", str(broken), home=home)
    assert chat.returncode == 1 and "cannot chat" in chat.stderr
    assert json.loads(run_cli("conversations", "list", "--json", home=home).stdout) == []
