"""Run core calls off the UI thread and hand their results back to it (as Anki's aqt/operations does).

All calls into the core go through one single-thread pool: the window never waits on the model or the
disk, and the core's SQLite connection and model are never used by two threads at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class _Op(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, with_progress: bool):
        super().__init__()
        self.fn, self.signals, self.with_progress = fn, signals, with_progress

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit) if self.with_progress else self.fn()
        except BaseException as e:  # reported to the UI thread, which shows one line
            log.info("background op failed", exc_info=True)
            self.signals.failed.emit(e)
        else:
            self.signals.done.emit(result)


class CoreRunner(QObject):
    """Queue `fn` on the core thread; `on_done(result)` / `on_error(exc)` / `on_progress(x)` run on the UI thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[Any], object] | None = None,
    ) -> None:
        signals = _Signals()  # created on the UI thread, so its slots are called there
        self._live.add(signals)
        if on_done:
            signals.done.connect(on_done)
        if on_error:
            signals.failed.connect(on_error)
        if on_progress:
            signals.progress.connect(on_progress)
        signals.done.connect(lambda _: self._live.discard(signals))
        signals.failed.connect(lambda _: self._live.discard(signals))
        self.pool.start(_Op(fn, signals, on_progress is not None))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
