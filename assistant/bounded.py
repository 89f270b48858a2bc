"""Reading what a user points the assistant at, with bounds: only regular files, sizes checked before
and while reading, and user text of bounded length.

A path can name /dev/zero, /dev/urandom, a FIFO nobody writes to or a socket; reading one of those
"until the end" grows without limit or blocks for ever. The file is opened non-blocking (so a FIFO
cannot hang the open itself) and checked with fstat on the opened descriptor, so what is checked is
what is read.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import BinaryIO

from .errors import AssistantError

MAX_QUERY_CHARS = 2_000  # a search or forget description: a sentence or two, not a document


class InputRefused(AssistantError):
    """A file or text the assistant will not read; nothing was changed."""


def open_regular(path: Path, what: str = "file") -> BinaryIO:
    """`path` opened for reading, if it is a regular file (symlinks to one are fine)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise InputRefused(f"{path} does not exist") from None
    except PermissionError:
        raise InputRefused(f"cannot read {path}: permission denied") from None
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket, or a FIFO opened for writing
            raise InputRefused(f"{path} is not a regular file (a socket or pipe): give a {what} file") from None
        raise InputRefused(f"cannot read {path}: {e.strerror or e}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputRefused(f"{path} is a folder: give a {what} file")
        if not stat.S_ISREG(mode):
            raise InputRefused(f"{path} is not a regular file (a device, pipe or socket): give a {what} file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path, limit: int, what: str = "file") -> bytes:
    """All of a regular file, refusing it when it is larger than `limit` bytes: by its size first, then
    by what is actually read (a file that grows while being read is not followed past the limit)."""
    with open_regular(path, what) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise InputRefused(f"{path} is {_mb(size)}; the limit is {_mb(limit)}: split it")
        data = f.read(limit + 1)
    if len(data) > limit:
        raise InputRefused(f"{path} grew past {_mb(limit)} while being read; nothing was imported")
    return data


def check_query(text: str, what: str = "search") -> str:
    """A search or forget description of bounded length (ranking 100,000 characters took 14 s and 2 GB)."""
    if len(text) > MAX_QUERY_CHARS:
        raise InputRefused(
            f"the {what} text is {len(text):,} characters; at most {MAX_QUERY_CHARS:,}: "
            "use a few words that describe it"
        )
    return text


def check_utf8(text: str, what: str = "message") -> str:
    """Refuse text that is not valid Unicode (click passes undecodable bytes as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputRefused(
            f"the {what} is not valid UTF-8 text: check the terminal's encoding; nothing was stored"
        ) from None
    return text


# A terminal escape sequence, whole, so no "[2J" is left behind: CSI (ESC [ or its one-character form
# U+009B) up to its final byte; OSC, DCS, SOS, PM and APC strings up to their terminator (BEL or ST, either
# form) or the end of the line (a stray one must not eat a whole document); any other ESC with the one
# character it introduces.
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[^\n]?"
)
# Format characters (Cf) that reorder how a line reads in a terminal ("Trojan Source", CVE-2021-42574):
# bidi embeddings, overrides and isolates. Every other Cf stays: the zero-width joiner shapes emoji
# (👩\u200d💻) and Indic and Arabic text, and the zero-width non-joiner and LRM/RLM are spelling there.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(text: str, newlines: bool = True) -> str:
    """User text without terminal control: escape sequences removed whole, then every other control
    character (Cc) and bidi control. Tab and newline stay where the field holds lines (`newlines`; a
    carriage return becomes a newline), else each becomes a space. Used for what comes in (memories,
    imports, chat, reminders, tasks) and for what is printed, which may predate this (old rows)."""
    text = _ESCAPE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not newlines:
        text = text.replace("\n", " ").replace("\t", " ")
    return "".join(c for c in text if c in "\n\t" or (c not in _BIDI_CONTROLS and unicodedata.category(c) != "Cc"))


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.0f} MB" if n >= 1_048_576 else f"{n:,} bytes"
