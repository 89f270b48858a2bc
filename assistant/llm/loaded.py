"""The model the assistant is using: loaded on first use, replaced only by one that has loaded.

One place holds it, so the chat, the settings and the background jobs agree on which model answers, and
a file that will not load never replaces one that works.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..settings import Settings
from .engine import Engine, Generation


def _model_key(settings: Settings) -> tuple[str | None, int, int | None]:
    """What a loaded model depends on: changing any of these means loading again."""
    return settings.model_path, settings.context_size, settings.threads


class LoadedModel:
    def __init__(self, settings: Settings, override: str | None = None):
        self._settings = settings
        self.override = override  # `--model PATH` for this run; the saved setting stays as it is
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self.current: Generation | None = None  # the reply being generated, so stop() can reach it

    @property
    def path(self) -> str | None:
        return self.override or self._settings.model_path

    def engine(self) -> Engine:
        """The loaded model, loading it on first use (thread-safe; the window calls this off the UI thread)."""
        with self._lock:
            if self._engine is None:
                s = self._settings
                self._engine = Engine.load(self.path, context_size=s.context_size, threads=s.threads)
            return self._engine

    def prepare(self, new: Settings) -> Engine | None:
        """The model `new` asks for, loaded now (ModelError if it will not), or None when the one in use
        serves. Nothing changes until `install()`."""
        if _model_key(new) == _model_key(self._settings) and not self.override:
            return None
        engine = Engine.load(new.model_path, context_size=new.context_size, threads=new.threads)
        engine.check_chat()  # saved only once it has answered through its own template
        return engine

    def install(self, new: Settings, engine: Engine | None) -> None:
        with self._lock:
            self._settings = new
            if engine is not None:
                self._engine, self.override = engine, None

    def follow(self, new: Settings) -> None:
        """Settings changed for this run only (no model change)."""
        with self._lock:
            if self._engine is not None and _model_key(new) != _model_key(self._settings):
                self._engine = None  # loaded again, as asked, on next use
            self._settings = new

    def stop(self) -> bool:
        """Stop the reply being generated, from any thread (only sets a flag); False when there is none."""
        current = self.current
        if current is None:
            return False
        current.cancel()
        return True


def resolved(path: str | None) -> str | None:
    return str(Path(path).expanduser().resolve()) if path else None
