"""Notification backends, each tested up to the operating system's edge.

The desktop backend talks real D-Bus to a private dbus-daemon; the only stand-in is the notification
daemon itself (a tiny org.freedesktop.Notifications service on that bus), since no desktop runs here.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime, time

import pytest
from jeepney import HeaderFields, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from assistant.notify import (
    ConsoleNotifier,
    DesktopNotifier,
    Dispatcher,
    LogNotifier,
    Notification,
    NotifyError,
    QuietHours,
)
from assistant.notify.desktop import system_program_env
from tests.notify.recorder import Recorder

NOTE = Notification(title="Reminder", body="water the ferns")


def test_console_prints_one_line() -> None:
    stream = io.StringIO()
    ConsoleNotifier(stream).send(
        Notification(title="Reminder", body="call Ana", late=True, due=datetime(2026, 3, 3, 7, 15))
    )
    out = stream.getvalue()
    assert out.count("\n") == 1 and "Reminder: call Ana" in out and "late" in out and "07:15" in out


def test_log_backend_records_the_firing_but_not_its_words(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASSISTANT_LOG_USER_TEXT", raising=False)
    with caplog.at_level(logging.INFO, logger="assistant.notify"):
        LogNotifier().send(NOTE)
    assert "notification" in caplog.text and "water the ferns" not in caplog.text  # issue 18: no user text
    caplog.clear()
    monkeypatch.setenv("ASSISTANT_LOG_USER_TEXT", "1")  # the documented debug switch
    with caplog.at_level(logging.INFO, logger="assistant.notify"):
        LogNotifier().send(NOTE)
    assert "water the ferns" in caplog.text


def test_quiet_hours_hold_back_intrusive_backends_only() -> None:
    popup, stream = Recorder("popup", intrusive=True), io.StringIO()
    quiet = QuietHours(time(22), time(7))
    at_night = Dispatcher([popup, ConsoleNotifier(stream)], quiet, clock=lambda: datetime(2026, 3, 2, 23, 30))
    assert at_night.send(NOTE) == ["console"] and popup.sent == []
    assert at_night.send(Notification(title="Reminder", body="pills", urgency="critical")) == ["popup", "console"]
    by_day = Dispatcher([popup], quiet, clock=lambda: datetime(2026, 3, 2, 12, 0))
    assert by_day.send(NOTE) == ["popup"]
    assert not QuietHours(time(9), time(9)).contains(time(9))
    assert QuietHours(time(13), time(14)).contains(time(13, 30))


def test_a_failing_backend_does_not_stop_the_others() -> None:
    class Broken:
        name, intrusive = "broken", True

        def available(self) -> bool:
            return True

        def send(self, note: Notification) -> None:
            raise NotifyError("no display")

    stream = io.StringIO()
    assert Dispatcher([Broken(), ConsoleNotifier(stream)]).send(NOTE) == ["console"]
    assert "water the ferns" in stream.getvalue()


# --- the desktop backend over a real (private) session bus --------------------------------------------

needs_dbus = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed")


@pytest.fixture
def session_bus() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"], stdout=subprocess.PIPE, text=True
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)


class FakeNotificationDaemon:
    """The desktop's notification daemon, the one part that cannot exist here: it owns the name and
    answers Notify with an id, keeping what it was sent."""

    def __init__(self, address: str) -> None:
        self.conn = open_dbus_connection(bus=address)
        self.conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"), timeout=5)
        self.received: list[tuple] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            except Exception:
                return
            if (
                msg.header.message_type == MessageType.method_call
                and msg.header.fields.get(HeaderFields.member) == "Notify"
            ):
                self.received.append(msg.body)
                self.conn.send(new_method_return(msg, "u", (len(self.received),)))

    def close(self) -> None:
        self._stop.set()
        self.thread.join(timeout=2)
        self.conn.close()


@needs_dbus
def test_desktop_notification_reaches_the_daemon(session_bus: str) -> None:
    daemon = FakeNotificationDaemon(session_bus)
    try:
        backend = DesktopNotifier(bus=session_bus)
        assert backend.available()
        backend.send(Notification(title="Reminder", body="put the bins out", urgency="critical", late=True))
        app, replaces, icon, summary, body, actions, hints, timeout = daemon.received[0]
        assert (app, summary, body) == ("Assistant", "Reminder", "put the bins out (late)")
        assert hints["urgency"] == ("y", 2) and timeout == -1 and actions == []
    finally:
        daemon.close()


@needs_dbus
def test_desktop_backend_without_a_daemon(session_bus: str) -> None:
    backend = DesktopNotifier(bus=session_bus)
    assert not backend.available()
    with pytest.raises(NotifyError):
        backend.send(NOTE)  # the bus answers "no such service": a clear failure, not a hang


def test_desktop_backend_without_a_bus() -> None:
    backend = DesktopNotifier(bus="unix:path=/nonexistent/bus")
    assert not backend.available()
    with pytest.raises(NotifyError):
        backend.send(NOTE)


def test_notify_send_from_the_bundle_loads_the_systems_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    # In the PyInstaller bundle LD_LIBRARY_PATH starts with the bundle's folder; the user's value is kept aside.
    assert system_program_env() is None  # not frozen: the environment is passed on as it is
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/assistant/_internal:/home/me/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/home/me/lib")
    env = system_program_env()
    assert env is not None and env["LD_LIBRARY_PATH"] == "/home/me/lib" and "LD_LIBRARY_PATH_ORIG" not in env
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/assistant/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    env = system_program_env()
    assert env is not None and "LD_LIBRARY_PATH" not in env and env["PATH"] == os.environ["PATH"]
