"""Adding a book: read → cut into passages → embed → store passages (one commit) → record the book.

The same file again (by content hash) adds nothing. Nothing is written until the whole book has been
read and embedded; if recording the book fails after its passages landed, they are removed again, so a
refused or failed import leaves the library and the memory exactly as they were.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..clock import stamp
from ..memory import searchable
from ..memory.api import ImportReport
from ..memory.places import book_condition
from ..memory.store import MemoryStore
from .chunking import passages
from .document import BookRefused
from .library import Library
from .limits import check_file
from .model import Book
from .readers import read_document

log = logging.getLogger(__name__)

# (stage, fraction 0–1): "reading" then "indexing". Called from the importing thread.
Progress = Callable[[str, float], None]
EMBED_BATCH = 64  # passages embedded between two progress reports
HASH_BLOCK = 1024 * 1024


@dataclass
class AddResult:
    book: Book
    added: bool  # False: the same file was already in the library, and nothing was stored


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while block := f.read(HASH_BLOCK):
                digest.update(block)
    except OSError as e:
        raise BookRefused(f"cannot read {path}: {e.strerror or e}") from e
    return digest.hexdigest()


def add_book(path: Path, store: MemoryStore, library: Library, progress: Progress | None = None) -> AddResult:
    path = Path(path)
    check_file(path)
    digest = file_hash(path)
    known = library.by_hash(digest)
    if known is not None:
        return AddResult(known, added=False)

    def report(stage: str, fraction: float) -> None:
        if progress is not None:
            progress(stage, fraction)

    report("reading", 0.0)
    document, size = read_document(path, lambda f: report("reading", f))
    book_id = digest[:12]
    memories, chapters = passages(document, book_id, stamp())
    vectors = []
    for start in range(0, len(memories), EMBED_BATCH):
        report("indexing", start / len(memories))
        vectors.append(searchable.embed(store.embedder, memories[start : start + EMBED_BATCH]))
    report("indexing", 1.0)
    book = Book(
        id=book_id,
        title=document.title,
        format=document.format,
        author=document.author,
        language=document.language,
        file_name=path.name,
        size=size,
        file_hash=digest,
        chapters=len(chapters),
        passages=len(memories),
        pages=document.pages,
    )
    store.add(memories, np.vstack(vectors))
    try:
        library.add(book, chapters)
    except sqlite3.IntegrityError:
        # The same file finished importing in another process meanwhile: its passages are the same ids.
        known = library.by_hash(digest)
        if known is not None:
            return AddResult(known, added=False)
        raise
    except Exception:
        log.exception("recording %s failed: removing its passages again", path)
        store.remove([m.id for m in memories])
        raise
    store.optimize()
    return AddResult(library.get(book_id), added=True)


def remove_book(book_id: str, store: MemoryStore, library: Library) -> Book:
    """Remove a book and its passages for good (the text leaves the indexes and the disk too)."""
    book = library.get(book_id)
    ids = [m.id for m in store.where(book_condition(book.id))]
    if ids:
        store.remove(ids)
    library.remove(book.id)
    return book


def import_report(path: Path, store: MemoryStore | None = None, library: Library | None = None) -> ImportReport | None:
    """`memory import FILE` for a book file (EPUB, PDF, DOCX, HTML): added to the library like `books add`,
    reported as an import. None for anything else (JSON Lines, text, Markdown stay memory imports)."""
    from ..bounded import open_regular
    from ..memory.api import open_store
    from .library import open_library
    from .readers import BOOK_FORMATS, format_of

    path = Path(path)
    # Regular files only, opened without blocking: a FIFO given to `memory import` used to hang here
    # before the memory importer's own check could refuse it (found by tests/test_hostile_input.py).
    with open_regular(path, "book or text") as f:
        head = f.read(4096)
    kind = format_of(path, head)
    if kind not in BOOK_FORMATS:
        return None
    result = add_book(path, store or open_store(), library or open_library())
    count = result.book.passages
    return ImportReport(str(path), kind, count, count if result.added else 0, 0 if result.added else count)
