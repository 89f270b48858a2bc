"""Real speech for the voice tests: espeak-ng English at 16 kHz mono, word error rate, and a stand-in
for the sound card that plays a recording into sounddevice's callback."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time
import wave
from pathlib import Path
from typing import Any

import jiwer
import numpy as np
import pytest

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt-get install espeak-ng)"
)

NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "fourth": "4th",
}


def normalise(text: str) -> str:
    """Lower case, no punctuation, number words as digits: Whisper writes "10" for a spoken "ten"."""
    words = re.sub(r"[^\w\s']", " ", text.lower()).replace("'s", "s").split()
    return " ".join(NUMBER_WORDS.get(w, w) for w in words)


def wer(reference: str, hypothesis: str) -> float:
    return jiwer.wer(normalise(reference), normalise(hypothesis))


def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def espeak_samples(text: str, folder: Path) -> np.ndarray:
    """espeak-ng speaking `text` slowly (-s 130 is clearer), resampled to 16 kHz mono float32."""
    from faster_whisper import decode_audio

    raw = folder / f"raw-{abs(hash(text))}.wav"
    subprocess.run(["espeak-ng", "-s", "130", "-w", str(raw), text], check=True, capture_output=True)
    return decode_audio(str(raw), sampling_rate=16_000)


def espeak_wav(text: str, path: Path) -> Path:
    return write_wav(path, espeak_samples(text, path.parent))


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
        return data.astype(np.float32) / 32768, w.getframerate()


class FakeInputStream:
    """Stands in for the sound card only: plays a recording into sounddevice's callback."""

    recording: np.ndarray = np.zeros(0, np.float32)
    rate_supported: int | None = None  # None: any rate; else refuse others, as some USB mics do

    def __init__(self, samplerate: float, channels: int, dtype: str, blocksize: int, device, callback):
        if self.rate_supported and samplerate != self.rate_supported:
            import sounddevice as sd

            raise sd.PortAudioError("Invalid sample rate [PaErrorCode -9997]")
        self.samplerate, self.blocksize, self.callback = int(samplerate), blocksize, callback
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        for start in range(0, self.recording.size, self.blocksize):
            if self._stop.is_set():
                return
            block = self.recording[start : start + self.blocksize]
            self.callback(block.reshape(-1, 1).astype(np.float32), block.size, None, None)
            time.sleep(0.001)  # faster than real time: the test need not wait out the speech

    def __enter__(self) -> FakeInputStream:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def fake_microphone(
    sd: Any, monkeypatch: pytest.MonkeyPatch, recording: np.ndarray, rate_supported: int | None = None
) -> None:
    """Replace only the sound card: sounddevice's own callback path runs as with a real one."""
    FakeInputStream.recording = recording
    FakeInputStream.rate_supported = rate_supported
    monkeypatch.setattr(sd, "InputStream", FakeInputStream)
    monkeypatch.setattr(
        sd,
        "query_devices",
        lambda device=None, kind=None: {
            "name": "test microphone",
            "default_samplerate": float(rate_supported or 16_000),
        },
    )
