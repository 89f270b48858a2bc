"""Speech out: real WAVs from espeak-ng through pyttsx3, the Chinese voice, and stopping at once."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import AssistantError
from assistant.language import is_chinese
from assistant.voice import audio, speech
from assistant.voice.errors import NoAudioDevice
from assistant.voice.sentences import SentenceStream, split_sentences
from assistant.voice.speaker import SoundcardOutput, Speaker
from assistant.voice.speech import Speech, save_wav, speakable
from assistant.voice.transcriber import Transcriber
from tests.voice.voice_helpers import needs_espeak, read_wav, wer


def loudness(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples))))


@needs_espeak
def test_say_writes_a_real_wav_that_can_be_heard_back(tmp_path: Path, base: Transcriber) -> None:
    text = "Your reminder to check the oven is set for ten minutes from now."
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "reply.wav"
    save_wav(text, out)
    samples, rate = read_wav(out)
    seconds = samples.size / rate
    assert 2.0 < seconds < 8.0, seconds
    assert loudness(samples) > 0.05  # about -26 dBFS: speech, not near-silence
    assert abs(out.stat().st_size - (44 + samples.size * 2)) < 100  # a whole file, header and all
    assert [p.name for p in out.parent.iterdir()] == ["reply.wav"]  # no temporary file left
    heard = base.transcribe_file(out, "en").text
    assert wer(text, heard) <= 0.2, heard


@needs_espeak
def test_chinese_text_is_spoken_with_the_chinese_voice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen: list[str] = []
    engine = speech._get_engine()
    real = engine.setProperty

    def spy(name: str, value: object) -> None:
        if name == "voice":
            chosen.append(str(value))
        real(name, value)

    monkeypatch.setattr(engine, "setProperty", spy)
    zh, en = tmp_path / "zh.wav", tmp_path / "en.wav"
    save_wav("你好，十分钟后提醒你检查烤箱。", zh)
    save_wav("Hello, I will remind you in ten minutes.", en)
    assert chosen[0] in ("sit/cmn", "cmn") and chosen[1].startswith("gmw/en")
    for wav in (zh, en):
        samples, rate = read_wav(wav)
        assert samples.size / rate > 1.0 and loudness(samples) > 0.05
    # A Chinese sentence spoken as English letters would be far shorter than spoken as Mandarin.
    assert read_wav(zh)[0].size > 0.5 * read_wav(en)[0].size


def test_which_voice() -> None:
    assert is_chinese("十分钟后提醒我")
    assert is_chinese("提醒我 check the oven 十分钟后")  # mostly Chinese
    assert not is_chinese("Remind me to buy 豆腐 at the market tomorrow")
    # Chinese around names in Latin letters is Chinese, however long the names.
    assert is_chinese("Beale是谁？") and is_chinese("Ukridge和Beale是什么关系？")
    assert not is_chinese("What is 火锅?") and not is_chinese("I met Wang Li")
    assert speakable("**Yes** — see [1], [2, 3].\n- `item`") == "Yes — see , . item"


def test_empty_text_is_refused() -> None:
    with pytest.raises(AssistantError, match="nothing to say"):
        speech.synthesize("  **  ")


def test_no_speaker_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    sd = pytest.importorskip("sounddevice")

    def no_device(device=None, kind=None):
        raise sd.PortAudioError("Error querying device -1")

    monkeypatch.setattr(sd, "query_devices", no_device)
    with pytest.raises(NoAudioDevice, match="no speaker") as err:
        SoundcardOutput()
    assert "\n" not in str(err.value)


class RecordingOutput:
    """An AudioOutput that takes real time to 'play', recording what it was given and when."""

    def __init__(self) -> None:
        self.played: list[tuple[float, float]] = []  # (when it started, seconds of audio)
        self.stopped_after: float | None = None
        self.aborted = threading.Event()

    def play(self, speech: Speech, should_stop) -> None:
        self.played.append((time.perf_counter(), speech.seconds))
        start = time.perf_counter()
        for _ in audio.blocks(speech.samples, int(speech.rate * 0.05)):
            if should_stop():
                self.stopped_after = time.perf_counter() - start
                return
            time.sleep(0.05)

    def abort(self) -> None:
        self.aborted.set()


@needs_espeak
def test_a_streamed_reply_starts_speaking_before_it_is_finished() -> None:
    out = RecordingOutput()
    speaker = Speaker(output=out)
    try:
        reply = "Sure. I set the reminder. It will ring in ten minutes."
        for i in range(0, 12, 3):  # "Sure. I set " has arrived, the rest has not
            speaker.feed(reply[i : i + 3])
        deadline = time.time() + 5
        while not out.played and time.time() < deadline:
            time.sleep(0.01)
        assert len(out.played) == 1, "the first sentence is spoken while the reply still streams"
        speaker.feed(reply[12:])
        speaker.finish()
        assert speaker.wait(timeout=30)
        assert len(out.played) == 3, (speaker.error, out.played)
        assert speaker.error is None
    finally:
        speaker.close()


@needs_espeak
def test_stop_is_instant_and_forgets_the_rest() -> None:
    out = RecordingOutput()
    speaker = Speaker(output=out)
    try:
        speaker.say(
            "This is a long first sentence that takes a few seconds to say out loud. And a second one. And a third one."
        )
        while not out.played:
            time.sleep(0.01)
        time.sleep(0.3)
        asked = time.perf_counter()
        speaker.stop()
        assert speaker.wait(timeout=1)
        assert time.perf_counter() - asked < 0.25
        assert out.aborted.is_set() and out.stopped_after is not None
        assert len(out.played) == 1  # the queued sentences were dropped
        speaker.say("Speaking again after a stop works.")
        assert speaker.wait(timeout=10) and len(out.played) == 2
    finally:
        speaker.close()


def test_sentences_split_for_speech() -> None:
    assert split_sentences("Hello there. It costs 3.5 dollars! Dr. Smith agreed, e.g. yesterday. Done?") == [
        "Hello there.",
        "It costs 3.5 dollars!",
        "Dr. Smith agreed, e.g. yesterday.",
        "Done?",
    ]
    assert split_sentences("你好。今天天气很好！我们去公园吧？好的") == [
        "你好。",
        "今天天气很好！",
        "我们去公园吧？",
        "好的",
    ]
    assert split_sentences('He said "stop." Then left.\nNew line') == ['He said "stop."', "Then left.", "New line"]
    assert split_sentences("Really?! 真的吗？！「好。」") == ["Really?!", "真的吗？！", "「好。」"]


def test_sentences_come_out_as_soon_as_they_are_certain() -> None:
    stream = SentenceStream()
    assert stream.feed("It costs 3.") == []  # could still be 3.5
    assert stream.feed("5 dollars.") == []  # could still be followed by a closing quote
    assert stream.feed(" Next") == ["It costs 3.5 dollars."]
    assert stream.feed("。好") == ["Next。"]
    assert stream.flush() == ["好"]


def test_a_long_run_on_reply_is_still_spoken_in_pieces() -> None:
    text = ", ".join(["and then another clause follows"] * 12)
    stream = SentenceStream()
    pieces = stream.feed(text)
    assert pieces and all(len(p) <= 160 for p in pieces)
    assert " ".join(pieces + stream.flush()).replace(" ", "") == text.replace(" ", "")
