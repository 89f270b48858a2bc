"""A memory opened in the window says what of it newer memories replaced: a remark that says several things
is partly replaced (where the user lives, with what says it now) and stays current for the rest; the
profile fact drawn from it is replaced whole, and only it is struck out in the Memory panel. Offscreen,
with the real core underneath."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from assistant.memory.api import remember
from tests.ui.core_thread import on_core
from tests.ui.test_main_window import wait_ready
from ui.main_window import MainWindow


def opened(qtbot, window: MainWindow, memory_id: str) -> str:
    window.memory.memory_box = None
    window.memory.open_memory(memory_id)
    qtbot.waitUntil(
        lambda: window.memory.memory_box is not None and window.memory.memory_box.isVisible(), timeout=10000
    )
    box = window.memory.memory_box
    assert box is not None
    text = box.informativeText()
    box.close()
    return text


def test_the_window_shows_a_remark_replaced_only_where_it_changed(qtbot, home: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    wait_ready(qtbot, window)

    def tell(a) -> str:  # type: ignore[no-untyped-def]
        store = a.memories.store
        first = remember("I live in Cardiff with my partner Sam.", store=store, at=datetime(2026, 6, 1, tzinfo=UTC))
        remember("We've moved to Bath.", store=store, at=datetime(2026, 6, 2, tzinfo=UTC))
        return first[0].id

    remark = on_core(qtbot, window, tell)
    shown = opened(qtbot, window, remark)
    assert "Partly replaced: “I live in Cardiff” is now “I live in Bath”" in shown
    assert "still current" in shown and "Replaced by a newer fact" not in shown
    assert opened(qtbot, window, f"{remark}~home_city").endswith("Replaced by a newer fact: “I live in Bath”")
    # The Memory panel lists the remark with the current ones, not struck out as replaced.
    tree = window.memory.panel.tree

    def listed() -> dict:  # type: ignore[type-arg]
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return {item.data(0, Qt.ItemDataRole.UserRole): item for item in items}

    window.memory.refresh("", "")
    qtbot.waitUntil(lambda: remark in listed() and f"{remark}~home_city" in listed(), timeout=10000)
    assert listed()[remark].text(0).endswith("(partly replaced)") and not listed()[remark].font(0).strikeOut()
    assert listed()[f"{remark}~home_city"].font(0).strikeOut()
