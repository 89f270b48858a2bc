"""Push-to-talk in the window: a real recording through sounddevice's callback path, with only the
sound card replaced (this machine has none), real Whisper, the transcript shown before sending."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.voice.voice_helpers import espeak_samples, fake_microphone
from ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng")


@pytest.fixture
def sd():
    return pytest.importorskip("sounddevice", reason="sounddevice needs PortAudio (apt-get install libportaudio2)")


@needs_espeak
def test_hold_to_talk_puts_the_transcript_in_the_message_box(
    qtbot, home: Path, tmp_path: Path, sd, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as clock

    import numpy as np

    from tests.voice.voice_helpers import FakeInputStream

    class LiveInputStream(FakeInputStream):
        """Delivers blocks at the pace of a real microphone, so holding the button takes real time."""

        def _run(self) -> None:
            for start in range(0, self.recording.size, self.blocksize):
                if self._stop.is_set():
                    return
                block = self.recording[start : start + self.blocksize]
                self.callback(block.reshape(-1, 1).astype(np.float32), block.size, None, None)
                clock.sleep(self.blocksize / self.samplerate)

    # Speech from the very first sample: someone who starts talking the moment they press.
    speech = espeak_samples("remind me in ten minutes to check the oven", tmp_path)
    fake_microphone(sd, monkeypatch, np.concatenate([speech, np.zeros(16000 * 5, np.float32)]))
    monkeypatch.setattr(sd, "InputStream", LiveInputStream)
    w = MainWindow(run_worker=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.chat.panel.talk_button.isEnabled, timeout=10000)
    levels: list[float] = []
    w.voice.level.connect(levels.append)
    with qtbot.waitSignal(w.voice.heard, timeout=120000) as heard:
        w.chat.panel.talk_button.pressed.emit()
        qtbot.wait(int(speech.size / 16) + 600)  # hold while speaking, then let go
        w.chat.panel.talk_button.released.emit()
    assert heard.args[0].lower().startswith("remind me") and "oven" in heard.args[0].lower()
    assert w.chat.panel.input.toPlainText() == heard.args[0], "shown in the box, not sent"
    assert w.chat.panel.model.rowCount() == 0
    assert max(levels) > 0.05, "the level meter moved while recording"


def test_without_a_microphone_the_button_says_why(qtbot, home: Path, sd, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_device(device=None, kind=None):
        raise sd.PortAudioError("Error querying device -1")

    monkeypatch.setattr(sd, "query_devices", no_device)
    w = MainWindow(run_worker=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "Voice input is off" in w.chat.panel.talk_button.toolTip(), timeout=10000)
    assert not w.chat.panel.talk_button.isEnabled() and "Typing works" in w.chat.panel.talk_button.toolTip()


@needs_espeak
def test_replies_are_spoken_when_the_setting_is_on_and_esc_silences(
    qtbot, home: Path, sd, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np
    from PySide6.QtCore import Qt

    from tests.voice.test_voice_cli import FakeOutputStream

    FakeOutputStream.written = []
    monkeypatch.setattr(
        sd, "query_devices", lambda device=None, kind=None: {"name": "test device", "default_samplerate": 16000.0}
    )
    monkeypatch.setattr(sd, "OutputStream", FakeOutputStream)
    w = MainWindow(run_worker=False)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.model_ready, timeout=30000):
        pass
    assert w.assistant is not None
    w.assistant.settings.override(speak_replies=True, temperature=0.0, max_tokens=60)
    w.chat.panel.input.setPlainText("Say hello to me in one sentence.")
    with qtbot.waitSignal(w.chat.reply_finished, timeout=60000):
        w.chat.send()
    voice = w.assistant.voice
    assert voice.wait(30)
    played = np.concatenate(FakeOutputStream.written).reshape(-1)
    assert played.size > 5000, "the reply was spoken"
    voice.begin_reply(on_error=lambda e: None)
    voice.finish_reply("This is a long sentence that will be cut off. " * 5)
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert voice.wait(2), "Esc silences at once"
