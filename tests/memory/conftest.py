"""Real LanceDB in tmp_path and the real bundled embedder (loaded once per test session)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the year generator sits beside the tests

from assistant.memory.embeddings import default_embedder  # noqa: E402
from assistant.memory.store import MemoryStore  # noqa: E402


@pytest.fixture(scope="session")
def embedder():
    return default_embedder()


@pytest.fixture
def store(tmp_path: Path, embedder) -> MemoryStore:
    return MemoryStore(tmp_path / "memory", embedder)
