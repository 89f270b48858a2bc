"""What the window and its controllers share: the core thread, the assistant once it is open, the status line.

Controllers reach the core only through `call`, so none of them touches the assistant before it exists
(the window is shown before the core has started) or runs a core call on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .ops import CoreRunner

if TYPE_CHECKING:
    from assistant.assistant import Assistant


def core() -> Any:
    """The core's calls (ui/core_ops.py), imported on first use: on the core thread, after the window is shown."""
    from . import core_ops

    return core_ops


class CoreSession:
    def __init__(self, runner: CoreRunner, status: Callable[[str], None],
                 failed: Callable[[BaseException], None]):
        self.runner = runner
        self.status = status  # one line in the window's status bar
        self.failed = failed  # how a failed call is shown, unless the caller says otherwise
        self.assistant: Assistant | None = None  # set on the core thread once it has opened

    def call(self, fn: Callable[[Assistant], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[BaseException], None] | None = None) -> None:
        """Queue fn(assistant) on the core thread; until the assistant is open there is nothing to ask."""
        assistant = self.assistant  # the one open now, even if it is replaced before fn runs
        if assistant is not None:
            self.runner.run(lambda: fn(assistant), done, failed or self.failed)
