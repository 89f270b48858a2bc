"""Speech to text with the real models on real (espeak-ng) speech, checked by word error rate."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from assistant.errors import AssistantError
from assistant.voice.errors import AudioError
from assistant.voice.transcriber import Transcriber
from tests.voice.voice_helpers import espeak_samples, espeak_wav, needs_espeak, wer, write_wav

pytestmark = needs_espeak

COMMAND = "remind me in ten minutes to check the oven"


def encode(samples: np.ndarray, path: Path, codec: str) -> Path:
    """Write a real compressed file with PyAV's bundled encoders (sox here has no MP3 writer)."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=16_000, layout="mono")
        # Convert to whatever sample format this encoder takes (s16, s32p, fltp, ...).
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout="mono", rate=16_000)
        frame = av.AudioFrame.from_ndarray(samples.astype(np.float32).reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = 16_000
        for converted in resampler.resample(frame):
            for packet in stream.encode(converted):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def test_base_hears_a_spoken_command(base: Transcriber, tmp_path: Path) -> None:
    wav = espeak_wav(COMMAND, tmp_path / "command.wav")
    t = base.transcribe_file(wav, "en")
    # At most one word of the nine missed: in this session's runs base dropped the "in" of "in ten
    # minutes" (WER 0.11) on some runs and not others; the reminder parser asks about that reading
    # rather than guess, so one lost word costs a question, never a wrong time.
    assert wer(COMMAND, t.text) <= 0.12, t.text
    assert t.language == "en" and t.model == "base"
    assert 2.5 < t.seconds < 5
    assert 0 < t.rtf < 1.5  # generous: the CPU is shared; bench/voice.py measures it properly


def test_language_is_detected_when_not_given(base: Transcriber, tmp_path: Path) -> None:
    text = "how is the weather today"
    t = base.transcribe_file(espeak_wav(text, tmp_path / "weather.wav"))
    assert t.language == "en"
    assert wer(text, t.text) <= 0.2, t.text


def test_tiny_en_hears_clear_english(tiny: Transcriber, tmp_path: Path) -> None:
    text = "what is on my calendar for tomorrow morning"
    t = tiny.transcribe_file(espeak_wav(text, tmp_path / "calendar.wav"))
    assert t.model == "tiny.en"
    assert wer(text, t.text) <= 0.25, t.text


@pytest.mark.parametrize("suffix,codec", [(".flac", "flac"), (".mp3", "mp3"), (".ogg", "libopus")])
def test_compressed_formats(base: Transcriber, tmp_path: Path, suffix: str, codec: str) -> None:
    if codec not in av.codecs_available:
        pytest.skip(f"this PyAV build has no {codec} encoder to make the test file")
    samples = espeak_samples(COMMAND, tmp_path)
    path = encode(samples, tmp_path / f"command{suffix}", codec)
    assert wer(COMMAND, base.transcribe_file(path, "en").text) <= 0.2


def test_a_text_file_named_wav_is_refused_in_one_line(base: Transcriber, tmp_path: Path) -> None:
    notes = tmp_path / "notes.wav"
    notes.write_text("this is not audio", encoding="utf-8")
    with pytest.raises(AudioError, match="not an audio file") as err:
        base.transcribe_file(notes)
    assert "\n" not in str(err.value) and str(notes) in str(err.value)


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: write_wav(p, np.zeros(32_000, np.float32)), "no speech"),
        (lambda p: write_wav(p, np.zeros(0, np.float32)), "no audio"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: None, "no such file"),
    ],
)
def test_bad_files_give_one_line(base: Transcriber, tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "bad.wav"
    make(path)
    with pytest.raises(AudioError, match=message) as err:
        base.transcribe_file(path)
    assert "\n" not in str(err.value)


def test_quiet_noise_without_speech_is_no_speech(base: Transcriber, tmp_path: Path) -> None:
    noise = np.random.default_rng(1).normal(0, 0.003, 16_000 * 2).astype(np.float32)
    with pytest.raises(AudioError, match="no speech"):
        base.transcribe_file(write_wav(tmp_path / "hiss.wav", noise))


def test_an_unknown_language_code_is_one_line(base: Transcriber, tmp_path: Path) -> None:
    wav = espeak_wav(COMMAND, tmp_path / "command.wav")
    with pytest.raises(AssistantError, match="unknown language 'xx'"):
        base.transcribe_file(wav, "xx")


def test_chinese_is_always_heard_by_the_multilingual_model(tiny: Transcriber, base_in_home: Path) -> None:
    # tiny.en cannot hear Chinese: asking for zh switches to base whatever the setting says.
    assert tiny.model_name("zh") == "base"
    assert tiny.model_name("en") == "tiny.en"
