"""Reading files into memories: JSON Lines of remarks, or a text/Markdown document cut into chunks.

Everything is parsed and checked before anything is written, and the write is one commit: a bad line
or a killed process leaves the memory exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..bounded import InputRefused, clean_text, read_bounded
from ..clock import parse_time, stamp
from ..errors import AssistantError, Problem
from .model import KINDS, Memory
from .places import file_source

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 20_000  # one memory; longer belongs in a document, which is chunked
CHUNK_CHARS = 800  # a document chunk: a few paragraphs, small enough to quote in a prompt
_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")  # a run of non-blank lines


class ImportRefused(AssistantError):
    """A file that cannot be imported; nothing from it was stored."""

    problem = Problem.IMPORT_REFUSED


@dataclass
class Parsed:
    memories: list[Memory]
    kind: str  # "jsonl" or "document"


def stable_id(*parts: str) -> str:
    """An id derived from content, so importing the same file twice stores it once."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def read_text_file(path: Path) -> str:
    try:
        data = read_bounded(path, MAX_FILE_BYTES, "text or JSON Lines")
    except InputRefused as e:
        raise ImportRefused(f"{e}; nothing was imported") from None
    if b"\x00" in data:  # anywhere, not only in the first block: a NUL is never part of a text file
        raise ImportRefused(
            f"{path} is a binary file, not text: import takes JSON Lines, plain text or Markdown; nothing was imported"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ImportRefused(f"{path}:{line}: not UTF-8 text (binary or another encoding); nothing was imported") from e


def parse_file(path: Path, import_id: str) -> Parsed:
    text = read_text_file(path)
    if not text.strip():
        raise ImportRefused(f"{path} is empty: nothing to import")
    first = next(line for line in text.splitlines() if line.strip())
    if path.suffix.lower() in (".jsonl", ".ndjson") or first.lstrip().startswith("{"):
        return Parsed(parse_jsonl(text, path, import_id), "jsonl")
    return Parsed(chunk_document(clean_text(text), path, import_id), "document")


def parse_jsonl(text: str, path: Path, import_id: str) -> list[Memory]:
    memories = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue

        def refuse(why: str, number: int = number) -> ImportRefused:
            return ImportRefused(f"{path.name} line {number}: {why}; nothing was imported", file=path.name, line=number)

        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise refuse(f"not valid JSON ({e.msg} at column {e.colno})") from None
        except (RecursionError, ValueError):  # nested too deeply; a number of thousands of digits
            raise refuse("JSON nested too deeply or a number too long") from None
        if not isinstance(obj, dict):
            raise refuse('expected an object like {"text": "..."}')
        body = obj.get("text")
        if isinstance(body, str):
            body = clean_text(body)
        if not isinstance(body, str) or not body.strip():
            raise refuse('"text" is missing or empty')
        if len(body) > MAX_TEXT_CHARS:
            raise refuse(f'"text" has {len(body)} characters; the limit is {MAX_TEXT_CHARS} (import it as a document)')
        at = obj.get("at")
        try:
            created = stamp(parse_time(at)) if at is not None else stamp()
        except (TypeError, ValueError, OverflowError):
            raise refuse(f'"at" is not an ISO time such as 2026-03-02T09:00:00Z: {str(at)[:40]!r}') from None
        kind = obj.get("kind", "turn")
        if not isinstance(kind, str) or kind not in KINDS:
            raise refuse(f'"kind" must be one of {", ".join(KINDS)}, not {kind!r}')
        raw_id = obj.get("id")
        if raw_id is not None and (
            isinstance(raw_id, bool)
            or not isinstance(raw_id, (str, int))
            or (isinstance(raw_id, int) and abs(raw_id) >= 1 << 63)
        ):
            raise refuse('"id" must be a string or a number')
        memory_id = clean_text(str(raw_id), newlines=False) if raw_id is not None else stable_id(body, at or "")
        importance = obj.get("importance", 0.5)
        if (
            isinstance(importance, bool)
            or not isinstance(importance, (int, float))
            or not math.isfinite(importance)
            or not 0 <= importance <= 1
        ):
            raise refuse(f'"importance" must be a number from 0 to 1, not {str(importance)[:40]}')
        position = obj.get("position", -1)
        if isinstance(position, bool) or not isinstance(position, int) or not -1 <= position < 1 << 31:
            raise refuse(f'"position" must be a whole number from 0, not {str(position)[:40]}')
        if len(memory_id) > 200:
            raise refuse('"id" is longer than 200 characters')
        memories.append(
            Memory(
                id=memory_id,
                text=body.strip(),
                kind=kind,
                created=created,
                source=f"file:{path.name}:{number}",
                importance=float(importance),
                position=position,
                import_id=import_id,
            )
        )
    return memories


def chunk_document(text: str, path: Path, import_id: str) -> list[Memory]:
    """Paragraph-aligned chunks of about CHUNK_CHARS, each knowing its position and the line each of its
    paragraphs starts on (places.file_source), so a book can be read along with the assistant and its
    answers point at the line they quote.

    A Markdown heading starts a chunk, as a chapter's does in a book (books/chunking.py), and is kept as
    its first line without its marks: a page of notes ("## Shed", "## Car") was one chunk, its every answer
    placed at line 1 and quoted with the neighbouring sections' "## …" inside it."""
    digest = stable_id(text)
    created = stamp()
    memories: list[Memory] = []
    buffer: list[tuple[int, str]] = []  # each paragraph with the line it starts on
    has_body = False  # a chunk is never a heading alone: the heading waits for its paragraph

    def flush() -> None:
        nonlocal has_body
        kept = [(line, piece) for line, piece in buffer if piece.strip()]
        body = "\n\n".join(piece for _, piece in kept).strip()
        if body:
            position = len(memories)
            memories.append(
                Memory(
                    id=f"doc-{digest}-{position}",
                    text=body,
                    kind="document",
                    created=created,
                    source=file_source(path.name, [line for line, _ in kept]),
                    position=position,
                    import_id=import_id,
                )
            )
        buffer.clear()
        has_body = False

    for line_no, piece, heading in _paragraphs(text):
        if heading and has_body:
            flush()
        while len(piece) > CHUNK_CHARS:  # one huge paragraph: cut at a sentence end if there is one
            cut = max(piece.rfind(". ", 0, CHUNK_CHARS), piece.rfind("。", 0, CHUNK_CHARS))
            cut = cut + 1 if cut > CHUNK_CHARS // 2 else CHUNK_CHARS
            if not buffer or has_body:
                flush()
            buffer.append((line_no, piece[:cut]))
            flush()
            # The rest starts on the line the cut reached, after any line breaks it opens with.
            rest = piece[cut:]
            line_no += piece[:cut].count("\n") + rest[: len(rest) - len(rest.lstrip())].count("\n")
            piece = rest.strip()
        if has_body and sum(len(p) for _, p in buffer) + len(piece) > CHUNK_CHARS:
            flush()
        if piece:
            buffer.append((line_no, piece))
            has_body = has_body or not heading
    flush()
    return memories


_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)  # an ATX heading line


def _paragraphs(text: str) -> Iterator[tuple[int, str, bool]]:
    """Each paragraph (a run of non-blank lines) with its first line's number, a heading line standing
    alone as a paragraph of its own, without its marks; and whether it is a heading."""
    line_no, counted_to = 1, 0
    for match in _PARAGRAPH.finditer(text):
        line_no += text.count("\n", counted_to, match.start())  # incrementally: a book has many paragraphs
        counted_to = match.start()
        block = match.group(0)
        if not _HEADING.search(block):
            yield line_no, block.strip(), False
            continue
        lines: list[str] = []
        start = line_no
        for n, line in enumerate(block.splitlines(), line_no):
            heading = _HEADING.fullmatch(line)
            if heading is None:
                if not lines:
                    start = n
                lines.append(line)
                continue
            if lines:
                yield start, "\n".join(lines).strip(), False
                lines = []
            yield n, heading.group(2).strip(), True
        if lines:
            yield start, "\n".join(lines).strip(), False
