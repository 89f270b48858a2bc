"""Screenshots of each panel in both themes and both languages, from the real window and core on a fresh
data folder: {panel}-{en|zh}-{light|dark}.png beside this script.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

Each language runs in its own process (translations are installed before any widget is built).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).parent
ROOT = OUT.parents[1]

CHAT = {
    "en": [
        "remember that my cat is called Mochi",
        "I moved to Shanghai for a new job.",
        "remind me every Friday at 5pm to return the library book",
        "What is my cat called?",
        "Write a Python function that adds two numbers, in a code block.",
    ],
    "zh": [
        "记住我的猫叫麻薯",
        "提醒我每周五下午5点还图书馆的书",
        "我的猫叫什么？",
        "Write a Python function that adds two numbers, in a code block.",
    ],
}
REMINDER = {"en": "remind me on Friday at 9 to call the dentist", "zh": "提醒我周五9点给牙医打电话"}
TASK = {"en": "write a 300-word bedtime story about a brave snail", "zh": "写一个关于勇敢蜗牛的三百字睡前故事"}
MISSED = {"en": "water the tomatoes", "zh": "给番茄浇水"}
BOOK = """# The Lighthouse Keeper

## Chapter 1: The Light

The keeper climbed the hundred steps at dusk and trimmed the wick, as his father had done before him.

## Chapter 2: The Storm

By midnight the sea rose against the rocks, and the lamp was the only thing on the coast still burning.
"""


def shoot(language: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ASSISTANT_HOME"] = tempfile.mkdtemp(prefix="screens-")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QLocale, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.app import install_translations
    from ui.main_window import MainWindow
    from ui.theme import Theme, appearance

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

    app = QApplication(sys.argv)
    install_translations(app, QLocale("zh_CN" if language == "zh" else "en_GB"))
    w = MainWindow(run_worker=False)
    w.resize(1100, 720)
    w.show()
    wait(w.model_ready)
    assert w.assistant is not None
    w.assistant.settings.override(temperature=0.0, seed=1, max_tokens=120)

    def save(widget: QWidget, name: str, theme: Theme) -> None:
        pause()
        widget.grab().save(str(OUT / f"{name}-{language}-{theme.value}.png"))

    for theme in (Theme.LIGHT, Theme.DARK):
        appearance().set_theme(theme)
        w.chat.new_chat()
        save(w, "welcome", theme)

    for text in CHAT[language]:
        w.chat.panel.input.setPlainText(text)
        wait(w.chat.reply_finished, w.chat.send)
    w.reminders.panel.sentence.setText(REMINDER[language])
    notes = Path(os.environ["ASSISTANT_HOME"]) / "notes.jsonl"
    notes.write_text(
        "".join(
            json.dumps({"text": t}) + "\n"
            for t in [
                "My dentist is Dr. Okafor on Mill Road.",
                "I keep my passport in the blue folder.",
                "我周末喜欢去西湖散步。",
            ]
        ),
        encoding="utf-8",
    )
    wait(w.memory.import_finished, lambda: w.memory.import_from(str(notes)))
    w.tasks.panel.prompt.setText(TASK[language])
    w.tasks.panel.prompt.returnPressed.emit()
    book = Path(os.environ["ASSISTANT_HOME"]) / "lighthouse.md"
    book.write_text(BOOK, encoding="utf-8")
    wait(w.library.import_finished, lambda: w.library.add(str(book)))
    # A reminder that fell due while the window was closed: the banner over the chat says so.
    from datetime import datetime, timedelta

    from ui.reminder_banner import BannerItem

    due = (datetime.now().astimezone() - timedelta(days=1)).replace(hour=18, minute=30)
    w.alerts.banner.add(BannerItem(1000, MISSED[language], due, missed=True))

    for theme in (Theme.LIGHT, Theme.DARK):
        appearance().set_theme(theme)
        w.tabs.setCurrentWidget(w.chat.panel)
        save(w, "chat", theme)
        w.tabs.setCurrentWidget(w.reminders.panel)
        save(w, "reminders", theme)
        w.tabs.setCurrentWidget(w.memory.panel)
        save(w, "memory", theme)
        w.tabs.setCurrentWidget(w.tasks.panel)
        save(w, "tasks", theme)
        w.tabs.setCurrentWidget(w.library.panel)
        save(w, "library", theme)
        dialog = w.settings.open_dialog()
        assert dialog is not None
        save(dialog, "settings", theme)
        dialog.reject()
        w.menus.show_model(w.menus.model_name)
        from ui.help_dialogs import show_about, show_shortcuts

        about = show_about(w, w.menus.model_name)
        save(about, "about", theme)
        about.close()
        keys = show_shortcuts(w)
        save(keys, "shortcuts", theme)
        keys.close()
    w.quit()
    app.processEvents()


def main() -> None:
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
        return
    for language in ("en", "zh"):
        subprocess.run([sys.executable, __file__, language], check=True)
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
