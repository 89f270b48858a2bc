"""Voice fixtures: the base model joined once per session and linked into each test's data folder,
and transcribers kept warm across tests (loading a model costs about a second on 2 cores)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.voice.base_assembly import assembled_base_model
from assistant.voice.transcriber import Transcriber

THREADS = 2  # the test machines have 2 cores shared with others


@pytest.fixture(scope="session")
def joined_base_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return assembled_base_model(tmp_path_factory.mktemp("models") / "whisper-base")


@pytest.fixture
def base_in_home(home: Path, joined_base_model: Path) -> Path:
    """The joined base model where `assistant` looks for it, without joining 145 MB again per test."""
    link = home / "models" / "whisper-base"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(joined_base_model, target_is_directory=True)
    return link


@pytest.fixture
def base(base_in_home: Path) -> Transcriber:
    return Transcriber("base", threads=THREADS)


@pytest.fixture
def tiny() -> Transcriber:
    return Transcriber("tiny.en", threads=THREADS)
