"""Speech figures on this machine: RTF and WER of tiny.en and base on espeak-ng sentences, through our
Transcriber and through faster-whisper's raw WhisperModel.transcribe side by side; the latency from the end
of a spoken command to its transcript; and the time to the first spoken audio of a streamed reply.

Usage:  python bench/voice.py [--threads 2] [--models tiny.en,base]
Needs espeak-ng. Prints a Markdown table; docs/benchmarks-voice.md records a run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import jiwer
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.voice import audio  # noqa: E402
from assistant.voice.speaker import Speaker  # noqa: E402
from assistant.voice.speech import Speech  # noqa: E402
from assistant.voice.transcriber import Transcriber, _load  # noqa: E402
from assistant.voice.utterance import capture_utterance  # noqa: E402
from assistant.voice.whisper_models import locate  # noqa: E402

# Things people say to an assistant: commands with times and numbers, questions, remarks to remember.
SENTENCES = [
    "remind me in ten minutes to check the oven",
    "what is on my calendar for tomorrow morning",
    "remember that my sister's birthday is on the fourth of July",
    "set a reminder every Monday at nine to water the plants",
    "how is the weather today",
    "tell me the weather forecast for today",
    "forget what I told you about the dentist",
    "please read me the last message from Anna",
    "what did I say about the car insurance last week",
    "call the doctor at half past three on Friday",
    "the weather is nice today",
    "add milk eggs and bread to the shopping list",
]
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
    "half": "half",
}


def normalise(text: str) -> str:
    """Lower case, no punctuation, number words as digits: "Ten minutes." and "10 minutes" are equal."""
    words = re.sub(r"[^\w\s']", " ", text.lower()).replace("'s", "s").split()
    return " ".join(NUMBER_WORDS.get(w, w) for w in words)


def wer(references: list[str], hypotheses: list[str]) -> float:
    return jiwer.wer([normalise(r) for r in references], [normalise(h) for h in hypotheses])


def espeak(text: str, folder: Path, name: str) -> np.ndarray:
    raw = folder / f"{name}.wav"
    subprocess.run(["espeak-ng", "-s", "130", "-w", str(raw), text], check=True)
    return audio.load_audio(raw)  # resampled to 16 kHz mono by PyAV


def raw_faster_whisper(model_name: str, threads: int, clips: list[np.ndarray]) -> tuple[list[str], float]:
    """faster-whisper as its README shows it, with our int8/CPU/threads so only the pipeline differs."""
    from faster_whisper import WhisperModel

    model = WhisperModel(str(locate(model_name).path), device="cpu", compute_type="int8", cpu_threads=threads)
    model.transcribe(clips[0])  # warm up, as our cached model is
    texts, elapsed = [], 0.0
    for clip in clips:
        start = time.perf_counter()
        segments, _ = model.transcribe(clip, language="en")
        texts.append(" ".join(s.text.strip() for s in segments))
        elapsed += time.perf_counter() - start
    return texts, elapsed


def ours(model_name: str, threads: int, clips: list[np.ndarray], beam: int) -> tuple[list[str], float, float]:
    t = Transcriber(model_name, threads=threads, beam_size=beam)
    start = time.perf_counter()
    t.load("en")
    load = time.perf_counter() - start
    t.transcribe(clips[0], "en")  # warm up
    texts, elapsed = [], 0.0
    for clip in clips:
        r = t.transcribe(clip, "en")
        texts.append(r.text)
        elapsed += r.elapsed
    return texts, elapsed, load


RELEASE_LAG = 0.3  # seconds between the last word and letting go of the talk button


def command_latency(model_name: str, threads: int, clip: np.ndarray) -> tuple[float, float, float, str]:
    """A push-to-talk command as the window records it (blocks of a live stream, the button released
    RELEASE_LAG after the last word); from the end of speech to the stored reminder: the release lag,
    transcription, and the assistant handling the transcript (parse and store) in a warm process."""
    from assistant.assistant import Assistant

    t = Transcriber(model_name, threads=threads)
    t.load("en")
    held = np.concatenate([clip, np.zeros(int(audio.SAMPLE_RATE * RELEASE_LAG), np.float32)])
    blocks = iter(audio.blocks(np.concatenate([held, np.zeros(audio.SAMPLE_RATE, np.float32)]), 800))
    taken = [0]

    def stream():  # counts what was delivered, to let go exactly RELEASE_LAG after the speech
        for block in blocks:
            taken[0] += block.size
            yield block

    utterance = capture_utterance(stream(), push_to_talk=True, should_stop=lambda: taken[0] >= held.size)
    start = time.perf_counter()
    text = t.transcribe(utterance, "en").text
    transcribed = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as home:
        os.environ["ASSISTANT_HOME"] = home
        assistant = Assistant.open()
        assistant.engine()  # warm, as in the window
        start = time.perf_counter()
        result = assistant.handle(text)
        handled = time.perf_counter() - start
        assistant.close()
    return RELEASE_LAG, transcribed, handled, f"{result.action} ({text!r})"


class _FirstAudio:
    """An AudioOutput that notes when the first samples would reach the sound card."""

    def __init__(self) -> None:
        self.first: float | None = None
        self.done = threading.Event()

    def play(self, speech: Speech, should_stop: object) -> None:
        if self.first is None:
            self.first = time.perf_counter()

    def abort(self) -> None:
        pass


def time_to_first_audio(reply: str, tokens_per_second: float = 100.0) -> float:
    """A reply streamed at the language model's pace, in 4-character pieces: seconds from its first piece
    to the first spoken audio."""
    out = _FirstAudio()
    speaker = Speaker(output=out)
    pieces = [reply[i : i + 4] for i in range(0, len(reply), 4)]
    start = time.perf_counter()
    for p in pieces:
        speaker.feed(p)
        time.sleep(1 / tokens_per_second)
    speaker.finish()
    speaker.wait()
    speaker.close()
    assert out.first is not None
    return out.first - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--models", default="tiny.en,base")
    args = parser.parse_args()
    if not shutil.which("espeak-ng"):
        sys.exit("espeak-ng is needed: apt-get install espeak-ng")
    os.environ.setdefault("ASSISTANT_HOME", tempfile.mkdtemp(prefix="bench-voice-"))
    models = args.models.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        clips = [espeak(s, Path(tmp), f"s{i}") for i, s in enumerate(SENTENCES)]
    seconds = sum(audio.duration(c) for c in clips)
    print(f"{len(clips)} espeak-ng sentences (-s 130), {seconds:.1f} s of speech, {args.threads} threads, int8\n")
    print("| model | pipeline | load s | RTF | WER |")
    print("|---|---|---|---|---|")
    misheard: dict[str, list[tuple[str, str]]] = {}
    for name in models:
        for beam in (5, 1):
            texts, elapsed, load = ours(name, args.threads, clips, beam)
            print(
                f"| {name} | ours (VAD, beam {beam}) | {load:.2f} | {elapsed / seconds:.3f} | "
                f"{wer(SENTENCES, texts):.3f} |"
            )
            if beam == 5:
                misheard[name] = [(r, h) for r, h in zip(SENTENCES, texts, strict=True) if normalise(r) != normalise(h)]
        texts, elapsed = raw_faster_whisper(name, args.threads, clips)
        print(
            f"| {name} | raw WhisperModel.transcribe (beam 5, no VAD) | | {elapsed / seconds:.3f} | "
            f"{wer(SENTENCES, texts):.3f} |"
        )
        _load.cache_clear()
    print()
    for name, pairs in misheard.items():
        print(f"{name} misheard {len(pairs)}/{len(SENTENCES)}:")
        for ref, hyp in pairs:
            print(f"  {ref!r} -> {hyp!r}")
    print()
    command = clips[0]
    for name in models:
        silence, transcribe, handle, action = command_latency(name, args.threads, command)
        print(
            f"{name}: {audio.duration(command):.1f} s command, end of speech -> stored {action}: "
            f"{silence:.1f} s until release + {transcribe:.2f} s transcription + {handle:.2f} s handling "
            f"= {silence + transcribe + handle:.2f} s (target <= 2.5 s)"
        )
    reply = "Sure. I will remind you in ten minutes to check the oven. Is there anything else you would like me to do?"
    first = min(time_to_first_audio(reply) for _ in range(3))
    print(f"\ntime to first spoken audio of a reply streamed at 100 tokens/s: {first * 1000:.0f} ms")


if __name__ == "__main__":
    main()
