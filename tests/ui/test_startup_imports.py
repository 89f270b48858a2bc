"""What the window imports before it is shown: the core's storage and model libraries load on the core
thread afterwards (assistant.settings alone brought sqlite-utils and numpy, 0.57 s of a launch)."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("sqlite_utils", "numpy", "lancedb", "llama_cpp", "markdown_it", "pygments", "logging.handlers")
LATER_PANELS = ("ui.reminders_panel", "ui.tasks_panel", "ui.memory_panel", "ui.library_panel", "ui.settings_dialog")


def loaded_by_the_window_module(modules: tuple[str, ...]) -> str:
    """Which of `modules` a fresh interpreter has imported once `ui.app` is imported."""
    probe = f"import sys, ui.app; print(' '.join(m for m in {modules!r} if m in sys.modules))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    loaded = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert loaded.returncode == 0, loaded.stderr
    return loaded.stdout.strip()


def test_the_window_module_imports_none_of_the_core_s_libraries() -> None:
    assert loaded_by_the_window_module(HEAVY) == ""


def test_the_window_module_leaves_the_other_tabs_to_their_first_opening() -> None:
    assert loaded_by_the_window_module(LATER_PANELS) == ""
