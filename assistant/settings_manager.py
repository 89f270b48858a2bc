"""`Assistant.settings`: the settings in use, and the one way to change them.

`update()` validates every value (settings.py), loads a changed model before anything is saved (so a file
that will not load leaves everything as it was), saves, and applies. The command line and the window's
dialog both call it; `override()` is the command line's flags, for this run only.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .llm.engine import Engine
from .llm.loaded import LoadedModel, resolved
from .settings import Settings, parse_text, replaced, save_settings


class SettingsManager:
    def __init__(self, db: sqlite_utils.Database, current: Settings, model: LoadedModel):
        self._db = db
        self.current = current
        self._model = model

    def update(self, **changes: Any) -> Settings:
        """Validate, load a changed model, save and apply `changes`; SettingError or ModelError says why
        they were refused (then nothing changed)."""
        new = replaced(self.current, **changes)
        if "model_path" in changes:
            new = replaced(new, model_path=resolved(new.model_path))
        engine: Engine | None = self._model.prepare(new)
        save_settings(self._db, new)
        self._model.install(new, engine)
        self.current = new
        return new

    def update_text(self, name: str, text: str) -> Settings:
        """One setting as typed on the command line (`default` puts it back)."""
        return self.update(**{name: parse_text(name, text)})

    def override(self, **changes: Any) -> Settings:
        """Change settings for this run only (the command line's --seed, --temperature, …); validated the
        same way, never saved. None leaves a setting as it is."""
        given = {name: value for name, value in changes.items() if value is not None}
        self.current = replaced(self.current, **given)
        self._model.follow(self.current)
        return self.current
