"""The microphone as a stream of 16 kHz mono float32 blocks, through PortAudio (sounddevice).

Only this module touches the device. Everything after it (`utterance.capture_utterance`) takes any
iterable of blocks, so tests feed a real recording through the same path. A missing PortAudio library,
no input device, or a device that will not open becomes one NoAudioDevice line.
"""

from __future__ import annotations

import contextlib
import logging
import queue
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import numpy as np

from . import audio
from .errors import NoAudioDevice
from .utterance import EndpointSettings, capture_utterance

log = logging.getLogger(__name__)

BLOCK_SECONDS = 0.05
READ_TIMEOUT = 2.0  # a device that delivers nothing for this long has gone away


def _sounddevice() -> ModuleType:
    try:
        import sounddevice
    except (OSError, ImportError) as e:  # OSError at import when libportaudio is not on the system
        raise NoAudioDevice(
            "cannot reach audio devices: the PortAudio library is missing (install libportaudio2)"
        ) from e
    return sounddevice


def _input_device(sd: ModuleType, device: int | str | None) -> dict:
    try:
        return dict(sd.query_devices(device, kind="input"))
    except (sd.PortAudioError, ValueError) as e:
        raise NoAudioDevice("no microphone found: connect one, or check it is enabled") from e


def check_microphone(device: int | str | None = None) -> str:
    """The input device's name; NoAudioDevice if there is none (cheap: nothing is opened)."""
    return str(_input_device(_sounddevice(), device).get("name", "microphone"))


@contextlib.contextmanager
def microphone_blocks(device: int | str | None = None) -> Iterator[Iterator[np.ndarray]]:
    """Open the microphone and yield an iterator of 16 kHz mono float32 blocks; closed on exit."""
    sd = _sounddevice()
    info = _input_device(sd, device)
    blocks: queue.Queue[np.ndarray] = queue.Queue()

    def callback(indata: np.ndarray, frames: int, time: object, status: object) -> None:
        if status:
            log.info("microphone: %s", status)  # an overflow loses a block, not the recording
        blocks.put(indata[:, 0].copy())

    # Most devices accept 16 kHz (PortAudio resamples); a few only run at their own rate, and then
    # the blocks are resampled here.
    resampler = None
    rate = audio.SAMPLE_RATE
    try:
        stream = _open(sd, device, rate, callback)
    except NoAudioDevice:
        rate = int(info.get("default_samplerate") or 48_000)
        stream = _open(sd, device, rate, callback)
        resampler = _Resampler(rate)
    log.info("recording from %s at %d Hz", info.get("name"), rate)

    def read() -> Iterator[np.ndarray]:
        while True:
            try:
                block = blocks.get(timeout=READ_TIMEOUT)
            except queue.Empty:
                raise NoAudioDevice("the microphone stopped sending audio") from None
            yield resampler(block) if resampler else block

    with stream:
        yield read()


def record_utterance(
    settings: EndpointSettings | None = None,
    on_level: Callable[[float], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    device: int | str | None = None,
    push_to_talk: bool = False,
) -> np.ndarray:
    """Record from the microphone until the speaker stops; the 16 kHz samples of what was said."""
    with microphone_blocks(device) as stream:
        return capture_utterance(stream, settings, on_level, should_stop, push_to_talk)


def _open(sd: ModuleType, device: int | str | None, rate: int, callback: Callable[..., None]) -> Any:
    try:
        return sd.InputStream(
            samplerate=rate,
            channels=1,
            dtype="float32",
            blocksize=int(rate * BLOCK_SECONDS),
            device=device,
            callback=callback,
        )
    except (sd.PortAudioError, ValueError) as e:
        log.info("cannot open input at %d Hz", rate, exc_info=True)
        raise NoAudioDevice(f"cannot open the microphone: {e}") from e


class _Resampler:
    """Stream resampling through PyAV (already here for decoding), which filters before it decimates."""

    def __init__(self, rate: int):
        import av

        self._av = av
        self.rate = rate
        self._resampler = av.AudioResampler(format="flt", layout="mono", rate=audio.SAMPLE_RATE)

    def __call__(self, block: np.ndarray) -> np.ndarray:
        frame = self._av.AudioFrame.from_ndarray(block.reshape(1, -1).astype(np.float32), format="flt", layout="mono")
        frame.sample_rate = self.rate
        out = [f.to_ndarray().reshape(-1) for f in self._resampler.resample(frame)]
        return np.concatenate(out) if out else np.zeros(0, np.float32)
