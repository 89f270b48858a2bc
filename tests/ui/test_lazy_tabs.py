"""The window shows with only the chat built; every other tab is built when it is first opened, by a click or
by code asking for its panel, and then shows what is current."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ui.main_window import MainWindow


def test_other_tabs_are_built_when_first_opened_and_show_what_is_current(qtbot, home: Path) -> None:
    window = MainWindow(run_worker=False)
    qtbot.addWidget(window)
    window.show()
    assert not any(window._built(name) for name in ("reminders", "tasks", "memory", "library", "settings"))
    assert window.tabs.count() == 5 and window.tabs.currentWidget() is window.chat.panel
    # What the window could show without comes with its first frame.
    qtbot.waitUntil(window.conversations.panel.search.isClearButtonEnabled, timeout=5000)
    with qtbot.waitSignal(window.model_ready, timeout=30000):
        pass
    window.chat.panel.input.setPlainText("remind me in 1 minute to stretch")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30000):
        window.chat.send()

    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert window._built("reminders") and window.tabs.currentWidget() is window.reminders.panel
    assert window.tabs.tabText(1) == "Reminders"
    qtbot.waitUntil(lambda: window.reminders.panel.tree.topLevelItemCount() == 1, timeout=5000)
    assert window.reminders.panel.tree.topLevelItem(0).text(1) == "stretch"
    assert not window._built("memory"), "opening one tab builds only that one"

    # Asked for by code (a citation, the File menu), a tab is built in place without being shown.
    panel = window.library.panel
    assert window.tabs.widget(4) is panel and window.tabs.currentWidget() is window.reminders.panel
    window.tabs.setCurrentWidget(panel)
    assert window.tabs.currentIndex() == 4
