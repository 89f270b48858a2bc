"""The real `assistant` process opens its window on a real (virtual) X display."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import ASSISTANT_EXE

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (packaging/bootstrap.sh test installs them)",
)


@pytest.fixture
def display():
    number = 90 + os.getpid() % 100
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert time.time() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(5)


def test_assistant_opens_its_window(display: str, home: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "ASSISTANT_HOME": str(home), "QT_QPA_PLATFORM": "xcb"}
    started = time.perf_counter()
    app = subprocess.Popen([str(ASSISTANT_EXE)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Assistant$"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        seconds = time.perf_counter() - started
        assert found.returncode == 0 and found.stdout.strip(), app.stderr.read() if app.poll() is not None else ""
        assert seconds < 15
        assert app.poll() is None, "the app keeps running with its window open"
        deadline = time.time() + 15  # the log starts once the window is on screen
        while not (home / "assistant.log").exists():
            assert time.time() < deadline, "no log file once the window is up"
            time.sleep(0.1)
        # A second launch hands over to the first (which raises its window) and exits at once.
        second = subprocess.run([str(ASSISTANT_EXE)], env=env, capture_output=True, text=True, timeout=20)
        assert second.returncode == 0 and "Traceback" not in second.stderr
        windows = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Assistant$"], env=env, capture_output=True, text=True
        ).stdout.split()
        assert len(windows) == 1, "still exactly one window"
    finally:
        app.terminate()
        _, err = app.communicate(timeout=15)
    assert "Traceback" not in err
