"""Ctrl+C in the terminal stops a reply through `Assistant.stop()`, the same call as the window's Stop
button: the partial reply is kept and marked interrupted. At any other moment (loading, recording) Ctrl+C
interrupts as usual."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

from ..assistant import Assistant


@contextlib.contextmanager
def ctrl_c_stops(assistant: Assistant) -> Iterator[None]:
    def on_ctrl_c(signum: int, frame: FrameType | None) -> None:
        if not assistant.stop():
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
