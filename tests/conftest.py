"""Every test runs against its own data folder in a temporary directory, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.llm.catalogue import bundled_model_path


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("ASSISTANT_HOME", str(path))
    return path


@pytest.fixture(scope="session")
def bundled_model() -> Path:
    return bundled_model_path()
