"""A notification backend for tests that keeps what it was sent: a real backend, not a stand-in for one."""

from __future__ import annotations

from assistant.notify.base import Notification


class Recorder:
    def __init__(self, name: str = "recorder", intrusive: bool = False) -> None:
        self.name, self.intrusive = name, intrusive
        self.sent: list[Notification] = []

    def available(self) -> bool:
        return True

    def send(self, note: Notification) -> None:
        self.sent.append(note)
