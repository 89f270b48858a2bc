"""`assistant transcribe`, `say`, `voice` and `listen` as a user runs them: a real process where the
output format matters, in-process (CliRunner) where only the device is replaced."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assistant.cli import main
from tests.voice.voice_helpers import espeak_samples, espeak_wav, fake_microphone, needs_espeak, read_wav, wer

LAUNCH = "from assistant.cli import main; main()"
ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASSISTANT_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=180,
        cwd=ROOT,
    )


def one_clear_line(p: subprocess.CompletedProcess[str]) -> str:
    assert p.returncode == 1, (p.returncode, p.stdout, p.stderr)
    assert "Traceback" not in p.stderr + p.stdout
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, p.stderr
    assert lines[0].startswith("assistant: ")
    return lines[0]


@pytest.fixture
def sd(monkeypatch: pytest.MonkeyPatch):
    return pytest.importorskip("sounddevice", reason="sounddevice needs PortAudio (apt-get install libportaudio2)")


def no_devices(sd, monkeypatch: pytest.MonkeyPatch) -> None:
    def query(device=None, kind=None):
        raise sd.PortAudioError("Error querying device -1")

    monkeypatch.setattr(sd, "query_devices", query)


@needs_espeak
def test_transcribe_json(home: Path, base_in_home: Path, tmp_path: Path) -> None:
    text = "how is the weather today"
    p = run("transcribe", str(espeak_wav(text, tmp_path / "speech.wav")), "--json", home=home)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert {"text", "language", "seconds", "rtf"} <= set(out)
    assert wer(text, out["text"]) <= 0.2 and out["language"] == "en"
    assert 1 < out["seconds"] < 4 and out["rtf"] > 0
    assert p.stderr == ""


@needs_espeak
def test_transcribe_text_with_a_chosen_model(home: Path, tmp_path: Path) -> None:
    text = "what is on my calendar for tomorrow morning"
    p = run("transcribe", str(espeak_wav(text, tmp_path / "s.wav")), "--model", "tiny.en", home=home)
    assert p.returncode == 0, p.stderr
    assert wer(text, p.stdout) <= 0.25


def test_transcribe_refuses_bad_files_in_one_line(home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.wav"
    notes.write_text("this is not audio", encoding="utf-8")
    assert "not an audio file" in one_clear_line(run("transcribe", str(notes), "--json", home=home))
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    assert "empty" in one_clear_line(run("transcribe", str(empty), home=home))
    assert "unknown speech model" in one_clear_line(run("transcribe", str(notes), "--model", "huge", home=home))


@needs_espeak
def test_say_out_writes_a_wav(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "hello.wav"
    p = run("say", "Hello, this is your assistant.", "--out", str(out), home=home)
    assert p.returncode == 0, p.stderr
    assert p.stdout == ""
    samples, rate = read_wav(out)
    assert 1.0 < samples.size / rate < 5 and np.sqrt(np.mean(samples**2)) > 0.05
    p = run("say", "-", "--out", str(tmp_path / "zh.wav"), home=home, stdin="你好，我是你的助手。")
    assert p.returncode == 0, p.stderr
    assert read_wav(tmp_path / "zh.wav")[0].size > 0


def test_say_with_no_speaker_is_one_line(home: Path, sd, monkeypatch: pytest.MonkeyPatch) -> None:
    no_devices(sd, monkeypatch)
    r = CliRunner().invoke(main, ["say", "hello"])
    assert r.exit_code == 1 and r.stderr.strip() == "assistant: no speaker or audio output device found"


def test_listen_with_no_microphone_is_one_line(home: Path, sd, monkeypatch: pytest.MonkeyPatch) -> None:
    no_devices(sd, monkeypatch)
    r = CliRunner().invoke(main, ["listen", "--json"])
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr.strip().startswith("assistant: no microphone found")


def short_replies(home: Path) -> None:
    """Keep the language model's part quick and repeatable: this tests the voice path, not the model."""
    from assistant.assistant import Assistant

    Assistant.open().settings.update(max_tokens=24, seed=1, temperature=0.0)


@needs_espeak
def test_voice_handles_the_transcript_as_typed_text(home: Path, base_in_home: Path, tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp", reason="the assistant's language model (llama-cpp-python) is not installed")
    short_replies(home)
    said = "what is the capital of France"
    p = run("voice", str(espeak_wav(said, tmp_path / "q.wav")), "--json", home=home)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert {"transcript", "action", "reply", "conversation", "citations"} <= set(out)
    assert wer(said, out["transcript"]) <= 0.2, out["transcript"]
    assert out["action"] == "reply" and out["reply"].strip()
    # Stored exactly as a typed turn would be.
    from assistant.conversations import Conversations
    from assistant.db import open_db

    messages = Conversations(open_db()).messages(out["conversation"])
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[0].content == out["transcript"] and messages[1].content == out["reply"]


@needs_espeak
def test_a_spoken_reminder_is_stored(home: Path, base_in_home: Path, tmp_path: Path) -> None:
    p = run(
        "voice", str(espeak_wav("remind me at five p m to check the oven", tmp_path / "r.wav")), "--json", home=home
    )
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["action"] == "reminder", out
    assert "oven" in out["reminder"]["task"] and out["reply"].startswith("OK — ")
    listed = json.loads(run("reminders", "list", "--json", home=home).stdout)
    assert [r["id"] for r in listed] == [out["reminder"]["id"]]


@needs_espeak
def test_a_spoken_remember_is_stored_in_memory(home: Path, base_in_home: Path, tmp_path: Path) -> None:
    p = run(
        "voice", str(espeak_wav("remember that my favourite colour is green", tmp_path / "m.wav")), "--json", home=home
    )
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["action"] == "remember", out
    found = json.loads(run("memory", "search", "favourite colour", "--json", home=home).stdout.splitlines()[0])
    assert any("green" in r["text"].lower() for r in found["results"])


class FakeOutputStream:
    """Stands in for the sound card: keeps what would have been played."""

    written: list[np.ndarray] = []

    def __init__(self, samplerate: float, channels: int, dtype: str) -> None:
        self.rate = samplerate

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def abort(self) -> None: ...
    def close(self) -> None: ...

    def write(self, block: np.ndarray) -> None:
        FakeOutputStream.written.append(block.copy())


@needs_espeak
def test_voice_speak_says_the_reply(
    home: Path, base_in_home: Path, tmp_path: Path, sd, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("llama_cpp", reason="the assistant's language model (llama-cpp-python) is not installed")
    short_replies(home)
    FakeOutputStream.written = []
    monkeypatch.setattr(sd, "query_devices", lambda device=None, kind=None: {"name": "test speaker"})
    monkeypatch.setattr(sd, "OutputStream", FakeOutputStream)
    wav = espeak_wav("tell me a short joke", tmp_path / "joke.wav")
    r = CliRunner().invoke(main, ["voice", str(wav), "--speak"])
    assert r.exit_code == 0, r.stderr
    assert r.stderr.startswith("you said: ")
    played = np.concatenate(FakeOutputStream.written).reshape(-1)
    assert played.size / 22_050 > 0.5  # the reply was spoken
    assert np.sqrt(np.mean((played / 32768.0) ** 2)) > 0.03


@needs_espeak
def test_listen_records_until_the_speaker_stops_then_acts(
    home: Path, base_in_home: Path, tmp_path: Path, sd, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("llama_cpp", reason="the assistant's language model (llama-cpp-python) is not installed")
    short_replies(home)
    said = "what is the capital of France"
    speech = espeak_samples(said, tmp_path)
    hiss = np.random.default_rng(0).normal(0, 0.002, 16_000 * 5).astype(np.float32)
    take = np.concatenate([hiss[:16_000], speech + hiss[: speech.size], hiss])  # silence, speech, silence
    fake_microphone(sd, monkeypatch, take)
    r = CliRunner().invoke(main, ["listen", "--json"])
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    assert wer(said, out["transcript"]) <= 0.2 and out["action"] == "reply" and out["reply"]
