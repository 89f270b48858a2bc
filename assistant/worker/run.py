"""Running the worker in the foreground until SIGTERM or Ctrl+C, for `assistant worker` and systemd."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Sequence
from datetime import time
from pathlib import Path
from types import FrameType

from ..db import open_db
from ..errors import AssistantError
from ..notify.base import Notifier
from ..notify.dispatch import Dispatcher, QuietHours, default_notifiers
from ..settings import load_settings
from .scheduler import Worker


def run_until_stopped(worker: Worker, ready: Callable[[Worker], None] | None = None,
                      stop: threading.Event | None = None) -> None:
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


def worker_for(db_path: Path | None = None, headless: bool = True,
               extra: Sequence[Notifier] = ()) -> Worker:
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


def parse_clock(text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise AssistantError(f"{text!r} is not a time of day such as 07:30") from None


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """ "22:00-07:00" -> (22:00, 07:00); the span may wrap past midnight."""
    start, sep, end = text.partition("-")
    if not sep:
        raise AssistantError(f"quiet hours look like 22:00-07:00, not {text!r}")
    return parse_clock(start), parse_clock(end)
