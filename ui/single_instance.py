"""One running window per data folder: a second launch asks the first to come forward, then exits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(data_folder: Path) -> str:
    # Per data folder, so a test's or a second user's assistant is a different instance.
    return "assistant-" + hashlib.sha1(str(data_folder).encode()).hexdigest()[:12]


def ask_running_instance_to_show(data_folder: Path) -> bool:
    """True if another instance is running (and has been asked to raise its window)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_folder))
    if not socket.waitForConnected(500):
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    show_requested = Signal()

    def __init__(self, data_folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        QLocalServer.removeServer(server_name(data_folder))  # a stale socket left by a crashed instance
        self.server.newConnection.connect(self._connection)
        self.server.listen(server_name(data_folder))

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            self.server.nextPendingConnection().deleteLater()
            self.show_requested.emit()
