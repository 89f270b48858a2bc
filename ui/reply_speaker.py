"""Replies spoken sentence by sentence as they stream, when the settings say so (through the door's voice)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .error_words import error_line

if TYPE_CHECKING:
    from assistant.assistant import Assistant


class ReplySpeaker(QObject):
    def __init__(self, on_error: Callable[[str], None], status: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.on_error = on_error  # the speaker failed while talking
        self.status = status
        self.speaking: Assistant | None = None  # whose voice speaks the reply being streamed
        self.used: Assistant | None = None  # whose voice spoke last, to silence it

    def prepare(self, assistant: Assistant | None) -> None:
        """Before a reply starts: speak it if the settings say so."""
        self.speaking = None
        if assistant is None or not assistant.settings.current.speak_replies:
            return
        try:
            assistant.voice.begin_reply(on_error=lambda e: self.on_error(error_line(e)))
        except Exception as e:  # no sound output: say so, keep replying in text
            self.status(self.tr("Replies are not spoken: {0}").format(error_line(e)))
            return
        self.speaking = self.used = assistant

    def feed(self, piece: str) -> None:
        if self.speaking is not None:
            self.speaking.voice.feed(piece)

    def finish(self, reply: str) -> None:
        if self.speaking is not None:
            self.speaking.voice.finish_reply(reply)
        self.speaking = None

    def say(self, assistant: Assistant | None, text: str) -> None:
        """One message read aloud on request (the Speak action under it), whatever the settings say."""
        if assistant is None or not text:
            return
        self.stop()
        try:
            assistant.voice.begin_reply(on_error=lambda e: self.on_error(error_line(e)))
        except Exception as e:  # no sound output: say so once
            self.status(self.tr("Replies are not spoken: {0}").format(error_line(e)))
            return
        self.used = assistant
        assistant.voice.finish_reply(text)

    def stop(self) -> None:
        if self.used is not None:
            self.used.voice.stop_speaking()
