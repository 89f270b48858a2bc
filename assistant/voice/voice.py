"""`Assistant.voice`: the microphone, push-to-talk transcription and replies spoken aloud, for the window.

Recording blocks for as long as the user talks, so the window calls `hear` on a thread of its own, not the
core thread; nothing here touches the database or the model.
"""

from __future__ import annotations

from collections.abc import Callable

from .speaker import Speaker, SpokenReply


class Voice:
    def __init__(self) -> None:
        self._speaker: Speaker | None = None  # made the first time a reply is spoken
        self._reply: SpokenReply | None = None  # the reply being spoken as it streams

    def check_microphone(self) -> str:
        """The microphone's name, or AudioError saying why there is none."""
        from .microphone import check_microphone

        return check_microphone()

    def hear(
        self, model: str, language: str | None, on_level: Callable[[float], None], should_stop: Callable[[], bool]
    ) -> str:
        """Record until `should_stop` (the talk button let go), then what was said; levels 0..1 go to
        `on_level` while recording."""
        from .microphone import record_utterance
        from .transcriber import Transcriber

        samples = record_utterance(on_level=on_level, should_stop=should_stop, push_to_talk=True)
        on_level(0.0)
        return Transcriber(model).transcribe(samples, language).text

    def begin_reply(self, on_error: Callable[[Exception], None]) -> None:
        """Speak the next reply as it streams (NoAudioDevice when there is no sound output);
        `on_error` hears of a failure while talking."""
        if self._speaker is None:
            self._speaker = Speaker(on_error=on_error)
        self._reply = self._speaker.reply()

    def feed(self, piece: str) -> None:
        if self._reply is not None:
            self._reply.feed(piece)

    def finish_reply(self, reply: str) -> None:
        """The reply is complete: speak what is left of it (all of it, when it came whole)."""
        if self._reply is not None:
            self._reply.finish(reply)
        self._reply = None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until everything queued has been spoken (or stopped); False on timeout."""
        return self._speaker is None or self._speaker.wait(timeout)

    def stop_speaking(self) -> None:
        """Silence at once, even after the reply has finished streaming."""
        self._reply = None
        if self._speaker is not None:
            self._speaker.stop()
