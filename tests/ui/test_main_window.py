"""The window offscreen with the real core and model underneath (QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from assistant.settings import load_settings
from tests.ui.core_thread import on_core
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


def window_home(window: MainWindow) -> Path:
    assert window.assistant is not None
    return Path(window.assistant.data_folder)


def wait_ready(qtbot, w: MainWindow) -> None:
    if w.assistant is None or "Ready" not in w.statusBar().currentMessage():
        with qtbot.waitSignal(w.model_ready, timeout=30000):
            pass
    assert w.assistant is not None
    w.assistant.settings.override(temperature=0.0, seed=1, max_tokens=60)


def test_window_appears_before_the_model_has_loaded(qtbot, home: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    # Constructed and shown without waiting: the load is still queued on the core thread.
    assert w.isVisible()
    assert w.statusBar().currentMessage() == "Loading model…"
    assert w.chat.panel.welcome.isVisible()
    with qtbot.waitSignal(w.model_ready, timeout=30000):
        pass
    assert w.statusBar().currentMessage().startswith("Ready")


def test_typing_a_question_streams_a_reply(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    tokens: list[str] = []
    window.chat.token.connect(tokens.append)
    watch = StallWatch()
    window.chat.panel.input.setPlainText("What is the capital of France?")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as blocker:
        qtbot.keyClick(window.chat.panel.input, Qt.Key.Key_Return)
        assert window.chat.busy and window.chat.panel.stop_button.isEnabled()
    result = blocker.args[0]
    assert len(tokens) > 1, "the reply arrived piece by piece"
    rows = window.chat.panel.model.rows
    assert [r.role for r in rows] == ["user", "assistant"]
    assert rows[0].text == "What is the capital of France?" and rows[1].text == result.reply
    assert window.chat.panel.input.toPlainText() == "" and not window.chat.busy
    qtbot.waitUntil(lambda: window.conversations.panel.list.count() == 1, timeout=5000)
    assert window.conversations.panel.list.item(0).text() == "What is the capital of France?"
    assert watch.longest < 0.5, f"the UI thread stalled for {watch.longest:.3f} s while a reply streamed"
    shot = window.grab().toImage()
    shot.save(str(Path(os.environ.get("ASSISTANT_SCREENSHOTS", window_home(window))) / "chat.png"))
    assert len({shot.pixel(x, y) for x in range(0, shot.width(), 7) for y in range(0, shot.height(), 7)}) > 20


def test_shift_enter_adds_a_line_instead_of_sending(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.chat.panel.input.setPlainText("first line")
    window.chat.panel.input.moveCursor(window.chat.panel.input.textCursor().MoveOperation.End)
    qtbot.keyClick(window.chat.panel.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.chat.panel.input.toPlainText() == "first line\n" and not window.chat.busy


def test_stop_keeps_a_partial_reply(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    assert window.assistant is not None
    window.assistant.settings.override(max_tokens=400)
    window.chat.token.connect(lambda _: window.chat.stop())
    window.chat.panel.input.setPlainText("Write a long story about a fox.")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as blocker:
        window.chat.send()
    assert blocker.args[0].interrupted
    assert window.chat.panel.model.rows[-1].interrupted


def test_reopening_a_conversation_shows_its_messages(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.chat.panel.input.setPlainText("Name a colour.")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000):
        window.chat.send()
    qtbot.waitUntil(lambda: window.conversations.panel.list.count() == 1, timeout=5000)
    window.chat.new_chat()
    assert window.chat.panel.model.rowCount() == 0 and window.chat.panel.welcome.isVisible()
    item = window.conversations.panel.list.item(0)
    window.chat.open_conversation(item.data(Qt.ItemDataRole.UserRole))
    qtbot.waitUntil(lambda: window.chat.panel.model.rowCount() == 2, timeout=5000)


def test_a_corrupt_model_is_reported_and_the_question_kept(qtbot, home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + bytes(1000))
    w = MainWindow(model_path=str(bad))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "cannot load broken.gguf" in w.statusBar().currentMessage(), timeout=30000)
    w.chat.panel.input.setPlainText("Hello?")
    w.chat.send()
    qtbot.waitUntil(lambda: not w.chat.busy, timeout=30000)
    assert "cannot load broken.gguf" in w.statusBar().currentMessage()
    assert w.chat.panel.input.toPlainText() == "Hello?", "the question is put back, not lost"
    assert w.chat.panel.model.rowCount() == 0
    assert load_settings(w.assistant.db).model_path is None  # type: ignore[union-attr]


def test_search_rename_delete_and_regenerate(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    for question in ("Tell me about penguins.", "Name a colour."):
        window.chat.new_chat()
        window.chat.panel.input.setPlainText(question)
        with qtbot.waitSignal(window.chat.reply_finished, timeout=60000):
            window.chat.send()
    qtbot.waitUntil(lambda: window.conversations.panel.list.count() == 2, timeout=5000)
    colour = window.chat.conversation_id
    first_reply = window.chat.panel.model.rows[-1].text

    regenerate = window.chat.panel.delegate.button_rect(window.chat.panel.model.index(1), "regenerate")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as blocker:
        qtbot.mouseClick(window.chat.panel.view.viewport(), Qt.MouseButton.LeftButton, pos=regenerate.center())
    assert blocker.args[0].conversation == colour and len(window.chat.panel.model.rows) == 2
    assert window.assistant is not None
    stored = on_core(qtbot, window, lambda a: a.conversations.messages(colour))
    assert len(stored) == 2 and stored[1].content == blocker.args[0].reply
    assert first_reply  # the old reply was replaced, not added to

    qtbot.keyClicks(window.conversations.panel.search, "penguin")
    qtbot.waitUntil(lambda: window.conversations.panel.list.count() == 1, timeout=5000)
    penguins = window.conversations.panel.list.item(0).data(Qt.ItemDataRole.UserRole)
    window.conversations.rename(penguins, "Birds")
    qtbot.waitUntil(lambda: window.conversations.panel.list.item(0).text() == "Birds", timeout=5000)
    window.conversations.panel.search.clear()
    qtbot.waitUntil(lambda: window.conversations.panel.list.count() == 2, timeout=5000)
    window.conversations.delete(penguins)

    def only_colour_left() -> bool:
        items = [window.conversations.panel.list.item(i) for i in range(window.conversations.panel.list.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items] == [colour]

    qtbot.waitUntil(only_colour_left, timeout=5000)

    window.chat.panel.copy_message(1)
    assert QGuiApplication.clipboard().text() == window.chat.panel.model.rows[1].text


def test_settings_with_a_corrupt_model_keep_the_bundled_one(qtbot, window: MainWindow, tmp_path: Path) -> None:
    wait_ready(qtbot, window)
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + bytes(5000))
    dialog = window.settings.open_dialog()
    assert dialog is not None
    dialog.model_path.setText(str(bad))
    dialog.temperature.setValue(0.3)
    with qtbot.waitSignal(window.settings.applied, timeout=30000) as blocker:
        dialog.accept()
    assert isinstance(blocker.args[0], Exception)
    assert "cannot load broken.gguf" in window.statusBar().currentMessage()
    assert window.assistant is not None and window.assistant.settings.current.model_path is None
    assert window.assistant.settings.current.temperature == 0.0, "nothing changed, the temperature included"
    assert on_core(qtbot, window, lambda a: load_settings(a.db)).model_path is None
    window.chat.panel.input.setPlainText("Still working?")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as reply:
        window.chat.send()
    assert reply.args[0].model == "SmolLM2-135M-Instruct.Q4_1.gguf"


def test_settings_are_saved(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    dialog = window.settings.open_dialog()
    assert dialog is not None
    dialog.temperature.setValue(0.4)
    dialog.max_tokens.setValue(100)
    with qtbot.waitSignal(window.settings.applied, timeout=30000):
        dialog.accept()
    assert window.assistant is not None
    saved = on_core(qtbot, window, lambda a: load_settings(a.db))
    assert (saved.temperature, saved.max_tokens) == (0.4, 100)


def test_simplified_chinese_is_shipped_and_picked_by_locale(qtbot, home: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from PySide6.QtCore import QTranslator

    before, locale = app.findChildren(QTranslator), QLocale()
    install_translations(app, QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.windowTitle() == "助手" and w.chat.panel.send_button.text() == "发送"
        with qtbot.waitSignal(w.model_ready, timeout=30000):
            pass
        assert w.statusBar().currentMessage().startswith("就绪")
    finally:
        for t in app.findChildren(QTranslator):
            if t not in before:
                QCoreApplication.removeTranslator(t)
        QLocale.setDefault(locale)


def test_a_reminder_typed_in_chat_appears_in_the_reminders_panel(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.chat.panel.input.setPlainText("remind me in 1 minute to stretch")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30000) as blocker:
        window.chat.send()
    assert blocker.args[0].action == "reminder" and "stretch" in window.chat.panel.model.rows[-1].text
    window.tabs.setCurrentWidget(window.reminders.panel)
    qtbot.waitUntil(lambda: window.reminders.panel.tree.topLevelItemCount() == 1, timeout=5000)
    assert window.reminders.panel.tree.topLevelItem(0).text(1) == "stretch"


def test_reminders_panel_previews_adds_and_completes(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.tabs.setCurrentWidget(window.reminders.panel)
    panel = window.reminders.panel
    qtbot.keyClicks(panel.sentence, "remind me to buy stamps")
    qtbot.waitUntil(lambda: "No time given" in panel.preview.text(), timeout=5000)
    assert not panel.add_button.isEnabled(), "nothing to save without a time"
    panel.sentence.setText("every Monday at 9 remind me to plan the week")
    qtbot.waitUntil(lambda: panel.preview.text().startswith("OK — Mon"), timeout=5000)
    assert panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=5000)
    item = panel.tree.topLevelItem(0)
    assert item.text(1) == "plan the week"
    assert item.text(2).startswith("every Monday, then "), "recurring: the rule, then the next times"
    assert item.text(2).count("9:00") == 2 and "9:00" in item.text(0), "a reminder's times to the minute"
    assert panel.sentence.text() == ""
    item.setSelected(True)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 0, timeout=5000)


def test_a_due_reminder_fires_through_the_in_process_worker(qtbot, window: MainWindow) -> None:
    from datetime import timedelta

    from assistant.clock import after, now_local
    from assistant.reminders import ParsedReminder, add_reminder

    wait_ready(qtbot, window)
    qtbot.waitUntil(lambda: window.assistant is not None and window.assistant.worker is not None, timeout=10000)
    assert window.assistant is not None
    with qtbot.waitSignal(window.notifier.delivered, timeout=15000) as blocker:
        soon = after(now_local(), timedelta(seconds=1))
        window.session.call(lambda a: add_reminder(a.db, ParsedReminder(task="stretch", first=soon)))
    assert "stretch" in blocker.args[0].body + blocker.args[0].title


def test_tasks_panel_runs_a_small_writing_job(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.tabs.setCurrentWidget(window.tasks.panel)
    panel = window.tasks.panel
    panel.prompt.setText("write a 100-word story about a snail")
    panel.prompt.returnPressed.emit()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(2) == "Done", timeout=120000)
    bar = panel.tree.itemWidget(panel.tree.topLevelItem(0), 1)
    assert bar.value() == 100


def test_a_cited_memory_shows_as_a_chip_that_opens_it_and_can_forget_it(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    for text in ("remember that my cat is Mochi", "What is my cat called?"):
        window.chat.panel.input.setPlainText(text)
        with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as blocker:
            window.chat.send()
    answer = blocker.args[0]
    assert "Mochi" in answer.reply and answer.citations
    qtbot.waitUntil(lambda: window.chat.panel.sources.isVisible(), timeout=5000)
    chips = [
        window.chat.panel.sources.chips.itemAt(i).widget()
        for i in range(window.chat.panel.sources.chips.count())
        if isinstance(window.chat.panel.sources.chips.itemAt(i).widget(), QPushButton)
    ]
    assert chips and chips[0].text().startswith("[1]") and "Mochi" in chips[0].text()
    chips[0].click()
    qtbot.waitUntil(lambda: window.memory.memory_box is not None and window.memory.memory_box.isVisible(), timeout=5000)
    assert "Mochi" in window.memory.memory_box.text() and "From:" in window.memory.memory_box.informativeText()
    window.memory.memory_box.close()
    with qtbot.waitSignal(window.memory.forgotten, timeout=10000) as gone:
        window.memory.forget([answer.citations[0].id])
    assert gone.args[0]


def test_memory_panel_imports_in_the_background_and_lists(qtbot, window: MainWindow, tmp_path: Path) -> None:
    wait_ready(qtbot, window)
    notes = tmp_path / "notes.jsonl"
    notes.write_text(
        "".join(
            f'{{"id": "n{i}", "text": "Note number {i} about the allotment and its beans."}}\n' for i in range(1000)
        ),
        encoding="utf-8",
    )
    window.tabs.setCurrentWidget(window.memory.panel)
    watch = StallWatch()
    with qtbot.waitSignal(window.memory.import_finished, timeout=120000) as blocker:
        window.memory.import_from(str(notes))
        assert window.memory.panel.progress.isVisible()
    assert blocker.args[0].added == 1000
    assert watch.longest < 0.5, f"the UI thread stalled for {watch.longest:.3f} s during an import"
    qtbot.waitUntil(lambda: window.memory.panel.tree.topLevelItemCount() >= 100, timeout=10000)
    qtbot.keyClicks(window.memory.panel.query, "beans")
    qtbot.waitUntil(lambda: 0 < window.memory.panel.tree.topLevelItemCount() <= 50, timeout=10000)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{broken\n', encoding="utf-8")
    with qtbot.waitSignal(window.memory.import_finished, timeout=30000) as refused:
        window.memory.import_from(str(bad))
    assert isinstance(refused.args[0], Exception)
    assert "line 2" in window.statusBar().currentMessage() and not window.memory.panel.progress.isVisible()


def test_settings_refuse_a_bad_briefing_time_and_save_voice_choices(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    dialog = window.settings.open_dialog()
    assert dialog is not None
    dialog.briefing_time.setText("7 o'clock-ish")
    with qtbot.waitSignal(window.settings.applied, timeout=30000) as refused:
        dialog.accept()
    assert isinstance(refused.args[0], Exception) and "07:30" in window.statusBar().currentMessage()
    dialog = window.settings.open_dialog()
    assert dialog is not None
    dialog.briefing_time.setText("07:30")
    dialog.quiet_hours.setText("22:00-07:00")
    dialog.whisper_model.setCurrentText("tiny.en")
    dialog.speak_replies.setChecked(True)
    with qtbot.waitSignal(window.settings.applied, timeout=30000):
        dialog.accept()
    assert window.assistant is not None
    saved = on_core(qtbot, window, lambda a: load_settings(a.db))
    assert (saved.briefing_time, saved.quiet_hours, saved.whisper_model, saved.speak_replies) == (
        "07:30",
        "22:00-07:00",
        "tiny.en",
        True,
    )
    assert window.voice.model == "tiny.en"


def test_delete_all_my_data_removes_everything_and_starts_afresh(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    for text in ("remember that my cat is Mochi", "remind me in 2 hours to stretch"):
        window.chat.panel.input.setPlainText(text)
        with qtbot.waitSignal(window.chat.reply_finished, timeout=60000):
            window.chat.send()
    assert (window_home(window) / "memory").exists()
    with qtbot.waitSignal(window.data_deleted, timeout=30000):
        window.delete_all_data()
    assert window.chat.panel.model.rowCount() == 0 and window.conversations.panel.list.count() == 0
    assert window.assistant is not None
    assert on_core(qtbot, window, lambda a: (a.conversations.list(), a.memory().list())) == ([], [])
    window.chat.panel.input.setPlainText("What is my cat called?")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as after:
        window.chat.send()
    assert "don't know" in after.args[0].reply


def test_a_memory_can_be_corrected_and_answers_follow(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.chat.panel.input.setPlainText("remember that my cat is called Mochi")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as told:
        window.chat.send()
    memory_id = told.args[0].citations[0].id
    with qtbot.waitSignal(window.memory.edited, timeout=30000) as edited:
        window.memory.edit(memory_id, "my cat is called Miso")
    assert edited.args[0].id == memory_id and edited.args[0].text == "my cat is called Miso"
    window.chat.new_chat()
    window.chat.panel.input.setPlainText("What is my cat called?")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as answer:
        window.chat.send()
    assert "Miso" in answer.args[0].reply and "Mochi" not in answer.args[0].reply


def test_asking_in_chat_for_writing_overnight_shows_the_job_in_the_tasks_tab(qtbot, window: MainWindow) -> None:
    wait_ready(qtbot, window)
    window.chat.panel.input.setPlainText("Write a 100-word story about a snail while I sleep")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60000) as blocker:
        window.chat.send()
    assert "task 1" in blocker.args[0].reply
    window.tabs.setCurrentWidget(window.tasks.panel)
    panel = window.tasks.panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=5000)
    assert panel.tree.topLevelItem(0).text(0) == "Write a 100-word story about a snail while I sleep"
