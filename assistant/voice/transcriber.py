"""Speech to text with faster-whisper: int8 on the CPU, voice-activity detection trimming the silence.

A loaded model is kept for the life of the process (the window transcribes many times; loading base
takes about a second), keyed by folder and thread count.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import AssistantError
from . import audio
from .errors import AudioError, WhisperModelError
from .whisper_models import DEFAULT_MODEL, locate, model_for_language

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

# Whisper's decoder is serial: past 4 threads a short command gets no faster, and the rest of the
# desktop (and the LLM that answers next) keeps its cores.
MAX_THREADS = 4
# One transcription at a time in the process: two at once on a small CPU only make both late, and the
# cached models are shared between Transcriber instances (the window's and a background job's).
_transcribing = threading.Lock()


# Whisper continues the style and vocabulary of the text before it, so it is told what it is hearing: a
# person talking to an assistant. Measured on bench/voice.py's sentences (beam 5, VAD): base WER 0.10 ->
# 0.07, tiny.en 0.19 -> 0.21, and espeak-ng's "the weather is nice today" heard with "weather" in it
# instead of "but where is ice today". The prompt names topics, never a concrete command: a prompt like
# "Remind me tomorrow at 9 to call Mum" was measured to leak into transcripts (base repeated it verbatim),
# which would turn silence into a reminder. The Simplified-Chinese prompt also keeps Whisper from
# writing Traditional characters.
PROMPTS = {
    "en": "Talking to my assistant about the weather, reminders and what to remember.",
    "zh": "和我的助手聊天气、提醒和要记住的事情。",
}


@dataclass
class Transcript:
    text: str
    language: str  # the one given, or the one Whisper detected
    seconds: float  # length of the audio
    rtf: float  # real-time factor: processing time / audio length (below 1 is faster than speech)
    elapsed: float  # processing time in seconds, model load excluded
    model: str
    language_probability: float


def default_threads() -> int:
    return max(1, min(MAX_THREADS, os.cpu_count() or 1))


@functools.lru_cache(maxsize=2)
def _load(path: str, threads: int) -> WhisperModel:
    from faster_whisper import WhisperModel

    try:
        return WhisperModel(path, device="cpu", compute_type="int8", cpu_threads=threads, local_files_only=True)
    except (RuntimeError, ValueError, OSError) as e:
        log.exception("cannot load Whisper model %s", path)
        raise WhisperModelError(f"cannot load the speech model in {path}: {e}") from e


class Transcriber:
    """Turns 16 kHz mono samples (or a file) into a Transcript with the model the settings name."""

    def __init__(self, model: str = DEFAULT_MODEL, threads: int | None = None, beam_size: int = 5):
        self.model_setting = model
        self.threads = threads or default_threads()
        self.beam_size = beam_size

    def load(self, language: str | None = None) -> WhisperModel:
        """Load (or reuse) the model that will serve `language`; lets a caller warm it up early."""
        info = locate(model_for_language(self.model_setting, language))
        # Resolved, so the same folder reached through a link shares one loaded model.
        return _load(str(info.path.resolve()), self.threads)

    def model_name(self, language: str | None = None) -> str:
        return locate(model_for_language(self.model_setting, language)).name

    def transcribe(self, samples: np.ndarray, language: str | None = None) -> Transcript:
        """AudioError if there is no speech; AssistantError for an unknown language code."""
        seconds = audio.duration(samples)
        if samples.size == 0 or audio.is_silent(samples):
            raise AudioError("no speech was heard: the audio is silent")
        name = self.model_name(language)
        model = self.load(language)
        start = time.perf_counter()
        with _transcribing:
            try:
                probability = None
                if not language and not model.model.is_multilingual:
                    language = "en"
                elif not language:
                    # Detected first, so the prompt can be in the language spoken.
                    language, probability, _ = model.detect_language(samples)
                segments, info = model.transcribe(
                    samples,
                    language=language,
                    initial_prompt=PROMPTS.get(language),
                    beam_size=self.beam_size,
                    vad_filter=True,
                    # A spoken command is one utterance: carrying text across 30 s windows only
                    # spreads a mishearing, and without it a hallucination loop cannot start.
                    condition_on_previous_text=False,
                )
                text = " ".join(s.text.strip() for s in segments).strip()
            except ValueError as e:  # faster-whisper's word for a language code it does not know
                raise AssistantError(f"unknown language {language!r}: use a code such as en or zh") from e
        elapsed = time.perf_counter() - start
        if not text:
            raise AudioError("no speech was heard in the audio")
        return Transcript(
            text=text,
            language=info.language,
            seconds=round(seconds, 3),
            rtf=round(elapsed / seconds, 3) if seconds else 0.0,
            elapsed=round(elapsed, 3),
            model=name,
            language_probability=round(probability if probability is not None else info.language_probability, 3),
        )

    def transcribe_file(self, path: Path | str, language: str | None = None) -> Transcript:
        self.model_name(language)  # a bad model setting is reported whatever the file
        samples = audio.load_audio(path)
        try:
            return self.transcribe(samples, language)
        except AudioError as e:
            raise AudioError(f"{path}: {e}") from e
