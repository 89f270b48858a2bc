"""`assistant transcribe`, `say`, `voice` and `listen`: speech in and out on the command line.

A spoken command is handled exactly as if it were typed: the transcript goes to Assistant.handle().
The Assistant (and with it the language model) is imported only by the commands that need it, so
`transcribe` and `say` start quickly.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import numpy as np

from ..db import open_db
from ..errors import Interrupted
from ..settings import Settings, load_settings
from ..voice.transcriber import Transcriber, Transcript
from . import emit

if TYPE_CHECKING:
    from ..voice.speaker import Speaker

LANGUAGE_HELP = "Language spoken, e.g. en or zh (default: the setting, else detected)."
MODEL_HELP = "Whisper model: tiny.en, base, or a CTranslate2 Whisper folder (default: the setting)."


def _preferences() -> Settings:
    """The saved settings, read without opening the whole assistant (so `transcribe` starts quickly)."""
    return load_settings(open_db())


def _transcriber(model: str | None, prefs: Settings) -> Transcriber:
    return Transcriber(model or prefs.whisper_model)


def _speaker() -> Speaker:
    from ..voice.speaker import Speaker

    return Speaker()  # raises NoAudioDevice here, before anything is done, if there is no speaker


def _transcript_json(t: Transcript) -> dict[str, Any]:
    return {
        "text": t.text,
        "language": t.language,
        "seconds": t.seconds,
        "rtf": t.rtf,
        "elapsed": t.elapsed,
        "model": t.model,
    }


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--language", metavar="CODE", help=LANGUAGE_HELP)
@click.option("--model", metavar="NAME|FOLDER", help=MODEL_HELP)
@click.option("--json", "as_json", is_flag=True, help='Print {"text", "language", "seconds", "rtf"}.')
def transcribe(file: Path, language: str | None, model: str | None, as_json: bool) -> None:
    """Write out the speech in an audio FILE (WAV, FLAC, MP3 or OGG)."""
    prefs = _preferences()
    t = _transcriber(model, prefs).transcribe_file(file, language or prefs.voice_language)
    emit(_transcript_json(t), as_json, t.text)


@click.command()
@click.argument("text")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write a WAV file instead of playing.")
def say(text: str, out: Path | None) -> None:
    """Speak TEXT aloud (Chinese text in a Chinese voice); '-' reads the text from standard input."""
    if text == "-":
        text = sys.stdin.read()
    if out is not None:
        from ..voice.speech import save_wav

        speech = save_wav(text, out)
        click.echo(f"wrote {out} ({speech.seconds:.1f} s)", err=True)
        return
    speaker = _speaker()
    try:
        speaker.say(text)
        speaker.wait()
    except KeyboardInterrupt:
        speaker.stop()
        raise
    finally:
        speaker.close()
    if speaker.error is not None:
        raise speaker.error


def _act_on(transcript: Transcript, as_json: bool, speak: bool, conversation_id: str | None, started: float) -> None:
    """Handle the transcript exactly as typed text, print the result, and speak the reply if asked."""
    from ..assistant import Assistant
    from .stopping import ctrl_c_stops

    speaker = _speaker() if speak else None
    spoken = speaker.reply() if speaker is not None else None
    assistant = Assistant.open()
    if not as_json:
        click.echo(f"you said: {transcript.text}", err=True)

    streamed: list[str] = []

    def on_token(piece: str) -> None:
        streamed.append(piece)
        if not as_json:
            sys.stdout.write(piece)
            sys.stdout.flush()
        if spoken is not None:
            spoken.feed(piece)  # speech starts with the first sentence, not after the whole reply

    try:
        with ctrl_c_stops(assistant):
            result = assistant.handle(transcript.text, conversation_id, on_token=on_token)
        if as_json:
            emit(
                {
                    "transcript": transcript.text,
                    "language": transcript.language,
                    "transcription": _transcript_json(transcript),
                    **result.to_json(),
                    "seconds": round(time.perf_counter() - started, 3),
                },
                True,
            )
        else:
            # A reminder or memory confirmation may come back whole rather than streamed.
            click.echo("" if streamed else result.reply)
        if speaker is not None and spoken is not None:
            if result.interrupted:
                speaker.stop()  # Ctrl+C stopped the reply: stop its speech too
            else:
                spoken.finish(result.reply)
                speaker.wait()
    except KeyboardInterrupt:
        if speaker is not None:
            speaker.stop()
        raise
    finally:
        if speaker is not None:
            speaker.close()
    if result.interrupted:
        raise Interrupted(f"interrupted: the partial reply is kept in conversation {result.conversation}")
    if speaker is not None and speaker.error is not None:
        raise speaker.error


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--language", metavar="CODE", help=LANGUAGE_HELP)
@click.option("--model", metavar="NAME|FOLDER", help=MODEL_HELP)
@click.option("--conversation", "conversation_id", metavar="ID", help="Continue this conversation.")
@click.option("--json", "as_json", is_flag=True, help='Print {"transcript", "action", "reply", ...}.')
@click.option("--speak", is_flag=True, help="Also say the reply aloud.")
def voice(
    file: Path, language: str | None, model: str | None, conversation_id: str | None, as_json: bool, speak: bool
) -> None:
    """A spoken command in an audio FILE: transcribe it, then handle it as if typed."""
    started = time.perf_counter()
    prefs = _preferences()
    transcript = _transcriber(model, prefs).transcribe_file(file, language or prefs.voice_language)
    _act_on(transcript, as_json, speak, conversation_id, started)


@click.command()
@click.option("--language", metavar="CODE", help=LANGUAGE_HELP)
@click.option("--model", metavar="NAME|FOLDER", help=MODEL_HELP)
@click.option("--conversation", "conversation_id", metavar="ID", help="Continue this conversation.")
@click.option("--json", "as_json", is_flag=True, help='Print {"transcript", "action", "reply", ...}.')
@click.option("--speak", is_flag=True, help="Also say the reply aloud.")
def listen(language: str | None, model: str | None, conversation_id: str | None, as_json: bool, speak: bool) -> None:
    """Record from the microphone until you stop speaking, then handle it as if typed."""
    from ..voice.microphone import check_microphone, record_utterance

    check_microphone()  # before the model loads: a missing microphone is said at once
    prefs = _preferences()
    transcriber = _transcriber(model, prefs)
    language = language or prefs.voice_language
    transcriber.load(language)  # load before listening, so the reply is not held up by it
    if not as_json:
        click.echo("listening… (speak, then pause)", err=True)
    samples: np.ndarray = record_utterance()
    started = time.perf_counter()  # from the end of speech: the delay the user feels
    transcript = transcriber.transcribe(samples, language)
    _act_on(transcript, as_json, speak, conversation_id, started)


COMMANDS = [transcribe, say, voice, listen]
