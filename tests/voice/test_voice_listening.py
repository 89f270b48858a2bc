"""Recording until the speaker stops: a real recording fed through the same stream path as the microphone.

Only the device is replaced: a fake sounddevice.InputStream delivers the file's samples to the real
callback in real-sized blocks from its own thread, as PortAudio does.
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from assistant.voice import audio
from assistant.voice.errors import AudioError, NoAudioDevice
from assistant.voice.transcriber import Transcriber
from assistant.voice.utterance import EndpointSettings, capture_utterance
from tests.voice.voice_helpers import espeak_samples, fake_microphone, wer

sd = pytest.importorskip("sounddevice", reason="sounddevice needs PortAudio (apt-get install libportaudio2)")

COMMAND = "remind me in ten minutes to check the oven"
RATE = audio.SAMPLE_RATE


def room(speech: np.ndarray, before: float = 1.0, after: float = 3.0, seed: int = 0) -> np.ndarray:
    """Speech in a room: a little background hiss before, during and after it."""
    rng = np.random.default_rng(seed)
    take = np.concatenate([np.zeros(int(before * RATE)), speech, np.zeros(int(after * RATE))])
    return (take + rng.normal(0, 0.002, take.size)).astype(np.float32)


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    return espeak_samples(COMMAND, tmp_path_factory.mktemp("speech"))


def test_an_utterance_is_cut_from_a_stream(spoken: np.ndarray, base: Transcriber) -> None:
    take = room(spoken)
    consumed = 0

    def stream():
        nonlocal consumed
        for block in audio.blocks(take, 800):
            consumed += block.size
            yield block

    levels: list[float] = []
    utterance = capture_utterance(stream(), on_level=levels.append)
    # It stopped reading soon after the speech ended, not at the end of the take.
    speech_end = RATE * 1.0 + spoken.size
    assert speech_end < consumed < speech_end + 1.5 * RATE
    # The utterance is the speech, with a short lead-in and tail, not the silence around it.
    assert spoken.size * 0.9 < utterance.size < spoken.size + 1.0 * RATE
    assert len(levels) == -(-consumed // 800) and all(0 <= v <= 1 for v in levels)
    assert max(levels) > 0.5 > min(levels)
    assert wer(COMMAND, base.transcribe(utterance, "en").text) <= 0.1


def test_pauses_between_words_do_not_end_the_utterance(spoken: np.ndarray) -> None:
    half = spoken.size // 2
    gap = np.zeros(int(0.5 * RATE), np.float32)
    take = room(np.concatenate([spoken[:half], gap, spoken[half:]]))
    utterance = capture_utterance(audio.blocks(take, 800))
    assert utterance.size > spoken.size


def test_nobody_speaking_gives_up_with_one_line() -> None:
    hiss = room(np.zeros(0, np.float32), before=0, after=3)
    with pytest.raises(AudioError, match="no speech heard in 2 s"):
        capture_utterance(audio.blocks(hiss, 800), EndpointSettings(wait_seconds=2))


def test_push_to_talk_release_keeps_what_was_said(spoken: np.ndarray) -> None:
    take = room(spoken, after=0)
    blocks_read = 0

    def released() -> bool:
        return blocks_read >= (RATE * 1.0 + spoken.size // 2) // 800

    def stream():
        nonlocal blocks_read
        for block in audio.blocks(take, 800):
            blocks_read += 1
            yield block

    utterance = capture_utterance(stream(), should_stop=released)
    assert 0 < utterance.size < spoken.size


def test_the_microphone_path_hears_a_real_recording(
    spoken: np.ndarray, base: Transcriber, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.voice.microphone import record_utterance

    fake_microphone(sd, monkeypatch, room(spoken))
    utterance = record_utterance()
    assert wer(COMMAND, base.transcribe(utterance, "en").text) <= 0.1


def test_a_microphone_that_only_runs_at_48k_is_resampled(
    spoken: np.ndarray, base: Transcriber, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.voice.microphone import record_utterance

    take = room(spoken)
    at_48k = np.interp(np.arange(take.size * 3) / 3, np.arange(take.size), take).astype(np.float32)
    fake_microphone(sd, monkeypatch, at_48k, rate_supported=48_000)
    utterance = record_utterance()
    assert wer(COMMAND, base.transcribe(utterance, "en").text) <= 0.1


def test_no_microphone_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.voice.microphone import check_microphone, record_utterance

    def no_device(device=None, kind=None):
        raise sd.PortAudioError("Error querying device -1")

    monkeypatch.setattr(sd, "query_devices", no_device)
    for call in (check_microphone, record_utterance):
        with pytest.raises(NoAudioDevice, match="no microphone found") as err:
            call()
        assert "\n" not in str(err.value)


def test_a_microphone_that_goes_silent_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.voice import microphone

    fake_microphone(sd, monkeypatch, np.zeros(800, np.float32))  # one block, then nothing: unplugged
    monkeypatch.setattr(microphone, "READ_TIMEOUT", 0.2)
    with pytest.raises(NoAudioDevice, match="stopped sending audio"):
        microphone.record_utterance()


def test_missing_portaudio_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from assistant.voice.microphone import check_microphone

    monkeypatch.setitem(sys.modules, "sounddevice", None)  # as if the import failed
    with pytest.raises(NoAudioDevice, match="PortAudio"):
        check_microphone()
