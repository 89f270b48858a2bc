"""Reaching the window's core from a test as the window itself does: on the core thread."""

from __future__ import annotations


def on_core(qtbot, window, fn, timeout: int = 60000):
    """Run fn(assistant) on the window's core thread, behind whatever the window queued there, and return
    its result. The core's one SQLite connection is used by that thread only, as the window's own calls use
    it: a read from the test thread while a refresh ran crossed sqlite-utils' savepoints ("no such savepoint")."""
    box: list = []
    window.session.call(lambda a: fn(a), box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]
