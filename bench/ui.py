"""Window figures: launch to a visible window, the longest UI-thread stall while a reply streams, while
memories are imported, while the theme switches and while a long conversation opens, and memory in use —
each beside a bare PySide6 window doing the same work the plain way, measured the same way in the same run,
with the machine's load before and after.

    .venv/bin/python bench/ui.py      (needs Xvfb, xev and xprop; starts its own virtual display)
"""

from __future__ import annotations

import json
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


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def launch(args: list[str], title: str, env: dict[str, str], settle: float) -> tuple[float, float, float]:
    """Seconds from process start to a visible window with `title`, the CPU seconds the process had used by
    then (on a loaded machine the wall time also counts waiting for a core; this does not), and RSS after
    `settle` seconds.

    Visible is the X server's MapNotify for the window, read from `xev` as it happens. (`xdotool search
    --sync`, used before, checks every 0.5 s: every launch it timed came out as 0.5 s or 1.0 s plus a few
    milliseconds.)"""
    watch = subprocess.Popen(
        ["stdbuf", "-oL", "xev", "-root", "-event", "substructure"], env=env, stdout=subprocess.PIPE, text=True
    )
    assert watch.stdout is not None
    time.sleep(0.3)  # xev connected and listening (it prints nothing until an event)
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        visible = cpu = 0.0
        while not visible:
            line = watch.stdout.readline()
            if not line:
                raise RuntimeError(f"{title}: no window was mapped")
            if line.startswith("MapNotify"):
                at, used = time.perf_counter() - started, cpu_seconds(proc.pid)
                mapped = watch.stdout.readline().split("window ")[-1].split(",")[0]
                name = subprocess.run(["xprop", "-id", mapped, "WM_NAME"], env=env, capture_output=True, text=True)
                if f'"{title}"' in name.stdout:
                    visible, cpu = at, used
        time.sleep(settle)  # the model loads after the window is up; RSS is measured once it is idle
        return visible, cpu, rss_mb(proc.pid)
    finally:
        watch.terminate()
        watch.wait(5)
        proc.terminate()
        proc.wait(15)


Stall = tuple[float, float]  # (longest gap between ticks, most UI-thread CPU time spent within one gap)
PROMPT = "Write a story about a lighthouse keeper."
TOKENS = 200
THEME_SWITCHES = 10
LONG_CHAT = 200  # messages in the conversation opened in the long-transcript phase


def message(n: int) -> str:
    """A chat message with Markdown and a Python code block, as a coding question's reply would be."""
    steps = "\n".join(f"def step_{i}(x):\n    return x * {i}  # the {i}th step" for i in range(8))
    return f"Message {n}: **some** words and a list\n\n- one\n- two\n\n```python\n{steps}\n```"


class Ticks:
    """A 5 ms timer on the UI thread: the longest gap between its ticks is the longest stall. Beside it, the
    most CPU time the UI thread itself used within one gap: on a shared, loaded machine a gap also counts
    the time the thread waited for a core, the CPU time does not."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.busy: list[float] = []
        self.last = (time.perf_counter(), time.thread_time())
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()  # thread_time: this (the UI) thread only
        self.gaps.append(now - self.last[0])
        self.busy.append(cpu - self.last[1])
        self.last = (now, cpu)

    def worst(self) -> Stall:
        found = (max(self.gaps, default=0.0), max(self.busy, default=0.0))
        self.gaps.clear()
        self.busy.clear()
        self.last = (time.perf_counter(), time.thread_time())
        return found


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    pause = QEventLoop()
    QTimer.singleShot(ms, pause.quit)
    pause.exec()


def until(signal: object, start: object) -> None:
    """Run start() and turn the event loop until signal fires."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    signal.connect(lambda *_: loop.quit())  # type: ignore[attr-defined]
    start()  # type: ignore[operator]
    loop.exec()


def write_notes() -> Path:
    notes = Path(tempfile.mkdtemp()) / "notes.jsonl"
    notes.write_text(
        "".join(f'{{"text": "Note {i} about the allotment, the beans and the weather."}}\n' for i in range(1000)),
        encoding="utf-8",
    )
    return notes


def write_book() -> Path:
    """A Markdown book of 20 chapters (about 25,000 words), as the Library imports one."""
    words = "the keeper climbed the stairs at dusk and trimmed the wick while the sea rose against the rocks"
    chapters = [
        f"## Chapter {c}\n\n" + "\n\n".join(f"{words.capitalize()} ({c}.{p}). {words}." for p in range(30))
        for c in range(1, 21)
    ]
    book = Path(tempfile.mkdtemp()) / "lighthouse.md"
    book.write_text("# The Lighthouse Keeper\n\n" + "\n\n".join(chapters), encoding="utf-8")
    return book


def ours() -> dict[str, Stall]:
    """The real window (offscreen): a reply streams, 1,000 memories and a book are imported, the theme
    switches over a 40-message chat with code, a 200-message conversation opens, and the loop does nothing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from ui.chat_model import ChatRow
    from ui.main_window import MainWindow
    from ui.theme import Theme, appearance

    sys.setswitchinterval(0.001)  # as ui/app.py sets it for the real window
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(run_worker=False)
    window.resize(1100, 720)
    window.show()
    until(window.model_ready, lambda: None)
    assistant = window.assistant
    assert assistant is not None
    assistant.settings.override(temperature=0.0, max_tokens=TOKENS)
    found: dict[str, Stall] = {}
    ticks = Ticks()

    window.chat.panel.input.setPlainText(PROMPT)
    began = time.perf_counter()
    until(window.chat.reply_finished, window.chat.send)
    found["stream"] = ticks.worst()
    duration = time.perf_counter() - began

    notes = write_notes()
    ticks.worst()
    until(window.memory.import_finished, lambda: window.memory.import_from(str(notes)))
    found["import"] = ticks.worst()

    book = write_book()
    window.tabs.setCurrentWidget(window.library.panel)  # its progress bar in view
    wait(300)  # the tab's first paint is not the import's
    ticks.worst()
    until(window.library.import_finished, lambda: window.library.add(str(book)))
    found["book"] = ticks.worst()
    window.tabs.setCurrentWidget(window.chat.panel)

    window.chat.new_chat()
    for n in range(40):
        window.chat.panel.model.append(ChatRow("user" if n % 2 == 0 else "assistant", message(n)))
    window.chat.panel.update_empty_hint()
    wait(300)
    ticks.worst()
    for theme in [Theme.DARK, Theme.LIGHT] * (THEME_SWITCHES // 2):
        appearance().set_theme(theme)
        wait(100)  # each switch painted before the next
    found["theme"] = ticks.worst()

    long_chat = assistant.conversations.create("long")
    for n in range(LONG_CHAT):
        assistant.conversations.add_message(long_chat.id, "user" if n % 2 == 0 else "assistant", message(n))
    window.chat.new_chat()
    wait(300)
    ticks.worst()
    window.chat.open_conversation(long_chat.id)
    wait(3000)
    found["long"] = ticks.worst()

    wait(int(duration * 1000))
    found["idle"] = ticks.worst()
    window.quit()
    window.deleteLater()
    app.processEvents()
    return found


def bare() -> dict[str, Stall]:
    """The same work done the plain way in a bare PySide6 window: llama-cpp-python streaming on a thread into
    a QPlainTextEdit, the core's imports (memories, a book) on a thread, Fusion's palette switched over a
    QTextBrowser holding the 40 messages as Markdown, the 200 messages set into it at once, and the loop
    doing nothing."""
    import threading

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QTabWidget, QTextBrowser

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from assistant.assistant import Assistant
    from assistant.llm.catalogue import bundled_model_path

    class Pipe(QObject):
        token = Signal(str)
        done = Signal()

    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    window = QMainWindow()
    tabs = QTabWidget()
    text = QPlainTextEdit()
    browser = QTextBrowser()
    tabs.addTab(text, "Chat")
    tabs.addTab(browser, "Transcript")
    window.setCentralWidget(tabs)
    window.resize(1100, 720)
    window.show()
    pipe = Pipe()
    pipe.token.connect(text.insertPlainText)
    loaded: list[Assistant] = []
    opening = threading.Thread(target=lambda: (loaded.append(Assistant.open()), pipe.done.emit()))
    until(pipe.done, opening.start)
    assistant = loaded[0]
    found: dict[str, Stall] = {}
    ticks = Ticks()

    def stream() -> None:
        import llama_cpp

        llm = llama_cpp.Llama(model_path=str(bundled_model_path()), n_ctx=2048, verbose=False)
        messages = [{"role": "user", "content": PROMPT}]
        for chunk in llm.create_chat_completion(messages, max_tokens=TOKENS, temperature=0.0, stream=True):
            pipe.token.emit(chunk["choices"][0]["delta"].get("content", ""))
        pipe.done.emit()

    began = time.perf_counter()
    until(pipe.done, threading.Thread(target=stream).start)
    found["stream"] = ticks.worst()
    duration = time.perf_counter() - began

    notes = write_notes()
    ticks.worst()
    until(pipe.done, threading.Thread(target=lambda: (assistant.memories.import_file(notes), pipe.done.emit())).start)
    found["import"] = ticks.worst()

    book = write_book()
    books = assistant.books.on_own_connection()  # as the window imports: a thread and a connection of its own
    until(pipe.done, threading.Thread(target=lambda: (books.add(book), pipe.done.emit())).start)
    found["book"] = ticks.worst()

    tabs.setCurrentWidget(browser)
    browser.setMarkdown("\n\n".join(message(n) for n in range(40)))
    wait(300)
    ticks.worst()
    light = app.style().standardPalette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#232428"), (QPalette.ColorRole.Base, "#1b1c1f")):
        dark.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        dark.setColor(role, "#e6e6e6")
    for palette in [dark, light] * (THEME_SWITCHES // 2):
        app.setPalette(palette)
        wait(100)
    found["theme"] = ticks.worst()

    browser.clear()
    wait(300)
    ticks.worst()
    browser.setMarkdown("\n\n".join(message(n) for n in range(LONG_CHAT)))
    wait(3000)
    found["long"] = ticks.worst()

    wait(int(duration * 1000))
    found["idle"] = ticks.worst()
    assistant.close()
    return found


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> None:
    if sys.argv[1:] in (["ours"], ["bare"]):  # one side of the stall comparison, in its own process
        print(json.dumps(ours() if sys.argv[1] == "ours" else bare()))
        return
    print("load before:", load())
    xvfb, display = start_display()
    try:
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "ASSISTANT_HOME": home}
            # Bytecode cached, as in an installed app (pip compiles what it installs): without it each
            # launch compiled the window's modules again (0.14 s); the first launch of each side warms it.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
            launch([str(ASSISTANT)], "Assistant", env, settle=0.5)
            launch([sys.executable, "-c", BARE], "Bare", env, settle=0.2)
            launches: dict[str, list[tuple[float, float, float]]] = {"ours": [], "bare": []}
            for _ in range(5):  # alternating, so a busy moment on the machine falls on both sides
                launches["ours"].append(launch([str(ASSISTANT)], "Assistant", env, settle=3.0))
                launches["bare"].append(launch([sys.executable, "-c", BARE], "Bare", env, settle=1.0))
    finally:
        xvfb.terminate()
    stalls = {}
    for side in ("ours", "bare"):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSISTANT_HOME": home}
            run = subprocess.run([sys.executable, __file__, side], env=env, capture_output=True, text=True, check=True)
            stalls[side] = json.loads(run.stdout.strip().splitlines()[-1])
    print("load after: ", load())
    ours_v, bare_v = (sorted(v for v, _, _ in launches[s]) for s in ("ours", "bare"))
    print(f"{'':44}{'assistant':>16}{'bare PySide6':>16}  target")
    print(
        f"{'launch to visible window, median of 5 (s)':44}{statistics.median(ours_v):16.2f}"
        f"{statistics.median(bare_v):16.2f}  <= 0.5"
    )
    print(f"{'  range (s)':44}{f'{ours_v[0]:.2f}-{ours_v[-1]:.2f}':>16}{f'{bare_v[0]:.2f}-{bare_v[-1]:.2f}':>16}")
    print(
        f"{'  CPU used by then, median (s)':44}{statistics.median(c for _, c, _ in launches['ours']):16.2f}"
        f"{statistics.median(c for _, c, _ in launches['bare']):16.2f}"
    )
    print(
        f"{'memory in use, idle, model loaded (MB RSS)':44}"
        f"{statistics.median(r for _, _, r in launches['ours']):16.0f}"
        f"{statistics.median(r for _, _, r in launches['bare']):16.0f}"
    )
    print(f"{'longest UI stall while … (ms, gap / UI CPU)':44}{'assistant':>16}{'bare PySide6':>16}  target")
    for key, name in (
        ("stream", f"a {TOKENS}-token reply streams"),
        ("import", "1,000 memories are imported"),
        ("book", "a 20-chapter book is imported"),
        ("theme", f"the theme switches x{THEME_SWITCHES}, 40 messages"),
        ("long", f"a {LONG_CHAT}-message conversation opens"),
        ("idle", "nothing (the same loop idle)"),
    ):
        cells = [f"{stalls[s][key][0] * 1000:.1f} / {stalls[s][key][1] * 1000:.1f}" for s in ("ours", "bare")]
        print(f"{'  ' + name:44}{cells[0]:>16}{cells[1]:>16}  {'' if key == 'idle' else '<= 50'}")


if __name__ == "__main__":
    main()
