"""Fired reminders inside the window: the banner on its own, and the window with its worker here or in
another process (offscreen there is no tray, so the banner is the only place a reminder can be seen)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from ui.friendly_time import at
from ui.main_window import MainWindow
from ui.reminder_banner import BannerItem, ReminderBanner

ROOT = Path(__file__).resolve().parents[2]
DUE = datetime(2026, 3, 2, 17, 0, tzinfo=ZoneInfo("Europe/London"))
OTHER = textwrap.dedent("""
    import sys
    from assistant.notify import Dispatcher, ConsoleNotifier
    from assistant.worker import Worker, run_until_stopped
    worker = Worker(dispatcher=Dispatcher([ConsoleNotifier()]), poll_seconds=0.1, load_model=None)
    run_until_stopped(worker, ready=lambda w: print("READY", flush=True))
""")


def test_the_banner_shows_each_firing_once_oldest_first(qtbot) -> None:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    snoozed: list[int] = []
    done: list[int] = []
    banner.snooze_requested.connect(snoozed.append)
    banner.done_requested.connect(done.append)
    assert banner.isHidden()
    assert banner.add(BannerItem(1, "take the pills", DUE, missed=False))
    assert banner.add(BannerItem(2, "water the plants", DUE, missed=True))
    assert not banner.add(BannerItem(1, "take the pills", DUE, missed=False))  # the same firing again
    assert banner.isVisible() and banner.text.text() == "Reminder: take the pills"
    assert banner.more.text() == "+1 more"
    qtbot.mouseClick(banner.snooze_button, Qt.MouseButton.LeftButton)
    assert snoozed == [1] and banner.text.text() == f"Missed while away (due {at(DUE)}): water the plants"
    assert "17:00" in at(DUE) or "5:00" in at(DUE)  # the time of day, not only the date
    qtbot.mouseClick(banner.done_button, Qt.MouseButton.LeftButton)
    assert done == [2] and banner.isHidden()


def wait_ready(qtbot, w: MainWindow) -> None:
    if w.assistant is None or "Ready" not in w.statusBar().currentMessage():
        with qtbot.waitSignal(w.model_ready, timeout=60000):
            pass


def test_the_window_shows_reminders_missed_and_fired_in_its_own_worker(qtbot, home: Path) -> None:
    from assistant.clock import after, now_local
    from assistant.db import open_db
    from assistant.reminders import ParsedReminder, add_reminder
    from assistant.reminders.missed import missed_firings

    home.mkdir(parents=True, exist_ok=True)
    db = open_db(home / "assistant.db")
    add_reminder(db, ParsedReminder(task="missed one", first=after(now_local(), -timedelta(minutes=5))))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    wait_ready(qtbot, w)
    banner = w.alerts.banner
    qtbot.waitUntil(lambda: banner.isVisible() and "Missed while away" in banner.text.text(), timeout=20000)
    assert "missed one" in banner.text.text()
    qtbot.waitUntil(lambda: missed_firings(db) == [], timeout=10000)  # listed here, so not again elsewhere
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    add_reminder(db, ParsedReminder(task="stretch", first=after(now_local(), timedelta(seconds=1))))
    qtbot.waitUntil(lambda: banner.text.text() == "Reminder: stretch", timeout=15000)
    w.quitting = True
    w.close()


def test_the_window_follows_a_worker_elsewhere_and_takes_over_when_it_stops(qtbot, home: Path) -> None:
    from assistant.clock import after, now_local
    from assistant.db import open_db
    from assistant.reminders import ParsedReminder, add_reminder
    from assistant.reminders.store import firings

    home.mkdir(parents=True, exist_ok=True)
    out = home.parent / "other.out"
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER],
        stdout=out.open("wb"),
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "ASSISTANT_HOME": str(home)},
    )
    try:
        qtbot.waitUntil(lambda: out.exists() and "READY" in out.read_text(), timeout=30000)
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        wait_ready(qtbot, w)
        qtbot.waitUntil(lambda: w.alerts.watch is not None and w.alerts.watch.running, timeout=20000)
        assert w.assistant is not None and w.assistant.worker is None
        db = open_db(home / "assistant.db")
        add_reminder(db, ParsedReminder(task="fired elsewhere", first=after(now_local(), timedelta(seconds=1))))
        banner = w.alerts.banner
        qtbot.waitUntil(lambda: banner.text.text() == "Reminder: fired elsewhere", timeout=15000)
        qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)

        other.send_signal(signal.SIGTERM)
        assert other.wait(timeout=15) == 0
        soon = after(now_local(), timedelta(seconds=2))
        later = add_reminder(db, ParsedReminder(task="after the handover", first=soon))
        qtbot.waitUntil(lambda: w.assistant is not None and w.assistant.worker is not None, timeout=10000)
        qtbot.waitUntil(lambda: banner.text.text() == "Reminder: after the handover", timeout=15000)
        assert len(firings(db, later.id)) == 1
        w.quitting = True
        w.close()
    finally:
        if other.poll() is None:
            other.kill()
