"""A task's result in its own viewer: the whole text, Copy, and Save… (written by whoever opened it)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ui.text_viewer import TextViewer

STORY = "# The brave snail\n\n" + "Once upon a time a snail set out to cross the garden. " * 200


def test_the_whole_result_is_shown_copied_and_handed_over_for_saving(qtbot, monkeypatch, tmp_path) -> None:
    viewer = TextViewer("Task result", "write a story about a snail", STORY)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.body.toPlainText().startswith("The brave snail")
    assert viewer.body.toPlainText().count("Once upon a time") == 200, "nothing cut off"
    assert viewer.words.text() == f"{len(STORY.split())} words"
    viewer.copy_button.click()
    assert QGuiApplication.clipboard().text() == STORY
    target = str(tmp_path / "snail.md")
    monkeypatch.setattr("ui.text_viewer.QFileDialog.getSaveFileName", lambda *a, **k: (target, ""))
    with qtbot.waitSignal(viewer.save_requested) as saving:
        viewer.save_button.click()
    assert saving.args == [target, STORY + "\n"]
