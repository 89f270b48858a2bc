"""What the window and its controllers share: the core thread, the assistant once it is open, the status line.

Controllers reach the core only through `call`, on the one door (`assistant.assistant.Assistant`), so none
of them touches the assistant before it exists (the window is shown before the core has started) or runs a
core call on the UI thread. The core itself is imported on the core thread (`open_assistant`), after the
window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .ops import CoreRunner

if TYPE_CHECKING:
    from assistant.assistant import Assistant

T = TypeVar("T")


def open_assistant(model_path: str | None) -> Assistant:
    """Open the door; call on the core thread (importing the core takes seconds: LanceDB, llama.cpp)."""
    from assistant.assistant import Assistant

    return Assistant.open(model_path=model_path)


class CoreSession:
    def __init__(self, runner: CoreRunner, status: Callable[[str], None], failed: Callable[[BaseException], None]):
        self.runner = runner
        self.status = status  # one line in the window's status bar
        self.failed = failed  # how a failed call is shown, unless the caller says otherwise
        self.assistant: Assistant | None = None  # set on the core thread once it has opened

    def call(
        self,
        fn: Callable[[Assistant], T],
        done: Callable[[T], object] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue fn(assistant) on the core thread; until the assistant is open there is nothing to ask."""
        assistant = self.assistant  # the one open now, even if it is replaced before fn runs
        if assistant is not None:
            self.runner.run(lambda: fn(assistant), done, failed or self.failed)
