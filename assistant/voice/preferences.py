"""The voice settings: which Whisper model, which language, whether replies are spoken."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Settings
from .whisper_models import DEFAULT_MODEL


@dataclass
class VoicePreferences:
    whisper_model: str = DEFAULT_MODEL  # "tiny.en", "base", or a CTranslate2 Whisper folder
    language: str | None = None  # None: Whisper detects it
    speak_replies: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> VoicePreferences:
        # Read by name so this works before and after config.Settings gains the voice fields
        # (whisper_model, voice_language, speak_replies).
        return cls(
            whisper_model=getattr(settings, "whisper_model", None) or DEFAULT_MODEL,
            language=getattr(settings, "voice_language", None) or None,
            speak_replies=bool(getattr(settings, "speak_replies", False)),
        )
