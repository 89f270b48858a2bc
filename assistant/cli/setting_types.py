"""Command-line options whose values are settings: checked by the settings' own declaration (settings.py),
so `chat --temperature nan` is refused exactly as `settings set temperature nan` is."""

from __future__ import annotations

from typing import Any

import click

from ..settings import SettingError, parse_text, spec


class SettingValue(click.ParamType):
    def __init__(self, setting: str):
        self.setting = setting
        self.name = setting

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return parse_text(self.setting, value)
        except SettingError as e:
            self.fail(str(e), param, ctx)


def setting_help(name: str) -> str:
    """The setting's help, with its bounds when it has them."""
    s = spec(name)
    bounds = f" ({s.low:g} to {s.high:g})" if s.low is not None and s.high is not None else ""
    return s.help + bounds + "."
