"""Which language the window speaks, for the few words the core writes itself (a reminder's confirmation,
a repeat rule): the core words them in English or Chinese, the window asks for its own."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def chinese() -> bool:
    """True when the window runs in Chinese (install_translations sets the default locale first)."""
    return QLocale().language() == QLocale.Language.Chinese
