"""Light and dark: Fusion with our own palette, following the system's colour scheme unless the user picks
one, and the text size with Ctrl+plus / Ctrl+minus zoom.

Fusion is used in both themes because it draws every widget from the palette, so a dark palette gives a
dark window everywhere (the platform styles ignore part of it). Colours that are not in a QPalette (code
blocks, chips, the grounded mark) are in `Colours`, chosen here once for each theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Points: the zoom stops here. The font_size setting's Spec holds the same bounds (a test checks they agree);
# importing assistant.settings here would load the core before the window is shown.
SMALLEST, LARGEST = 8, 28


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    """What the chat paints that a palette has no role for."""

    user_bubble: str
    reply_bubble: str
    code_background: str
    code_border: str
    muted_text: str
    accent: str  # links, the grounded mark, chips
    warning: str  # an answer not drawn from the user's own notes
    pygments_style: str


LIGHT_COLOURS = Colours(
    user_bubble="#dbe9fb",
    reply_bubble="#ffffff",
    code_background="#f4f5f7",
    code_border="#d8dbe0",
    muted_text="#5f6670",
    accent="#1d63c9",
    warning="#a15c00",
    pygments_style="default",
)
DARK_COLOURS = Colours(
    user_bubble="#2d4363",
    reply_bubble="#2b2d31",
    code_background="#1e1f22",
    code_border="#3c3f45",
    muted_text="#a2a8b2",
    accent="#7fb2ff",
    warning="#f0b35a",
    pygments_style="monokai",
)


def _palette(dark: bool) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    if dark:
        colours = {
            role.Window: "#232428",
            role.WindowText: "#e6e7ea",
            role.Base: "#1b1c1f",
            role.AlternateBase: "#2b2d31",
            role.Text: "#e6e7ea",
            role.Button: "#2f3136",
            role.ButtonText: "#e6e7ea",
            role.BrightText: "#ffffff",
            role.Highlight: "#3d6bb3",
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#2f3136",
            role.ToolTipText: "#e6e7ea",
            role.PlaceholderText: "#8b9099",
            role.Link: "#7fb2ff",
            role.LinkVisited: "#b39ddb",
            role.Light: "#3a3c42",
            role.Midlight: "#33353a",
            role.Mid: "#26272b",
            role.Dark: "#141518",
            role.Shadow: "#000000",
        }
        disabled = "#71757d"
    else:
        colours = {
            role.Window: "#f3f4f6",
            role.WindowText: "#1d1f23",
            role.Base: "#ffffff",
            role.AlternateBase: "#eef1f5",
            role.Text: "#1d1f23",
            role.Button: "#eceef1",
            role.ButtonText: "#1d1f23",
            role.BrightText: "#ffffff",
            role.Highlight: "#2f6fd0",
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#ffffdc",
            role.ToolTipText: "#1d1f23",
            role.PlaceholderText: "#7a808a",
            role.Link: "#1d63c9",
            role.LinkVisited: "#6f42c1",
            role.Light: "#ffffff",
            role.Midlight: "#f7f8fa",
            role.Mid: "#c4c8cf",
            role.Dark: "#9aa0a8",
            role.Shadow: "#5c6067",
        }
        disabled = "#9aa0a8"
    palette = QPalette()
    for r, colour in colours.items():
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(group.Disabled, r, QColor(disabled))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Appearance(QObject):
    """The app's theme and text size. `changed` tells views that paint by hand to drop what they cached."""

    changed = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.theme = Theme.SYSTEM
        self.default_size = app.font().pointSize() if app.font().pointSize() > 0 else 10
        self.font_size: int | None = None  # None: the system's size
        self._dark: bool | None = None
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._apply())
        self._apply()

    @property
    def dark(self) -> bool:
        return self.theme == Theme.DARK or (self.theme == Theme.SYSTEM and system_is_dark())

    @property
    def colours(self) -> Colours:
        return DARK_COLOURS if self.dark else LIGHT_COLOURS

    @property
    def point_size(self) -> int:
        return self.font_size or self.default_size

    def set_theme(self, theme: Theme | str) -> None:
        self.theme = Theme(theme)
        self._apply()

    def set_font_size(self, size: int | None) -> None:
        self.font_size = None if size is None else max(SMALLEST, min(LARGEST, int(size)))
        self._apply()

    def zoom(self, steps: int) -> None:
        """Ctrl+plus / Ctrl+minus: one point a step, within bounds; 0 returns to the system's size."""
        self.set_font_size(None if steps == 0 else self.point_size + steps)

    def _apply(self) -> None:
        dark = self.dark
        if dark != self._dark:
            self.app.setPalette(_palette(dark))
            self._dark = dark
        font = QFont(self.app.font())
        if font.pointSize() != self.point_size:
            font.setPointSize(self.point_size)
            self.app.setFont(font)
        self.changed.emit()


_appearance: Appearance | None = None


def appearance() -> Appearance:
    """The one Appearance of this QApplication, made on first use."""
    global _appearance
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist before the window is built"
    if _appearance is None or _appearance.app is not app:
        _appearance = Appearance(app)
    return _appearance
