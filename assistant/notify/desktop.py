"""Freedesktop desktop notifications, sent over the session D-Bus with jeepney (pure Python).

Only the notification service (the desktop's daemon) is outside this module; tests replace exactly that
with a stand-in service on a private bus. Where jeepney cannot reach a bus, `notify-send` is used if present.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from .base import Notification, NotifyError

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
ADDRESS = DBusAddress("/org/freedesktop/Notifications", bus_name=SERVICE, interface=SERVICE)
URGENCY = {"low": 0, "normal": 1, "critical": 2}
TIMEOUT_S = 2.0
APP_NAME = "Assistant"


class DesktopNotifier:
    name = "desktop"
    intrusive = True

    def __init__(self, bus: str = "SESSION", app_name: str = APP_NAME, icon: str = "appointment-soon") -> None:
        self.bus = bus
        self.app_name = app_name
        self.icon = icon

    def available(self) -> bool:
        """True when a notification service owns its name on the bus (or could be started by it)."""
        if self.bus == "SESSION" and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return shutil.which("notify-send") is not None and bool(
                os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            )
        try:
            with open_dbus_connection(bus=self.bus) as conn:
                (owned,) = conn.send_and_get_reply(message_bus.NameHasOwner(SERVICE), timeout=TIMEOUT_S).body
                if owned:
                    return True
                (names,) = conn.send_and_get_reply(message_bus.ListActivatableNames(), timeout=TIMEOUT_S).body
                return SERVICE in names
        except Exception as e:  # no bus, refused, timed out: simply not available here
            log.debug("no desktop notifications: %s", e)
            return False

    def send(self, note: Notification) -> None:
        hints = {"urgency": ("y", URGENCY.get(note.urgency, 1)), "category": ("s", "x-assistant.reminder")}
        body = note.body + (" (late)" if note.late else "")
        call = new_method_call(
            ADDRESS, "Notify", "susssasa{sv}i", (self.app_name, 0, self.icon, note.title, body, [], hints, -1)
        )
        try:
            with open_dbus_connection(bus=self.bus) as conn:
                reply = conn.send_and_get_reply(call, timeout=TIMEOUT_S)
        except Exception as e:
            if self.bus == "SESSION" and shutil.which("notify-send"):
                self._notify_send(note.title, body, note.urgency)
                return
            raise NotifyError(f"desktop notification failed: {e}") from e
        if reply.header.message_type.name == "error":
            raise NotifyError(f"desktop notification refused: {reply.body}")

    def _notify_send(self, title: str, body: str, urgency: str) -> None:
        result = subprocess.run(
            ["notify-send", "-a", self.app_name, "-u", urgency, "-i", self.icon, title, body],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S * 2,
            env=system_program_env(),
        )
        if result.returncode != 0:
            raise NotifyError(f"notify-send failed: {result.stderr.strip()}")


def system_program_env() -> dict[str, str] | None:
    """The environment for running a program of the system's, or None for our own unchanged.

    The PyInstaller bundle (packaging/build.sh) puts its own libraries first on LD_LIBRARY_PATH, its glib
    among them; notify-send must load the system's, so it gets the user's value back (which PyInstaller
    keeps as LD_LIBRARY_PATH_ORIG, or none when there was none).
    """
    if not getattr(sys, "frozen", False):
        return None
    env = dict(os.environ)
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        env.pop("LD_LIBRARY_PATH", None)
    else:
        env["LD_LIBRARY_PATH"] = original
    return env
