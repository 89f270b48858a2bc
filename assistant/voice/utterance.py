"""Find one spoken utterance in a stream of audio blocks: wait for speech, stop when the speaker stops.

The stream is any iterable of 16 kHz mono float32 blocks: the microphone's (`microphone.py`) or a
file's cut into blocks (`audio.blocks`), so the same code is tested with real recordings. Endpointing
is by level against a noise floor learned from the stream itself: cheap enough to run on every block
while recording, and Whisper's own voice-activity filter trims whatever silence it lets through.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from . import audio
from .errors import AudioError


@dataclass
class EndpointSettings:
    start_seconds: float = 0.15  # this much loud audio in a row counts as speech starting
    end_silence_seconds: float = 0.9  # this much quiet after speech ends the utterance
    pre_roll_seconds: float = 0.3  # kept from before the start, so the first syllable is not cut
    wait_seconds: float = 10.0  # give up if nobody speaks within this
    max_seconds: float = 30.0  # one Whisper window; a command is never longer
    margin_db: float = 12.0  # speech is this far above the noise floor...
    min_level_db: float = -50.0  # ...and never quieter than this (dBFS)


def level_db(block: np.ndarray) -> float:
    value = audio.rms(block)
    return 20 * math.log10(value) if value > 0 else -120.0


def meter(block: np.ndarray) -> float:
    """A 0..1 level for a meter: -60 dBFS and below is 0, full scale is 1."""
    return min(1.0, max(0.0, (level_db(block) + 60.0) / 60.0))


class UtteranceDetector:
    """Fed blocks one at a time; `feed` returns True once the utterance is complete."""

    def __init__(self, settings: EndpointSettings | None = None, rate: int = audio.SAMPLE_RATE):
        self.settings = settings or EndpointSettings()
        self.rate = rate
        self.noise_db: float | None = None
        self.started = False
        self.finished = False
        self._pre_roll: deque[np.ndarray] = deque()
        self._pre_roll_samples = 0
        self._kept: list[np.ndarray] = []
        self._loud_run = 0  # samples of loud audio in a row
        self._quiet_run = 0  # samples of quiet audio in a row since speech started
        self._seen = 0  # samples seen in all

    def threshold_db(self) -> float:
        floor = self.noise_db if self.noise_db is not None else -90.0
        return max(floor + self.settings.margin_db, self.settings.min_level_db)

    def feed(self, block: np.ndarray) -> bool:
        if self.finished:
            return True
        s = self.settings
        n = block.size
        self._seen += n
        db = level_db(block)
        loud = db >= self.threshold_db()
        if not self.started:
            self._learn_noise(db, loud)
            self._pre_roll.append(block)
            self._pre_roll_samples += n
            self._loud_run = self._loud_run + n if loud else 0
            if self._loud_run >= s.start_seconds * self.rate:
                self.started = True
                self._kept = list(self._pre_roll)
                self._pre_roll.clear()
            else:
                keep = (s.pre_roll_seconds + s.start_seconds) * self.rate
                while self._pre_roll and self._pre_roll_samples - self._pre_roll[0].size >= keep:
                    self._pre_roll_samples -= self._pre_roll.popleft().size
                if self._seen >= s.wait_seconds * self.rate:
                    raise AudioError(f"no speech heard in {s.wait_seconds:g} s: is the microphone muted or too quiet?")
            return False
        self._kept.append(block)
        self._quiet_run = 0 if loud else self._quiet_run + n
        kept = sum(b.size for b in self._kept)
        if self._quiet_run >= s.end_silence_seconds * self.rate or kept >= s.max_seconds * self.rate:
            self.finished = True
        return self.finished

    def _learn_noise(self, db: float, loud: bool) -> None:
        # Before speech: the floor follows the room down at once and up slowly, so a cough does not
        # become the floor but a fan switched on is learned within a second or so.
        if self.noise_db is None:
            self.noise_db = db
        elif db < self.noise_db:
            self.noise_db = db
        elif not loud:
            self.noise_db += 0.1 * (db - self.noise_db)

    def utterance(self) -> np.ndarray:
        """The speech with its pre-roll, and the trailing silence cut to a short tail."""
        if not self.started:
            raise AudioError("no speech was heard")
        samples = np.concatenate(self._kept) if self._kept else np.zeros(0, np.float32)
        tail = int(0.2 * self.rate)
        if self.finished and self._quiet_run > tail:
            samples = samples[: samples.size - (self._quiet_run - tail)]
        return samples


def capture_utterance(
    stream: Iterable[np.ndarray],
    settings: EndpointSettings | None = None,
    on_level: Callable[[float], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    push_to_talk: bool = False,
) -> np.ndarray:
    """Read blocks until one utterance is complete (or the stream ends, or `should_stop()`), return it.
    With `push_to_talk`, recording ends only when `should_stop()` says so (the button is released).

    `on_level` gets a 0..1 level per block for a meter; `should_stop` lets push-to-talk end the
    recording when the key is released, keeping what was said so far.
    """
    detector = UtteranceDetector(settings)
    max_samples = int(detector.settings.max_seconds * detector.rate)
    held: list[np.ndarray] = []
    for block in stream:
        if on_level is not None:
            on_level(meter(block))
        if push_to_talk:
            held.append(block)
            if should_stop is not None and should_stop() or sum(b.size for b in held) >= max_samples:
                break
        elif detector.feed(block) or (should_stop is not None and should_stop()):
            break
    if push_to_talk:
        # The user says when speech starts and ends by holding the button: everything in between is
        # kept. (Onset detection learns the room's noise from the first blocks, and would take the first
        # syllable for noise when someone starts talking the moment they press.)
        samples = np.concatenate(held) if held else np.zeros(0, np.float32)
        if samples.size == 0 or audio.is_silent(samples):
            raise AudioError("no speech was heard")
        return samples
    if not detector.started:
        raise AudioError("no speech was heard")
    return detector.utterance()
