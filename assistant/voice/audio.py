"""Audio as Whisper wants it: 16 kHz mono float32 samples, decoded from any common file by PyAV.

PyAV (a faster-whisper dependency) bundles FFmpeg's decoders, so WAV, FLAC, MP3 and OGG all read
without a system FFmpeg. Decoding failures become one-line AudioErrors naming the file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .errors import AudioError

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
FORMATS = "WAV, FLAC, MP3 or OGG"
# Below this RMS (about -60 dBFS) a recording is taken as silence: no speech can be in it.
SILENCE_RMS = 0.001


def load_audio(path: Path | str) -> np.ndarray:
    """Decode a file to 16 kHz mono float32; AudioError if it is missing, not audio, or empty."""
    import av  # imported here: PyAV pulls in FFmpeg's libraries, not needed to start the CLI
    from faster_whisper import decode_audio

    path = Path(path)
    if path.is_dir():
        raise AudioError(f"{path} is a folder, not an audio file")
    if not path.exists():
        raise AudioError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise AudioError(f"{path} is empty: it holds no audio")
    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except PermissionError as e:
        raise AudioError(f"{path} cannot be read: permission denied") from e
    except (av.error.FFmpegError, ValueError, IndexError, OSError) as e:
        # InvalidDataError for text or garbage, StreamNotFound for a file with no audio track.
        log.info("cannot decode %s", path, exc_info=True)
        raise AudioError(f"{path} is not an audio file that can be read ({FORMATS})") from e
    if samples.size == 0:
        raise AudioError(f"{path} holds no audio samples")
    return samples


def rms(samples: np.ndarray) -> float:
    """Root-mean-square level, 0 for an empty block; 1.0 is a full-scale square wave."""
    if samples.size == 0:
        return 0.0
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))


def is_silent(samples: np.ndarray) -> bool:
    return rms(samples) < SILENCE_RMS


def duration(samples: np.ndarray, rate: int = SAMPLE_RATE) -> float:
    return samples.size / rate


def blocks(samples: np.ndarray, block_size: int) -> Iterator[np.ndarray]:
    """Cut samples into blocks as a microphone stream delivers them (the last one may be short)."""
    for start in range(0, samples.size, block_size):
        yield samples[start : start + block_size]
