"""Real LanceDB in tmp_path and the real bundled embedder (loaded once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.memory.embeddings import default_embedder
from assistant.memory.store import MemoryStore


@pytest.fixture(scope="session")
def embedder():
    return default_embedder()


@pytest.fixture
def store(tmp_path: Path, embedder) -> MemoryStore:
    return MemoryStore(tmp_path / "memory", embedder)
