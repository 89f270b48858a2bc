"""The core's errors say what kind of trouble they are (a Problem) beside their English line, so a front end
in another language can word them without matching the English."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.books.document import BookRefused
from assistant.errors import AssistantError, ModelError, Problem
from assistant.llm.engine import check_gguf
from assistant.memory.importer import ImportRefused, parse_file
from assistant.settings import SettingError, validate


def test_a_refused_import_names_its_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.jsonl"
    bad.write_text('{"text": "fine"}\n{broken\n', encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        parse_file(bad, "import-1")
    assert refused.value.problem is Problem.IMPORT_REFUSED
    assert refused.value.details == {"file": "notes.jsonl", "line": 2}
    assert str(refused.value).startswith("notes.jsonl line 2: not valid JSON"), "the English line is unchanged"


def test_each_kind_of_error_says_its_problem(tmp_path: Path) -> None:
    not_a_model = tmp_path / "model.gguf"
    not_a_model.write_bytes(b"not a model")
    with pytest.raises(ModelError) as model:
        check_gguf(not_a_model)
    assert model.value.problem is Problem.MODEL
    with pytest.raises(SettingError) as setting:
        validate("temperature", 7)
    assert setting.value.problem is Problem.SETTING
    assert BookRefused("x").problem is Problem.BOOK_REFUSED
    assert AssistantError("anything").problem is Problem.GENERAL and AssistantError("x").details == {}
    assert AssistantError("full", problem=Problem.DISK_FULL).problem is Problem.DISK_FULL
