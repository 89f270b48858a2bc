"""What the window imports before it is shown: the core's storage and model libraries load on the core
thread afterwards (assistant.settings alone brought sqlite-utils and numpy, 0.57 s of a launch)."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("sqlite_utils", "numpy", "lancedb", "llama_cpp", "markdown_it", "pygments", "logging.handlers")


def test_the_window_module_imports_none_of_the_core_s_libraries() -> None:
    probe = f"import sys, ui.app; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    loaded = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "", f"imported before the window shows: {loaded.stdout.strip()}"


LATER_PANELS = ("ui.reminders_panel", "ui.tasks_panel", "ui.memory_panel", "ui.library_panel", "ui.settings_dialog")


def test_the_window_module_leaves_the_other_tabs_to_their_first_opening() -> None:
    probe = f"import sys, ui.app; print(' '.join(m for m in {LATER_PANELS!r} if m in sys.modules))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    loaded = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "", f"imported before the window shows: {loaded.stdout.strip()}"
