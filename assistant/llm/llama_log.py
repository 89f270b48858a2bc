"""Route llama.cpp's own log into our log file instead of the console.

llama.cpp prints load progress and errors from C; llama-cpp-python forwards them to stderr. We replace
that callback so the terminal stays clean, and remember the error lines so a failed load can say
*why* it failed ("unknown model architecture: 'foo'") instead of a bare "failed to load".
"""

from __future__ import annotations

import ctypes
import logging
import threading

import llama_cpp

log = logging.getLogger("llama.cpp")
# Never Python's last-resort stderr handler: without a configured log file, llama.cpp stays silent.
log.addHandler(logging.NullHandler())

# ggml.h's enum ggml_log_level as built here (NONE, DEBUG, INFO, WARN, ERROR, CONT); the table in
# llama_cpp/_logger.py predates ggml's renumbering, so it cannot be borrowed.
_LEVELS = {0: logging.CRITICAL, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}
_lock = threading.Lock()
_state: dict = {"errors": [], "buffer": "", "level": logging.INFO}


@llama_cpp.llama_log_callback
def _callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    # Level 5 continues the previous line; llama.cpp sends lines in pieces, so join them until "\n".
    piece = text.decode("utf-8", errors="replace")
    with _lock:
        if level != 5:
            _state["level"] = _LEVELS.get(level, logging.DEBUG)
        _state["buffer"] += piece
        if not _state["buffer"].endswith("\n"):
            return
        line, _state["buffer"] = _state["buffer"].strip(), ""
        lvl = _state["level"]
        if lvl >= logging.ERROR and line:
            _state["errors"].append(line)
    if line:
        log.log(lvl, "%s", line)


def install() -> None:
    """Take over llama.cpp's log (idempotent; the callback object lives at module level, so no GC)."""
    llama_cpp.llama_log_set(_callback, ctypes.c_void_p(0))


def take_first_error() -> str:
    """The first error line llama.cpp logged since the previous call, with its 'function:' prefix cut.

    The first is the cause ("unknown model architecture: 'foo'"); the lines after it only say that
    loading failed."""
    with _lock:
        errors, _state["errors"] = _state["errors"], []
    line = errors[0] if errors else ""
    return line.split(": ", 1)[-1] if ": " in line else line
