"""The window a new user meets, with the real core underneath: the welcome screen and where typing goes,
the theme switch and the text size, the menus."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from assistant.reminders import parse_reminder
from assistant.settings import load_settings, spec
from tests.ui.core_thread import on_core
from ui.app import TRANSLATIONS
from ui.chat_model import ChatRow
from ui.help_dialogs import show_about
from ui.main_window import MainWindow
from ui.theme import LARGEST, SMALLEST, Theme, appearance
from ui.welcome import Welcome


@pytest.fixture
def window(qtbot, home: Path):
    w = MainWindow(run_worker=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    appearance().set_theme(Theme.SYSTEM)
    appearance().set_font_size(None)


def ready(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(w.menus.model_name), timeout=90000)
    assert w.assistant is not None
    w.assistant.settings.override(temperature=0.0, seed=1, max_tokens=40)


def test_the_welcome_screen_offers_examples_and_typing_goes_to_the_message_box(qtbot, window: MainWindow) -> None:
    panel = window.chat.panel
    assert panel.welcome.isVisible() and not panel.view.isVisible()
    assert QApplication.focusWidget() is panel.input, "the first thing typed is a message, not a search"
    assert "leaves" in panel.welcome.privacy.text()
    reminder = next(b for b in panel.welcome.buttons if "Remind me" in b.text())
    qtbot.mouseClick(reminder, Qt.MouseButton.LeftButton)
    assert panel.input.toPlainText() == "Remind me on Friday at 9 to call the dentist"
    ready(qtbot, window)
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as done:
        qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    # A weekday, not "tomorrow" (asked about between midnight and 04:00): the example sets a reminder at any hour.
    assert done.args[0].action == "reminder"
    assert panel.view.isVisible() and not panel.welcome.isVisible()
    window.chat.new_chat()
    assert panel.welcome.isVisible()


def test_the_welcome_reminder_is_set_at_every_hour_in_both_languages(qtbot) -> None:
    """A new user may click it at 01:00, on the night the clocks change: it must set a reminder, not ask."""
    welcome = Welcome()
    qtbot.addWidget(welcome)
    english = next(p for _, p in welcome.examples if p.startswith("Remind me"))
    messages = ET.parse(TRANSLATIONS / "assistant_zh_CN.ts").getroot().iter("message")
    chinese = next(m.findtext("translation") for m in messages if m.findtext("source") == english)
    london = ZoneInfo("Europe/London")
    for week in (datetime(2026, 3, 23, tzinfo=UTC), datetime(2026, 10, 19, tzinfo=UTC)):  # the clocks change on Sunday
        for minutes in range(0, 7 * 24 * 60, 30):
            now = (week + timedelta(minutes=minutes)).astimezone(london)
            for said in (english, chinese):
                reminder = parse_reminder(said, now)
                assert reminder.first.astimezone(UTC) > now.astimezone(UTC), (said, now)
                assert (reminder.first.weekday(), reminder.first.hour) == (4, 9), (said, now)


def test_a_short_window_scrolls_the_welcome_screen_rather_than_draw_its_examples_over_each_other(
    qtbot, window: MainWindow
) -> None:
    window.resize(640, 480)
    qtbot.wait(100)
    buttons = [b.geometry() for b in window.chat.panel.welcome.buttons]
    assert not any(a.intersects(b) for n, a in enumerate(buttons) for b in buttons[n + 1 :]), buttons
    assert window.chat.panel.welcome_page.verticalScrollBar().maximum() > 0, "the rest is a scroll away"


def test_the_import_example_opens_the_import_dialog(qtbot, window: MainWindow, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(window.memory.panel, "choose_import", lambda: asked.append(True))
    qtbot.mouseClick(window.chat.panel.welcome.buttons[-1], Qt.MouseButton.LeftButton)
    assert asked == [True]


def test_switching_the_theme_repaints_dark_and_is_saved(qtbot, window: MainWindow) -> None:
    ready(qtbot, window)
    window.menus.theme_actions[Theme.DARK].trigger()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Base).lightness() < 80, timeout=2000)
    qtbot.waitUntil(
        lambda: window.assistant is not None and window.assistant.settings.current.theme == "dark", timeout=5000
    )
    window.menus.theme_actions[Theme.LIGHT].trigger()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert on_core(qtbot, window, lambda a: load_settings(a.db)).theme == "light"  # queued behind the save


def test_ctrl_plus_and_minus_zoom_the_text_and_the_size_is_kept(qtbot, window: MainWindow) -> None:
    ready(qtbot, window)
    window.chat.panel.model.append(ChatRow("assistant", "Hello"))
    window.chat.panel.update_empty_hint()
    index = window.chat.panel.model.index(0)
    before_size, before_height = appearance().point_size, window.chat.panel.delegate.layout(index).height
    for _ in range(3):
        qtbot.keyClick(window.chat.panel.input, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert appearance().point_size == before_size + 3
    assert QApplication.font().pointSize() == before_size + 3
    assert window.chat.panel.delegate.layout(index).height > before_height, "the chat is measured again"
    qtbot.waitUntil(
        lambda: window.assistant is not None and window.assistant.settings.current.font_size == before_size + 3,
        timeout=5000,
    )
    qtbot.keyClick(window.chat.panel.input, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert appearance().point_size == before_size + 2
    qtbot.keyClick(window.chat.panel.input, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert appearance().point_size == before_size and appearance().font_size is None
    for _ in range(40):
        appearance().zoom(1)
    assert appearance().point_size == 28, "the zoom stops at its largest size"
    assert (spec("font_size").low, spec("font_size").high) == (SMALLEST, LARGEST), "one set of bounds"


def test_the_menus_say_what_is_loaded_and_help_knows_the_versions(qtbot, window: MainWindow) -> None:
    ready(qtbot, window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Model", "&Help"]
    assert "SmolLM2" in window.menus.loaded.text()
    box = show_about(window, window.menus.model_name)
    assert "SmolLM2" in box.text() and "llama-cpp-python" in box.text()
    box.close()


def test_the_settings_page_sets_the_theme_and_the_text_size(qtbot, window: MainWindow) -> None:
    ready(qtbot, window)
    dialog = window.settings.open_dialog()
    assert dialog is not None and dialog.font_size.text() == "System"
    said = dialog.model_path.fontMetrics().horizontalAdvance(dialog.model_path.placeholderText())
    assert dialog.model_path.width() > said, "the model in use is named in full, not 'Bundled model (S…'"
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(14)
    with qtbot.waitSignal(window.settings.applied, timeout=30000):
        dialog.accept()
    assert appearance().dark and appearance().point_size == 14
    assert window.menus.theme_actions[Theme.DARK].isChecked()
    saved = on_core(qtbot, window, lambda a: load_settings(a.db))
    assert (saved.theme, saved.font_size) == ("dark", 14)


def test_a_code_block_reply_copies_its_code_to_the_clipboard(qtbot, window: MainWindow) -> None:
    panel = window.chat.panel
    code = "for n in range(3):\n    print(n)"
    panel.model.append(ChatRow("user", "Show me a loop"))
    panel.model.append(ChatRow("assistant", f"Like this:\n\n```python\n{code}\n```\n"))
    panel.update_empty_hint()
    qtbot.waitUntil(panel.view.isVisible, timeout=2000)
    button = panel.delegate.button_rect(panel.model.index(1), "code")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    assert QGuiApplication.clipboard().text() == code
    assert window.statusBar().currentMessage() == "Code copied"
    copy = panel.delegate.button_rect(panel.model.index(1), "copy")
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=copy.center())
    assert QGuiApplication.clipboard().text() == f"Like this:\n\n```python\n{code}\n```\n"
