"""Book tests: real files built in tmp_path, the real embedder, LanceDB and SQLite in temporary folders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # make_books.py sits beside the tests

from assistant.books.manager import Books  # noqa: E402
from assistant.db import open_db  # noqa: E402
from assistant.memory.embeddings import default_embedder  # noqa: E402
from assistant.memory.store import MemoryStore  # noqa: E402


@pytest.fixture(scope="session")
def embedder():
    return default_embedder()


@pytest.fixture
def books(tmp_path: Path, embedder) -> Books:
    return Books(open_db(tmp_path / "assistant.db"), MemoryStore(tmp_path / "memory", embedder))
