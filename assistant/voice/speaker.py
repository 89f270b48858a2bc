"""Speaking a reply aloud sentence by sentence as it streams in, and stopping at once when asked.

One worker thread takes sentences in order, synthesises each (espeak-ng takes a few milliseconds per
sentence, so the next is ready long before the current one ends) and plays it in short blocks,
checking the stop flag between blocks. `stop()` also aborts the output stream, dropping whatever the
device has buffered, so silence follows within one block.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from ..logs import private
from .errors import NoAudioDevice
from .sentences import SentenceStream
from .speech import Speech, synthesize

log = logging.getLogger(__name__)

BLOCK_SECONDS = 0.05
_DONE = object()


class AudioOutput(Protocol):
    """Where samples go: the sound card, or (in tests and benchmarks) anything that records them."""

    def play(self, speech: Speech, should_stop: Callable[[], bool]) -> None: ...

    def abort(self) -> None: ...


class SoundcardOutput:
    """Plays through PortAudio's default output device."""

    def __init__(self) -> None:
        try:
            import sounddevice
        except (OSError, ImportError) as e:
            raise NoAudioDevice("cannot play sound: the PortAudio library is missing (install libportaudio2)") from e
        self._sd = sounddevice
        try:
            sounddevice.query_devices(kind="output")
        except (sounddevice.PortAudioError, ValueError) as e:
            raise NoAudioDevice("no speaker or audio output device found") from e
        self._stream: Any = None

    def play(self, speech: Speech, should_stop: Callable[[], bool]) -> None:
        sd = self._sd
        try:
            self._stream = sd.OutputStream(samplerate=speech.rate, channels=1, dtype="int16")
            self._stream.start()
        except (sd.PortAudioError, ValueError) as e:
            raise NoAudioDevice(f"cannot open the audio output: {e}") from e
        block = int(speech.rate * BLOCK_SECONDS)
        try:
            for start in range(0, speech.samples.size, block):
                if should_stop():
                    return
                self._stream.write(speech.samples[start : start + block].reshape(-1, 1))
        finally:
            stream, self._stream = self._stream, None
            if stream is not None:
                if should_stop():
                    stream.abort()  # drop what the device still holds: stopping must be instant
                else:
                    stream.stop()  # let the last block finish
                stream.close()

    def abort(self) -> None:
        stream = self._stream
        if stream is not None:
            try:
                stream.abort()
            except Exception:  # already closed by the worker: nothing left to silence
                log.debug("abort on a closed stream", exc_info=True)


class Speaker:
    """Say replies aloud: `say(text)`, or `feed(chunk)` while streaming and `finish()` at the end."""

    def __init__(
        self,
        output: AudioOutput | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ):
        self.output = output or SoundcardOutput()  # raises NoAudioDevice now, not mid-reply
        self.on_error = on_error
        self._sentences: queue.Queue[Any] = queue.Queue()
        self._splitter = SentenceStream()
        self._stop = threading.Event()
        # Sentences queued and not yet spoken; guarded by a condition so wait() cannot miss the end.
        self._pending = 0
        self._changed = threading.Condition()
        self.error: Exception | None = None
        self._worker = threading.Thread(target=self._run, name="speaker", daemon=True)
        self._worker.start()

    def feed(self, chunk: str) -> None:
        """Part of a reply; whole sentences are queued for speech as soon as they are complete."""
        for sentence in self._splitter.feed(chunk):
            self._enqueue(sentence)

    def finish(self) -> None:
        """The reply is complete: speak whatever is left of it."""
        for sentence in self._splitter.flush():
            self._enqueue(sentence)

    def say(self, text: str | Iterable[str]) -> None:
        """Queue a whole reply (or an iterable of streamed chunks) to be spoken."""
        for chunk in [text] if isinstance(text, str) else text:
            self.feed(chunk)
        self.finish()

    def reply(self) -> SpokenReply:
        """Begin speaking a reply as it streams."""
        return SpokenReply(self)

    def stop(self) -> None:
        """Silence now and forget everything queued; the speaker can be used again afterwards."""
        self._stop.set()
        self._splitter = SentenceStream()
        with self._changed:
            while True:
                try:
                    self._sentences.get_nowait()
                except queue.Empty:
                    break
                self._pending -= 1
            self._changed.notify_all()
        self.output.abort()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until everything queued has been spoken (or stopped); False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self._pending <= 0, timeout)

    def close(self) -> None:
        self.stop()
        self._sentences.put(_DONE)
        self._worker.join(timeout=2)

    def _enqueue(self, sentence: str) -> None:
        with self._changed:
            self._stop.clear()
            self._pending += 1
            self._sentences.put(sentence)

    def _run(self) -> None:
        while True:
            item = self._sentences.get()
            if item is _DONE:
                return
            try:
                if not self._stop.is_set():
                    speech = synthesize(item)
                    if not self._stop.is_set():
                        self.output.play(speech, self._stop.is_set)
            except Exception as e:  # reported, never raised in a thread nobody joins
                log.exception("cannot speak %s", private(item))
                self.error = e
                if self.on_error is not None:
                    self.on_error(e)
            finally:
                with self._changed:
                    self._pending -= 1
                    self._changed.notify_all()


class SpokenReply:
    """One reply spoken as it is written: pieces as they stream in; a reply that arrives whole (an answer
    checked before it is shown, a command's confirmation) at the end. The window and `assistant voice
    --speak` both speak replies this way."""

    def __init__(self, speaker: Speaker):
        self.speaker = speaker
        self.streamed = False  # some of the reply has been fed already

    def feed(self, piece: str) -> None:
        self.streamed = True
        self.speaker.feed(piece)

    def finish(self, reply: str) -> None:
        """The reply is complete: speak what is left of it (all of it, if nothing streamed)."""
        if not self.streamed:
            self.speaker.feed(reply)
        self.speaker.finish()
