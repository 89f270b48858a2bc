"""Text to speech through pyttsx3 (espeak-ng on Linux), with a Chinese voice for Chinese text.

pyttsx3 is used to synthesise only: its own Linux playback shells out to `aplay` once per utterance
and cannot be interrupted. Playing the samples through sounddevice ourselves lets `Speaker.stop()`
cut speech off within one short block.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import io
import logging
import os
import re
import tempfile
import threading
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import AssistantError, StorageError
from ..language import is_chinese
from .errors import SpeechUnavailable
from .sentences import split_sentences

log = logging.getLogger(__name__)

SYNTH_ATTEMPTS = 3
RATE_WPM = 175  # a little slower than espeak's default 200 words a minute, easier to follow
# Citation markers and Markdown that should be read by the eye, not the voice.
_UNSPOKEN = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]|[*_`#>]+|^\s*[-•]\s+", re.MULTILINE)

_engine_lock = threading.Lock()  # espeak is one engine per process; one synthesis at a time
_engine: Any = None
_voices: dict[str, str] | None = None


@dataclass
class Speech:
    samples: np.ndarray  # int16 mono
    rate: int

    @property
    def seconds(self) -> float:
        return self.samples.size / self.rate


def speakable(text: str) -> str:
    return re.sub(r"\s+", " ", _UNSPOKEN.sub(" ", text)).strip()


def _release_engine() -> None:
    # pyttsx3's driver proxy errors in __del__ if it is collected during interpreter teardown;
    # letting it go at exit, while modules are still whole, keeps stderr clean.
    global _engine
    _engine = None
    gc.collect()


def _get_engine() -> Any:
    global _engine, _voices
    if _engine is None:
        atexit.register(_release_engine)
        try:
            import pyttsx3

            _engine = pyttsx3.init()
            _voices = _pick_voices(_engine.getProperty("voices"))
        except Exception as e:  # a missing libespeak-ng shows up as OSError, RuntimeError or KeyError
            log.exception("pyttsx3 failed to start")
            raise SpeechUnavailable("cannot speak: no speech engine (on Linux install espeak-ng)") from e
    return _engine


def _pick_voices(voices: list[Any]) -> dict[str, str]:
    """Voice ids for English and Mandarin, by the language each voice declares."""
    found: dict[str, str] = {}

    def langs(v: Any) -> str:
        parts = [str(x) for x in (getattr(v, "languages", None) or [])]
        return " ".join([v.id, v.name or "", *parts]).lower()

    preference = {
        # espeak-ng ids first; other platforms' voices are matched by the language they declare.
        "zh": ("sit/cmn", "cmn", "zh", "chinese", "mandarin"),
        "en": ("gmw/en-us", "en-us", "en_us", "en-gb", "english"),
    }
    for key, wanted in preference.items():
        for word in wanted:
            match = next((v for v in voices if word in langs(v) and "pinyin" not in langs(v)), None)
            if match is not None:
                found[key] = match.id
                break
    return found


def synthesize(text: str) -> Speech:
    """Speak `text` into samples; SpeechUnavailable if there is no engine or it produced nothing."""
    text = speakable(text)
    if not text:
        raise AssistantError("nothing to say: the text is empty")
    with _engine_lock:
        engine = _get_engine()
        voice = (_voices or {}).get("zh" if is_chinese(text) else "en")
        # pyttsx3 2.99's espeak driver now and then ends an utterance without writing its audio (about
        # one sentence in 30 here); another try is a few milliseconds and has always worked.
        for attempt in range(1, SYNTH_ATTEMPTS + 1):
            speech = _synthesize_once(engine, voice, text)
            if speech.samples.size:
                break
            log.warning("speech engine returned no audio (try %d of %d)", attempt, SYNTH_ATTEMPTS)
    if speech.samples.size == 0:
        raise SpeechUnavailable("cannot speak: the speech engine produced no audio")
    return speech


def _synthesize_once(engine: Any, voice: str | None, text: str) -> Speech:
    fd, name = tempfile.mkstemp(suffix=".wav", prefix="assistant-tts-")
    os.close(fd)
    try:
        if voice:
            engine.setProperty("voice", voice)
        engine.setProperty("rate", RATE_WPM)
        # pyttsx3's espeak driver prints "Audio saved to …" on stdout; keep --json output clean.
        with contextlib.redirect_stdout(io.StringIO()):
            engine.save_to_file(text, name)
            engine.runAndWait()
        return _read_wav(Path(name))
    except SpeechUnavailable:
        raise
    except Exception as e:
        log.exception("speech synthesis failed")
        raise SpeechUnavailable(f"cannot speak: the speech engine failed ({e})") from e
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _read_wav(path: Path) -> Speech:
    try:
        with wave.open(str(path), "rb") as w:
            rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
            frames = w.readframes(w.getnframes())
    except (EOFError, wave.Error):
        return Speech(np.zeros(0, np.int16), 22_050)
    if width != 2:
        raise SpeechUnavailable(f"cannot speak: unexpected {width * 8}-bit audio from the engine")
    samples = np.frombuffer(frames, dtype=np.int16)
    if channels > 1:
        samples = samples.reshape(-1, channels)[:, 0]
    return Speech(samples.copy(), rate)


def save_wav(text: str, out: Path | str) -> Speech:
    """Write the spoken text to a 16-bit mono WAV, atomically: the file is whole or not there.

    Sentence by sentence, as the speaker says it, so each gets its own voice: an English sentence in
    a Chinese reply is read by the English voice.
    """
    sentences = split_sentences(speakable(text)) or [text]
    parts = [synthesize(sentence) for sentence in sentences]
    speech = Speech(np.concatenate([p.samples for p in parts]), parts[0].rate)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(suffix=".wav", prefix=f".{out.stem}-", dir=out.parent)
        with os.fdopen(fd, "wb") as f, wave.open(f, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(speech.rate)
            w.writeframes(speech.samples.tobytes())
        os.replace(tmp, out)
    except OSError as e:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
        raise StorageError(f"cannot write {out}: {e.strerror or e}") from e
    return speech
