"""Noticing, in the window, that a restore or delete-all-data (from the command line, say) replaced the
data: the panels then read everything again instead of showing what is gone."""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from assistant import config, generation


class GenerationWatch(QObject):
    """Emits `replaced` when the data folder's generation number changes. The folder is watched, not
    polled: the number is renamed into place, which changes the folder's entries."""

    replaced = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.home = config.data_dir()
        self.seen = generation.current(self.home)
        self._watcher = QFileSystemWatcher([str(self.home)], self)
        self._watcher.directoryChanged.connect(self.check)

    def check(self, *_: object) -> None:
        number = generation.current(self.home)  # a few bytes from a local file
        if number != self.seen:
            self.seen = number
            self.replaced.emit(number)
