"""Push-to-talk: hold the button (or Ctrl+Space) to speak; a level meter moves while recording; the
transcript lands in the message box to be read before it is sent.

Recording and transcription run on their own thread (a recording blocks for as long as the user talks,
which must hold up neither the window nor the core's other work).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from .error_words import error_line
from .ops import CoreRunner
from .ui_language import chinese

if TYPE_CHECKING:
    from assistant.assistant import Assistant


class VoiceInput(QObject):
    level = Signal(float)  # 0..1, from the recording thread
    heard = Signal(str)  # the transcript
    failed = Signal(str)  # one line: no microphone, nothing heard, …
    availability = Signal(bool, str)  # microphone usable?, why not

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = CoreRunner(self)  # a thread of its own, not the core's: recording blocks while one talks
        self._release = threading.Event()
        self.assistant: Assistant | None = None  # the door, once the core has opened
        self.model = "base"
        self.language: str | None = None

    def check(self, assistant: Assistant) -> None:
        """Find out (off the UI thread) whether there is a microphone; answers through `availability`."""
        self.assistant = assistant
        # Answered through methods, not lambdas: Qt drops a delivery to a receiver that has been deleted (a
        # window closed while the probe ran), where a lambda would call into it regardless.
        self.runner.run(assistant.voice.check_microphone, self._found, self._not_found)

    def press(self) -> None:
        self._release.clear()
        assistant = self.assistant
        if assistant is None:  # the button is enabled only once check() has found a microphone
            return
        model, language = self.model, self.language
        self.runner.run(
            lambda: assistant.voice.hear(model, language, self.level.emit, self._release.is_set),
            self.heard.emit,
            self._not_heard,
        )

    def _found(self, microphone: str) -> None:
        self.availability.emit(True, microphone)

    def _not_found(self, error: BaseException) -> None:
        self.availability.emit(False, error_line(error))

    def _not_heard(self, error: BaseException) -> None:
        self.failed.emit(error_line(error))

    def release(self) -> None:
        self._release.set()  # recording stops at the next block and keeps what was said

    def wait(self, msecs: int = 30000) -> bool:
        return self.runner.wait(msecs)


def _is_talk_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Space and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class TalkButton(QPushButton):
    """Hold to talk: pressed starts recording, released ends it; Ctrl+Space held in the window does the same."""

    def __init__(self, voice: VoiceInput, parent: QWidget | None = None):
        super().__init__(self.tr("Hold to talk"), parent)
        self.voice = voice
        self.pressed.connect(voice.press)
        self.released.connect(voice.release)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(6)
        self.meter.hide()
        voice.level.connect(self._level)
        voice.failed.connect(self.meter.hide)
        voice.availability.connect(self._available)
        self.setEnabled(False)
        self.setToolTip(self.tr("Looking for a microphone…"))

    def _level(self, level: float) -> None:
        self.meter.setValue(int(level * 100))
        self.meter.setVisible(level > 0)  # 0 once recording has stopped

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Ctrl+Space pressed in the window: hold the button down. True when the key was taken."""
        if _is_talk_key(event) and not event.isAutoRepeat() and self.isEnabled():
            self.setDown(True)
            self.voice.press()
            return True
        return False

    def key_released(self, event: QKeyEvent) -> bool:
        """Ctrl+Space released: let the button go. True when the key was taken."""
        if _is_talk_key(event) and not event.isAutoRepeat() and self.isDown():
            self.setDown(False)
            self.voice.release()
            return True
        return False

    def _available(self, ok: bool, why: str) -> None:
        self.setEnabled(ok)
        self.setToolTip(
            self.tr("Hold to talk (Ctrl+Space); using {0}").format(why)
            if ok
            else self.tr("Voice input is off: {0}. Typing works as usual.").format(
                # The core gives its reason in English only; a Chinese window says it in general terms.
                self.tr("no microphone or speech model can be used") if chinese() else why
            )
        )
