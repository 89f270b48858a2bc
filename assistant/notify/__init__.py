"""Notifications behind one small interface: log, terminal and freedesktop desktop backends."""

from .base import Notification, Notifier, NotifyError
from .console import ConsoleNotifier, LogNotifier
from .desktop import DesktopNotifier
from .dispatch import Dispatcher, QuietHours, default_notifiers

__all__ = [
    "ConsoleNotifier",
    "DesktopNotifier",
    "Dispatcher",
    "LogNotifier",
    "Notification",
    "Notifier",
    "NotifyError",
    "QuietHours",
    "default_notifiers",
]
