"""Running the worker in the foreground until SIGTERM or Ctrl+C, for `assistant worker` and systemd."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

from ..db import open_db
from ..notify.base import Notifier
from ..notify.dispatch import Dispatcher, QuietHours, default_notifiers
from ..settings import load_settings, parse_clock, parse_quiet_hours
from .scheduler import Worker


def run_until_stopped(
    worker: Worker, ready: Callable[[Worker], None] | None = None, stop: threading.Event | None = None
) -> None:
    """Start the worker, call `ready`, and block until SIGTERM/SIGINT (or `stop` is set); then stop cleanly."""
    stop = stop or threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        worker.start()
        try:
            if ready is not None:
                ready(worker)
            while not stop.wait(0.5):  # wake now and then so signals are handled promptly
                pass
        finally:
            worker.stop()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def worker_for(db_path: Path | None = None, headless: bool = True, extra: Sequence[Notifier] = ()) -> Worker:
    """A worker set up as the user's settings say: briefing time, quiet hours, and the notification
    backends available here plus `extra` (the window's tray)."""
    settings = load_settings(open_db(db_path))
    quiet = None
    if settings.quiet_hours:
        start, end = parse_quiet_hours(settings.quiet_hours)
        quiet = QuietHours(start, end)
    dispatcher = Dispatcher([*default_notifiers(headless=headless), *extra], quiet=quiet)
    briefing = parse_clock(settings.briefing_time) if settings.briefing_time else None
    return Worker(db_path=db_path, headless=headless, dispatcher=dispatcher, briefing_at=briefing)
