"""The user's settings, each declared once: its type, bounds, default and help.

Every way a value comes in goes through `validate()`: the command line (`settings set`, `chat`'s flags), the
window's dialog (whose widgets take their ranges from the same declaration), and what is read back from the
database (a value a hand-edited or older database holds that no longer passes is replaced by its default,
with a line in the log, rather than reaching the model or the scheduler). qutebrowser's `configtypes` is the
pattern: one declaration, many readers.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

import sqlite_utils

from .db import storage_errors
from .errors import AssistantError, Problem

log = logging.getLogger(__name__)

# llama.cpp takes the seed as a 32-bit unsigned number (and reads 0xFFFFFFFF as "random").
MAX_SEED = 2**32 - 2
# Words people type for "put it back": a nullable setting becomes None, any other its default.
DEFAULT_WORDS = ("none", "default", "")
_TRUE, _FALSE = ("on", "true", "yes", "1"), ("off", "false", "no", "0")
# Whisper's language codes: two or three letters (and "haw", "yue"); the transcriber refuses codes Whisper
# does not know, this only keeps paths, sentences and control characters out of the setting.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class SettingError(AssistantError):
    """A value a setting cannot take; the message names the setting and what it accepts."""

    problem = Problem.SETTING


@dataclass(frozen=True)
class Spec:
    """How one setting is checked and shown: read by the CLI, the settings dialog and `validate()`."""

    help: str
    low: float | None = None  # inclusive bounds, for numbers
    high: float | None = None
    choices: tuple[str, ...] = ()  # suggested values (shown by the CLI and the dialog)
    check: Callable[[str], object] | None = None  # further checks of a text value; raises SettingError


def _spec(default: Any, spec: Spec) -> Any:
    return field(default=default, metadata={"spec": spec})


def parse_clock(text: str) -> time:
    """ "07:30" -> 07:30, refused in one line otherwise."""
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise SettingError(f"{text!r} is not a time of day such as 07:30") from None


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """ "22:00-07:00" -> (22:00, 07:00); the span may wrap past midnight."""
    start, sep, end = text.partition("-")
    if not sep:
        raise SettingError(f"quiet hours look like 22:00-07:00, not {text!r}")
    return parse_clock(start), parse_clock(end)


def _check_whisper_model(value: str) -> None:
    from .voice.whisper_models import KNOWN_MODELS, REQUIRED_FILES

    if value in KNOWN_MODELS:
        return
    folder = Path(value).expanduser()
    if not folder.is_dir() or not all((folder / f).is_file() for f in REQUIRED_FILES):
        raise SettingError(
            f"use {' or '.join(KNOWN_MODELS)}, or a folder holding a CTranslate2 Whisper model "
            f"({', '.join(REQUIRED_FILES)}); {value!r} is neither"
        )


def _check_language(value: str) -> None:
    if not _LANGUAGE_CODE.fullmatch(value):
        raise SettingError(f"use a language code such as en or zh (or none to detect it), not {value!r}")


THEMES = ("system", "light", "dark")


def _check_theme(value: str) -> None:
    if value not in THEMES:
        raise SettingError(f"use {', '.join(THEMES)}, not {value!r}")


@dataclass(frozen=True)
class Settings:
    """What the user can change. Stored as JSON values in the settings table, one row per field. Frozen:
    a change goes through `Assistant.settings.update()`, which validates it and applies it."""

    model_path: str | None = _spec(None, Spec("A GGUF model file; none: the bundled model"))
    context_size: int = _spec(2048, Spec("Context window, in tokens", 256, 131072))
    temperature: float = _spec(0.7, Spec("Sampling temperature; 0 gives the most predictable replies", 0.0, 2.0))
    max_tokens: int | None = _spec(
        None,
        Spec("Longest reply, in tokens; none: the model's own reply length (the catalogue's reply_tokens)", 1, 32768),
    )
    seed: int | None = _spec(
        None, Spec("Sampling seed for reproducible replies; none: a fresh one each time", 0, MAX_SEED)
    )
    threads: int | None = _spec(
        None,
        Spec("Threads the model decodes with; none: as many as the machine has free, re-checked as it decodes", 1, 256),
    )
    whisper_model: str = _spec(
        "base",
        Spec(
            "Speech recognition model: tiny.en, base, or a CTranslate2 Whisper folder",
            choices=("base", "tiny.en"),
            check=_check_whisper_model,
        ),
    )
    voice_language: str | None = _spec(
        None,
        Spec(
            "Spoken language (a code such as en or zh); none: detected from the speech",
            choices=("en", "zh"),
            check=_check_language,
        ),
    )
    speak_replies: bool = _spec(False, Spec("Speak replies aloud"))
    briefing_time: str | None = _spec(
        None, Spec("A morning briefing at this local time, e.g. 07:30; none: no briefing", check=parse_clock)
    )
    quiet_hours: str | None = _spec(
        None,
        Spec(
            "No pop-ups in this span, e.g. 22:00-07:00 (reminders are still recorded); none: never quiet",
            check=parse_quiet_hours,
        ),
    )
    theme: str = _spec(
        "system",
        Spec("The window's look: system follows the desktop's light or dark", choices=THEMES, check=_check_theme),
    )
    font_size: int | None = _spec(None, Spec("The window's text size in points; none: the system's", 8, 28))

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


FIELDS: dict[str, dataclasses.Field[Any]] = {f.name: f for f in dataclasses.fields(Settings)}
DEFAULTS = Settings()


def spec(name: str) -> Spec:
    found: Spec = FIELDS[name].metadata["spec"]
    return found


def _kind(name: str) -> tuple[type, bool]:
    """The setting's value type and whether it may be None, from its annotation."""
    annotation = str(FIELDS[name].type)
    base = annotation.replace(" | None", "")
    return {"int": int, "float": float, "bool": bool, "str": str}[base], annotation.endswith("| None")


def validate(name: str, value: Any) -> Any:
    """`value` for setting `name` as it will be stored, or SettingError saying what the setting accepts.
    Numbers must be finite and within bounds (so NaN, infinity and a 5,000-digit seed are refused here,
    not by llama.cpp); text may not hold control characters."""
    if name not in FIELDS:
        raise SettingError(f"there is no setting {name!r}; the settings are {', '.join(FIELDS)}")
    kind, nullable = _kind(name)
    if value is None:
        if nullable:
            return None
        raise SettingError(f"{name} needs a value")
    s = spec(name)
    if kind is bool:
        if not isinstance(value, bool):
            raise SettingError(f"{name} is on or off, not {value!r}")
        return value
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SettingError(f"{name} must be a number, not {value!r}")
        if kind is int and isinstance(value, float):
            if not value.is_integer():
                raise SettingError(f"{name} must be a whole number, not {value!r}")
            value = int(value)
        if isinstance(value, float) and not math.isfinite(value):
            raise SettingError(f"{name} must be a finite number, not {value!r}")
        if (s.low is not None and value < s.low) or (s.high is not None and value > s.high):
            raise SettingError(f"{name} must be between {_plain(s.low)} and {_plain(s.high)}, not {_plain(value)}")
        return kind(value)
    if not isinstance(value, str):
        raise SettingError(f"{name} must be text, not {value!r}")
    value = value.strip()
    if not value or any(ord(c) < 32 for c in value):
        raise SettingError(f"{name} cannot be {value!r}")
    if s.check is not None:
        try:
            s.check(value)
        except SettingError as e:
            raise SettingError(f"{name}: {e}") from None
    return value


def _plain(number: float | None) -> str:
    """A bound or a refused value as people write it (2, not 2.0; a huge one shortened)."""
    text = str(int(number)) if isinstance(number, float) and number.is_integer() else str(number)
    return text if len(text) <= 24 else text[:20] + "…"


def parse_text(name: str, text: str) -> Any:
    """A value as typed on the command line (`default` or `none` puts the setting back), validated."""
    if name not in FIELDS:
        raise SettingError(f"there is no setting {name!r}; the settings are {', '.join(FIELDS)}")
    kind, nullable = _kind(name)
    word = text.strip().lower()
    if word in DEFAULT_WORDS:
        return None if nullable else getattr(DEFAULTS, name)
    if kind is bool:
        if word not in _TRUE + _FALSE:
            raise SettingError(f"{name} is on or off, not {text!r}")
        return word in _TRUE
    if kind in (int, float):
        try:
            number: float = int(word) if kind is int else float(word)
        except (ValueError, OverflowError):
            raise SettingError(
                f"{name} must be {'a whole number' if kind is int else 'a number'}, not {_plain_text(text)}"
            ) from None
        return validate(name, number)
    return validate(name, text)


def _plain_text(text: str) -> str:
    return repr(text if len(text) <= 24 else text[:20] + "…")


def replaced(settings: Settings, **changes: Any) -> Settings:
    """`settings` with `changes`, each validated (SettingError for the first bad one; nothing changes)."""
    return dataclasses.replace(settings, **{name: validate(name, value) for name, value in changes.items()})


def from_rows(rows: dict[str, str]) -> Settings:
    """Settings from the table's rows. A row that no longer passes (an older release's value, a hand edit)
    gives way to the default rather than failing every command."""
    values: dict[str, Any] = {}
    for name, raw in rows.items():
        if name not in FIELDS:
            continue
        try:
            values[name] = validate(name, json.loads(raw))
        except (ValueError, AssistantError) as e:
            log.warning("setting %s: stored value ignored (%s); using the default", name, e)
    return Settings(**values)


def to_rows(settings: Settings) -> dict[str, str]:
    return {k: json.dumps(v) for k, v in settings.to_json().items()}


def load_settings(db: sqlite_utils.Database) -> Settings:
    return from_rows({row["key"]: row["value"] for row in db.table("settings").rows})


def save_settings(db: sqlite_utils.Database, settings: Settings) -> None:
    with storage_errors("the settings"), db.atomic():
        db.table("settings").upsert_all([{"key": k, "value": v} for k, v in to_rows(settings).items()], pk="key")
