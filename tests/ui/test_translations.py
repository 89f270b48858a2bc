"""Chinese UI complete: every string the window can show has a finished translation, the shipped .qm is
built from the .ts, and a Chinese window shows Chinese everywhere, dates and statuses included."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTreeWidget

from ui.app import TRANSLATIONS, install_translations

sys.path.insert(0, str(Path(__file__).parents[1] / "books"))
from make_books import make_epub  # noqa: E402

UI = Path(__file__).resolve().parents[2] / "ui"
TS = TRANSLATIONS / "assistant_zh_CN.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")
# Shown as they are in every language: names, keys, numbers, file patterns.
AS_IS = re.compile(r"^(|[\d\s%:./·…-]+|English|中文|GGUF.*|base|tiny\.en|Ctrl\+.*|Esc|F1|\[\d+\].*|…)$")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (from PySide6) is not installed")
    return found


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        f"{ctx.findtext('name')}: {m.findtext('source')!r}"
        for ctx in root
        for m in ctx.findall("message")
        if (m.find("translation").get("type") in ("unfinished", None) and not m.findtext("translation"))
        or m.find("translation").get("type") == "unfinished"
    ]


def test_every_string_in_the_code_has_a_finished_chinese_translation(tmp_path: Path) -> None:
    scanned = tmp_path / "assistant_zh_CN.ts"
    shutil.copy(TS, scanned)
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sorted(UI.glob("*.py"))), "-ts", str(scanned)],
        check=True,
        capture_output=True,
    )
    missing = unfinished(scanned)
    assert not missing, "untranslated (run pyside6-lupdate, translate, pyside6-lrelease):\n" + "\n".join(missing)


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / "assistant_zh_CN.qm").read_bytes(), "run pyside6-lrelease"


@pytest.fixture
def chinese():
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, locale = app.findChildren(QTranslator), QLocale()
    install_translations(app, QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    for t in app.findChildren(QTranslator):
        if t not in before:
            QCoreApplication.removeTranslator(t)
    QLocale.setDefault(locale)


def shown_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [window.windowTitle()]
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        for sub in menu.actions() if menu else []:
            texts.append(sub.text())
            if sub.menu():
                texts.extend(a.text() for a in sub.menu().actions())
    texts.extend(window.tabs.tabText(i) for i in range(window.tabs.count()))
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in window.findChildren(QLabel):
        if not widget.text().startswith("<"):
            texts.append(widget.text())
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        texts.append(widget.placeholderText())
    for widget in window.findChildren(QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    for tree in window.findChildren(QTreeWidget):
        texts.extend(tree.headerItem().text(i) for i in range(tree.columnCount()))
    return [t.replace("&", "").strip() for t in texts]


def test_a_chinese_window_shows_no_english(qtbot, home: Path, chinese) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(run_worker=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.model_ready, timeout=90000):
        pass
    english = [t for t in shown_texts(window) if not CJK.search(t) and not AS_IS.match(t)]
    assert not english, f"untranslated on screen: {english}"


def test_dates_statuses_and_kinds_read_in_chinese(qtbot, chinese) -> None:
    from ui.friendly_time import friendly
    from ui.memory_words import kind_label, source_words
    from ui.status_words import reminder_status, task_status

    now = datetime.now().astimezone()
    assert friendly(now).startswith("今天")
    # Noon of the calendar day before: 24 hours back is two days back just after a spring-forward midnight.
    yesterday = datetime.combine(now.date() - timedelta(days=1), time(12)).astimezone()
    assert friendly(yesterday).startswith("昨天")
    assert CJK.search(friendly(now - timedelta(days=3))), "a weekday name in Chinese"
    long_ago = friendly(datetime(2020, 11, 3, 9, 0).astimezone())
    assert long_ago == "2020年11月3日"
    statuses = [reminder_status(s) for s in ("scheduled", "fired", "done", "cancelled")]
    assert statuses == ["已安排", "已提醒", "完成", "已取消"]
    assert all(CJK.search(task_status(s)) for s in ("queued", "running", "done", "failed", "cancelled"))
    assert all(CJK.search(kind_label(k)) for k in ("profile", "fact", "turn", "document", "summary"))
    assert "聊天" in source_words("conversation:885003c30e86/message:1", now.isoformat())
    assert source_words("file:notes.md:12", now.isoformat()) == "来自 notes.md 第 12 行"


# In a Chinese window whose own content is all Chinese, any Latin word, ISO date or stored id on screen is a
# string the window formatted in Python instead of through Qt's tr/locale.
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Names that stay as they are: keys, file formats and extensions, size units, the model's file name.
ALLOWED_WORDS = {"Ctrl", "Shift", "Enter", "Esc", "Space", "Qt", "PySide", "SmolLM", "Instruct", "gguf", "GGUF"}
ALLOWED_WORDS |= {"Markdown", "EPUB", "PDF", "Word", "jsonl", "md", "txt", "zip", "epub", "KB", "MB"}
RAW = re.compile(r"\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d|conversation:|message:|file:|[0-9a-f]{10,}")


def every_text(window) -> list[str]:  # type: ignore[no-untyped-def]
    """What the window shows beyond its fixed strings: item views' rows and tooltips, the transcript's
    painted headers, badges and actions, the banner, labels written at run time and the status bar."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView

    texts = shown_texts(window) + [window.statusBar().currentMessage()]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for r in range(model.rowCount(QModelIndex())):
            c = 0
            while (index := model.index(r, c)).isValid():  # list models hide columnCount()
                c += 1
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
    delegate = window.chat.panel.delegate
    for r in range(window.chat.panel.model.rowCount()):
        laid = delegate.layout(window.chat.panel.model.index(r, 0))
        texts += [laid.header, laid.badge, laid.doc.toPlainText(), *(label for _, label, _ in laid.actions)]
    texts += [widget.toolTip() for widget in window.findChildren(QAbstractButton)]
    return [t for t in texts if t]


def test_a_chinese_window_full_of_chinese_things_shows_no_english_word_raw_time_or_id(
    qtbot, home: Path, chinese, tmp_path: Path
) -> None:
    from ui.main_window import MainWindow
    from ui.reminder_banner import BannerItem

    window = MainWindow(run_worker=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.model_ready, timeout=90000):
        pass
    for said in ("记住我的猫叫麻薯", "提醒我每周五下午5点还图书馆的书"):
        window.chat.panel.input.setPlainText(said)
        with qtbot.waitSignal(window.chat.reply_finished, timeout=60000):
            window.chat.send()
    panel = window.reminders.panel
    window.tabs.setCurrentWidget(panel)
    panel.sentence.setText("提醒我下周五9点给牙医打电话")  # not 明天: after midnight that is asked about
    qtbot.waitUntil(lambda: panel.add_button.isEnabled(), timeout=10000)
    reading = panel.preview.text()
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10000)
    panel.sentence.setText("提醒我")  # cannot be read: the hint must be Chinese too
    qtbot.waitUntil(lambda: panel.preview.text() != reading and bool(panel.preview.text()), timeout=10000)
    window.memory.refresh("", "")
    qtbot.waitUntil(lambda: window.memory.panel.tree.topLevelItemCount() > 0, timeout=10000)
    book = make_epub(
        tmp_path / "灯塔.epub",
        title="灯塔看守人",
        author="测试者",
        language="zh",
        chapters=[
            ("第一章 风暴", ["风暴来的那天晚上，看守人点亮了灯。"]),
            ("第二章 小船", ["第二天早上，一条小船靠了岸。"]),
        ],
    )
    shelf = window.library.panel
    shelf.add_requested.emit(str(book))  # as "Add book…" does: imported on the core thread
    qtbot.waitUntil(lambda: shelf.tree.topLevelItemCount() == 1, timeout=60000)
    due = datetime.now().astimezone() - timedelta(days=9)
    window.alerts.banner.add(BannerItem(99, "浇花", due, missed=True))
    texts = every_text(window) + [reading]
    english = [t for t in texts if any(w not in ALLOWED_WORDS for w in LATIN_WORD.findall(t))]
    raw = [t for t in texts if RAW.search(t)]
    assert not english, f"English words in a Chinese window: {english}"
    assert not raw, f"raw times or ids in a Chinese window: {raw}"
    assert any("每周五" in t for t in texts), "the repeat rule in Chinese"


def test_the_core_s_errors_read_in_chinese_in_a_chinese_window_and_as_the_core_says_in_english(
    qtbot, tmp_path: Path
) -> None:
    from assistant.errors import AssistantError, Problem
    from assistant.memory.importer import ImportRefused, parse_file
    from ui.error_words import error_line

    bad = tmp_path / "notes.jsonl"
    bad.write_text('{"text": "fine"}\n{broken\n', encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        parse_file(bad, "import-1")
    assert error_line(refused.value) == str(refused.value), "an English window shows the core's own line"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, locale = app.findChildren(QTranslator), QLocale()
    install_translations(app, QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        assert error_line(refused.value) == "无法导入 notes.jsonl 第 2 行，没有导入任何内容。"
        for problem in Problem:
            line = error_line(AssistantError("an English line from the core", problem=problem))
            assert CJK.search(line) and not (set(LATIN_WORD.findall(line)) - ALLOWED_WORDS), (problem, line)
        assert CJK.search(error_line(ValueError("not one of ours"))), "anything else: a Chinese line too"
    finally:
        for t in app.findChildren(QTranslator):
            if t not in before:
                QCoreApplication.removeTranslator(t)
        QLocale.setDefault(locale)


def test_a_refused_import_is_reported_in_chinese(qtbot, home: Path, chinese, tmp_path: Path) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(run_worker=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.model_ready, timeout=90000):
        pass
    bad = tmp_path / "笔记.jsonl"
    bad.write_text('{"text": "好的"}\n{坏了\n', encoding="utf-8")
    with qtbot.waitSignal(window.memory.import_finished, timeout=30000):
        window.memory.import_from(str(bad))
    assert window.statusBar().currentMessage() == "无法导入 笔记.jsonl 第 2 行，没有导入任何内容。"
