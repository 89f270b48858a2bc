"""Replies spoken sentence by sentence as they stream, when the settings say so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject


class ReplySpeaker(QObject):
    def __init__(self, on_error: Callable[[str], None], status: Callable[[str], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.on_error = on_error  # the speaker failed while talking
        self.status = status
        self.speaker: Any = None  # assistant.voice.speaker.Speaker, made the first time a reply is spoken
        self.speaking = False  # the reply being streamed is also being spoken
        self.spoken = False  # some of it has been fed to the speaker already

    def prepare(self, speak: bool) -> None:
        """Before a reply starts: speak it or not."""
        self.speaking, self.spoken = False, False
        if not speak:
            return
        if self.speaker is None:
            try:
                from assistant.voice.speaker import Speaker

                self.speaker = Speaker(on_error=lambda e: self.on_error(str(e)))
            except Exception as e:  # no sound output: say so once, keep replying in text
                self.status(self.tr("Replies are not spoken: {0}").format(e))
                return
        self.speaking = True

    def feed(self, piece: str) -> None:
        if self.speaking:
            self.spoken = True
            self.speaker.feed(piece)

    def finish(self, reply: str) -> None:
        if self.speaking:
            if not self.spoken:  # a checked answer arrives whole, after generation: speak it now
                self.speaker.feed(reply)
            self.speaker.finish()
        self.speaking = False

    def stop(self) -> None:
        if self.speaker is not None:
            self.speaker.stop()  # silence is instant, even after the reply has finished streaming
