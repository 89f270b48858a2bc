"""The tray icon: open, new chat, pause notifications, quit; and where notifications appear."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    open_requested = Signal()
    new_chat_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None):
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Assistant"))
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open"), self.open_requested.emit)
        self.menu.addAction(self.tr("New chat"), self.new_chat_requested.emit)
        self.pause = QAction(self.tr("Pause notifications"), self.menu)
        self.pause.setCheckable(True)
        self.menu.addAction(self.pause)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        if self.available:
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    @property
    def paused(self) -> bool:
        return self.pause.isChecked()

    def notify(self, title: str, text: str) -> bool:
        """Show a notification unless paused or there is no tray; False when it was not shown."""
        if self.paused or not self.available:
            return False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)
        return True
