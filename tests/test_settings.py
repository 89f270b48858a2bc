"""Settings are declared once and every way a value comes in is checked there: the command line's text,
values the window's dialog sends, and what an older (or hand-edited) database holds."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from assistant.db import open_db
from assistant.settings import (
    DEFAULTS,
    FIELDS,
    SettingError,
    Settings,
    load_settings,
    parse_text,
    replaced,
    spec,
    validate,
)
from tests.helpers import run_cli


@pytest.mark.parametrize(
    ("name", "text", "why"),
    [
        ("temperature", "nan", "finite"),
        ("temperature", "inf", "finite"),
        ("temperature", "-0.5", "between 0 and 2"),
        ("temperature", "1e999", "finite"),
        ("context_size", "100", "between 256 and 131072"),
        ("max_tokens", "lots", "whole number"),
        ("max_tokens", "2.5", "whole number"),
        ("seed", "-5", "between 0 and"),
        ("seed", "9" * 5000, "whole number"),  # longer than Python will turn into an int
        ("seed", "9" * 40, "between 0 and"),
        ("threads", "0", "between 1 and 256"),
        ("speak_replies", "maybe", "on or off"),
        ("whisper_model", "../../../../etc/passwd", "CTranslate2 Whisper"),
        ("voice_language", "klingon-9000", "language code"),
        ("voice_language", "en\x00", "cannot be"),
        ("briefing_time", "7 o'clock-ish", "07:30"),
        ("quiet_hours", "22:00", "22:00-07:00"),
    ],
)
def test_bad_values_are_refused_in_one_line_that_names_the_setting(name: str, text: str, why: str) -> None:
    with pytest.raises(SettingError) as refused:
        parse_text(name, text)
    message = str(refused.value)
    assert name in message and why in message and "\n" not in message and len(message) < 300


def test_good_values_are_read_as_their_type() -> None:
    assert parse_text("temperature", "0.25") == 0.25
    assert parse_text("seed", "0") == 0 and parse_text("seed", "none") is None
    assert parse_text("max_tokens", "default") == DEFAULTS.max_tokens
    assert parse_text("speak_replies", "on") is True and parse_text("speak_replies", "OFF") is False
    assert parse_text("whisper_model", "tiny.en") == "tiny.en"
    assert parse_text("voice_language", "zh") == "zh"
    assert parse_text("quiet_hours", "22:00-07:00") == "22:00-07:00"


def test_a_whisper_model_folder_is_accepted_only_when_it_holds_a_model(tmp_path: Path) -> None:
    folder = tmp_path / "whisper-small"
    folder.mkdir()
    with pytest.raises(SettingError, match="neither"):
        validate("whisper_model", str(folder))
    for name in ("model.bin", "config.json", "tokenizer.json"):
        (folder / name).write_text("x")
    assert validate("whisper_model", str(folder)) == str(folder)


def test_values_from_the_dialog_are_checked_by_type_too() -> None:
    with pytest.raises(SettingError, match="finite"):
        replaced(DEFAULTS, temperature=math.nan)
    with pytest.raises(SettingError, match="on or off"):
        validate("speak_replies", 1)
    with pytest.raises(SettingError, match="needs a value"):
        validate("context_size", None)
    with pytest.raises(SettingError, match="no setting"):
        validate("colour", "blue")
    assert replaced(DEFAULTS, max_tokens=64.0).max_tokens == 64  # a whole float from a spin box is an int


def test_every_setting_is_declared_with_help_and_numbers_with_bounds() -> None:
    for name, f in FIELDS.items():
        s = spec(name)
        assert s.help, name
        if "int" in str(f.type) or "float" in str(f.type):
            assert s.low is not None and s.high is not None, name
            validate(name, getattr(DEFAULTS, name))  # every default passes its own check


def test_a_bad_stored_value_gives_way_to_the_default(home: Path) -> None:
    db = open_db()
    db.table("settings").upsert_all(
        [
            {"key": "temperature", "value": "NaN"},
            {"key": "seed", "value": "-5"},
            {"key": "max_tokens", "value": "64"},
            {"key": "gone", "value": "1"},
        ],
        pk="key",
    )
    loaded = load_settings(db)
    assert loaded == Settings(max_tokens=64)


def test_the_command_line_refuses_negative_numbers_as_values_not_options(home: Path) -> None:
    refused = run_cli("settings", "set", "seed", "-5", home=home)
    assert refused.returncode == 1 and refused.stderr.strip().splitlines() == [
        "assistant: seed must be between 0 and 4294967294, not -5"
    ]
    assert run_cli("chat", "--once", "hi", "--temperature", "nan", home=home).returncode == 2
    assert json.loads(run_cli("settings", "--json", home=home).stdout)["seed"] is None
