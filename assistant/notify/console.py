"""The headless backends: a line on the terminal for `assistant worker`, and a line in the log file."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import TextIO

from ..logs import private
from .base import Notification

log = logging.getLogger("assistant.notify")


def line(note: Notification) -> str:
    when = f" (due {note.due:%a %d %b %H:%M}, late)" if note.late and note.due else ""
    return f"🔔 {note.title}: {note.body}{when}"


class ConsoleNotifier:
    name = "console"
    intrusive = False

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def available(self) -> bool:
        return True

    def send(self, note: Notification) -> None:
        stream = self.stream or sys.stdout
        stamp = datetime.now().strftime("%H:%M:%S")
        print(f"[{stamp}] {line(note)}", file=stream, flush=True)


class LogNotifier:
    name = "log"
    intrusive = False

    def available(self) -> bool:
        return True

    def send(self, note: Notification) -> None:
        log.info("notification: %s", private(line(note)))
