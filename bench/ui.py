"""Window figures: launch to a visible window, the longest UI-thread stall while a reply streams, while
memories are imported and while the theme switches, and memory in use — each beside a bare PySide6
window measured the same way in the same run.

    .venv/bin/python bench/ui.py      (needs Xvfb and xdotool; starts its own virtual display)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ASSISTANT = Path(sys.executable).parent / "assistant"
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("Bare"); w.resize(980, 700); w.show()
sys.exit(app.exec())
"""


def start_display() -> tuple[subprocess.Popen[bytes], str]:
    number = 150 + os.getpid() % 50
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        time.sleep(0.02)
    return xvfb, f":{number}"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def launch(args: list[str], title: str, env: dict[str, str], settle: float) -> tuple[float, float]:
    """Seconds from process start to a visible window with `title`, and RSS after `settle` seconds."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", f"^{title}$"],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        visible = time.perf_counter() - started
        time.sleep(settle)  # the model loads after the window is up; RSS is measured once it is idle
        return visible, rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(15)


Stall = tuple[float, float]  # (longest gap between ticks, most UI-thread CPU time spent within one gap)


def streaming_stall() -> tuple[Stall, Stall, Stall, Stall]:
    """Longest event-loop gap while a 200-token reply streams into the real window (offscreen), while
    1,000 memories are imported, while the theme switches light/dark ten times over a 40-message chat
    with code blocks, and the same loop's longest gap over as long doing nothing (the floor on this
    machine). Beside each, the most CPU time the UI thread itself used within one gap: on a shared,
    loaded machine a gap also counts the time the thread waited for a core, the CPU time does not."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from ui.chat_model import ChatRow
    from ui.main_window import MainWindow
    from ui.theme import Theme, appearance

    sys.setswitchinterval(0.001)  # as ui/app.py sets it for the real window
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(run_worker=False)
    window.show()
    loop = QEventLoop()
    window.model_ready.connect(loop.quit)
    loop.exec()
    assert window.assistant is not None
    window.assistant.settings.override(temperature=0.0, max_tokens=200)

    gaps: list[float] = []
    busy: list[float] = []
    last = [time.perf_counter(), time.thread_time()]

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()  # thread_time: this (the UI) thread only
        gaps.append(now - last[0])
        busy.append(cpu - last[1])
        last[0], last[1] = now, cpu

    def worst() -> Stall:
        found = (max(gaps, default=0.0), max(busy, default=0.0))
        gaps.clear()
        busy.clear()
        last[0], last[1] = time.perf_counter(), time.thread_time()
        return found

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    window.chat.panel.input.setPlainText("Write a story about a lighthouse keeper.")
    began = time.perf_counter()
    window.chat.reply_finished.connect(lambda _r: loop.quit())
    window.chat.send()
    loop.exec()
    streaming = worst()
    duration = time.perf_counter() - began
    notes = Path(tempfile.mkdtemp()) / "notes.jsonl"
    notes.write_text(
        "".join(f'{{"text": "Note {i} about the allotment, the beans and the weather."}}\n' for i in range(1000)),
        encoding="utf-8",
    )
    worst()
    window.memory.import_finished.connect(lambda _r: loop.quit())
    window.memory.import_from(str(notes))
    loop.exec()
    importing = worst()
    steps = "\n".join(f"def step_{i}(x):\n    return x * {i}  # the {i}th step" for i in range(8))
    code = f"```python\n{steps}\n```"
    for n in range(40):
        window.chat.panel.model.append(
            ChatRow(
                "user" if n % 2 == 0 else "assistant",
                f"Message {n}: **some** words and a list\n\n- one\n- two\n\n{code}",
            )
        )
    window.chat.panel.update_empty_hint()
    pause = QEventLoop()
    QTimer.singleShot(300, pause.quit)
    pause.exec()
    worst()
    switches = [Theme.DARK, Theme.LIGHT] * 5

    def switch() -> None:
        if switches:
            appearance().set_theme(switches.pop())
            QTimer.singleShot(100, switch)  # each switch painted before the next
        else:
            loop.quit()

    switch()
    loop.exec()
    theming = worst()
    QTimer.singleShot(int(duration * 1000), loop.quit)
    loop.exec()
    idle = worst()
    timer.stop()
    window.quit()
    window.deleteLater()
    app.processEvents()
    return streaming, importing, theming, idle


def main() -> None:
    xvfb, display = start_display()
    try:
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "ASSISTANT_HOME": home}
            ours = [launch([str(ASSISTANT)], "Assistant", env, settle=3.0) for _ in range(3)]
            bare = [launch([sys.executable, "-c", BARE], "Bare", env, settle=1.0) for _ in range(3)]
    finally:
        xvfb.terminate()
    print(f"{'':42}{'assistant':>12}{'bare PySide6':>14}  target")
    print(
        f"{'launch to visible window, median of 3 (s)':42}{statistics.median(v for v, _ in ours):12.2f}"
        f"{statistics.median(v for v, _ in bare):14.2f}  <= 0.5"
    )
    print(
        f"{'memory in use, idle, model loaded (MB RSS)':42}{statistics.median(r for _, r in ours):12.0f}"
        f"{statistics.median(r for _, r in bare):14.0f}"
    )
    streaming, importing, theming, (idle, _) = streaming_stall()
    print(
        f"{'longest UI stall while … (ms)':42}{'gap':>12}{'UI CPU':>14}  target   (idle: the same loop "
        f"doing nothing, {idle * 1000:.1f} ms)"
    )
    for name, (gap, cpu) in (
        ("a 200-token reply streams", streaming),
        ("1,000 memories are imported", importing),
        ("the theme switches x10, 40 messages", theming),
    ):
        print(f"{'  ' + name:42}{gap * 1000:12.1f}{cpu * 1000:14.1f}  <= 50")


if __name__ == "__main__":
    main()
