"""Voice problems a user can cause or fix, each a one-line AssistantError the edges already know how to show."""

from __future__ import annotations

from ..errors import AssistantError, ModelError, Problem


class AudioError(AssistantError):
    """A file that cannot be read as audio, or audio with no speech in it."""

    problem = Problem.NO_SPEECH


class NoAudioDevice(AssistantError):
    """No microphone or speaker, or no PortAudio library to reach them."""

    problem = Problem.VOICE


class SpeechUnavailable(AssistantError):
    """Text cannot be spoken: espeak-ng (pyttsx3's engine on Linux) is missing or failed."""

    problem = Problem.VOICE


class WhisperModelError(ModelError):
    """A Whisper model that is unknown, missing, incomplete or not a CTranslate2 Whisper folder."""

    problem = Problem.VOICE
