"""Screenshots of each panel for the docs, from the real window and core on a fresh data folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASSISTANT_HOME"] = tempfile.mkdtemp(prefix="screens-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).parent / "screenshots"


def wait(signal: object, action: object = None, ms: int = 120000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_: loop.quit())  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    if action:
        action()  # type: ignore[operator]
    loop.exec()


def pause(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication(sys.argv)
    w = MainWindow(run_worker=False)
    w.resize(1100, 720)
    w.show()
    wait(w.model_ready)
    assert w.assistant is not None
    w.assistant.settings.override(temperature=0.0, seed=1, max_tokens=120)
    for text in ("remember that my cat is called Mochi", "I moved to Shanghai for a new job.",
                 "remind me every Friday at 5pm to return the library book", "What is my cat called?"):
        w.chat.panel.input.setPlainText(text)
        wait(w.chat.reply_finished, w.chat.send)
    pause()
    OUT.mkdir(exist_ok=True)
    w.grab().save(str(OUT / "chat.png"))

    w.tabs.setCurrentWidget(w.reminders.panel)
    w.reminders.panel.sentence.setText("remind me tomorrow at 9 to call the dentist")
    pause(800)
    w.grab().save(str(OUT / "reminders.png"))

    notes = Path(os.environ["ASSISTANT_HOME"]) / "notes.jsonl"
    notes.write_text("".join(json.dumps({"text": t}) + "\n" for t in [
        "My dentist is Dr. Okafor on Mill Road.", "I keep my passport in the blue folder.",
        "我周末喜欢去西湖散步。"]), encoding="utf-8")
    w.tabs.setCurrentWidget(w.memory.panel)
    wait(w.memory.import_finished, lambda: w.memory.import_from(str(notes)))
    pause(800)
    w.grab().save(str(OUT / "memory.png"))

    w.tabs.setCurrentWidget(w.tasks.panel)
    w.tasks.panel.prompt.setText("write a 300-word bedtime story about a brave snail")
    w.tasks.panel.prompt.returnPressed.emit()
    pause(800)
    w.grab().save(str(OUT / "tasks.png"))

    dialog = w.settings.open_dialog()
    assert dialog is not None
    pause()
    dialog.grab().save(str(OUT / "settings.png"))
    dialog.reject()
    w.quit()
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))
    app.processEvents()


if __name__ == "__main__":
    main()
