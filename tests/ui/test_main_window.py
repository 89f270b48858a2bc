"""The window offscreen with the real core and model underneath (QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from assistant.settings import load_settings
from ui.main_window import MainWindow


class StallWatch(QObject):
    """Records the longest gap between event-loop ticks: how long the UI thread was ever blocked."""

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


@pytest.fixture
def window(qtbot, home: Path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def wait_ready(qtbot, w: MainWindow) -> None:
    if w.assistant is None or "Ready" not in w.statusBar().currentMessage():
        with qtbot.waitSignal(w.model_ready, timeout=30000):
            pass
    assert w.assistant is not None
    w.assistant.settings.temperature, w.assistant.settings.seed, w.assistant.settings.max_tokens = 0.0, 1, 60


def test_window_appears_before_the_model_has_loaded(qtbot, home: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    # Constructed and shown without waiting: the load is still queued on the core thread.
    assert w.isVisible()
    assert w.statusBar().currentMessage() == "Loading model…"
    assert w.empty_hint.isVisible()
    with qtbot.waitSignal(w.model_ready, timeout=30000):
        pass
    assert w.statusBar().currentMessage().startswith("Ready")


def test_typing_a_question_streams_a_reply(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    tokens: list[str] = []
    window.token.connect(tokens.append)
    watch = StallWatch()
    window.input.setPlainText("What is the capital of France?")
    with qtbot.waitSignal(window.reply_finished, timeout=60000) as blocker:
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert window.busy and window.stop_button.isEnabled()
    result = blocker.args[0]
    assert len(tokens) > 1, "the reply arrived piece by piece"
    rows = window.chat_model.rows
    assert [r.role for r in rows] == ["user", "assistant"]
    assert rows[0].text == "What is the capital of France?" and rows[1].text == result.reply
    assert window.input.toPlainText() == "" and not window.busy
    qtbot.waitUntil(lambda: window.conversation_list.count() == 1, timeout=5000)
    assert window.conversation_list.item(0).text() == "What is the capital of France?"
    assert watch.longest < 0.5, f"the UI thread stalled for {watch.longest:.3f} s while a reply streamed"


def test_shift_enter_adds_a_line_instead_of_sending(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.input.setPlainText("first line")
    window.input.moveCursor(window.input.textCursor().MoveOperation.End)
    qtbot.keyClick(window.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.input.toPlainText() == "first line\n" and not window.busy


def test_stop_keeps_a_partial_reply(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    assert window.assistant is not None
    window.assistant.settings.max_tokens = 400
    window.token.connect(lambda _: window.stop())
    window.input.setPlainText("Write a long story about a fox.")
    with qtbot.waitSignal(window.reply_finished, timeout=60000) as blocker:
        window.send()
    assert blocker.args[0].interrupted
    assert window.chat_model.rows[-1].interrupted


def test_reopening_a_conversation_shows_its_messages(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.input.setPlainText("Name a colour.")
    with qtbot.waitSignal(window.reply_finished, timeout=60000):
        window.send()
    qtbot.waitUntil(lambda: window.conversation_list.count() == 1, timeout=5000)
    window.new_chat()
    assert window.chat_model.rowCount() == 0 and window.empty_hint.isVisible()
    item = window.conversation_list.item(0)
    window._conversation_clicked(item)
    qtbot.waitUntil(lambda: window.chat_model.rowCount() == 2, timeout=5000)


def test_a_corrupt_model_is_reported_and_the_question_kept(qtbot, home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + bytes(1000))
    w = MainWindow(model_path=str(bad))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "cannot load broken.gguf" in w.statusBar().currentMessage(), timeout=30000)
    w.input.setPlainText("Hello?")
    w.send()
    qtbot.waitUntil(lambda: not w.busy, timeout=30000)
    assert "cannot load broken.gguf" in w.statusBar().currentMessage()
    assert w.input.toPlainText() == "Hello?", "the question is put back, not lost"
    assert w.chat_model.rowCount() == 0
    assert load_settings(w.assistant.db).model_path is None  # type: ignore[union-attr]
