"""Tabs whose pages are built the first time they are opened or asked for.

The window shows itself with the chat alone built: importing and building the other panels (Reminders,
Tasks, Memory, Library) before `show()` cost a launch about 0.3 s (bench/ui.py). Until then each of
those tabs holds an empty page; its builder runs when the tab is opened or when code asks for the
panel, and the real page takes the empty one's place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QTabWidget):
    page_shown = Signal(int)  # as currentChanged, once the page at that index is built

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._builders: dict[QWidget, Callable[[], object]] = {}  # empty page -> what builds its panel
        self.currentChanged.connect(self._opened)

    def add_lazy(self, label: str, build: Callable[[], object]) -> None:
        """A tab whose page `build()` makes (and puts in place with `fill`) when it is first needed."""
        page = QWidget()
        self._builders[page] = build
        self.addTab(page, label)

    def fill(self, index: int, panel: QWidget) -> None:
        """The built panel takes the empty page's place at `index`, staying the current tab if it was."""
        page = self.widget(index)
        if page is None or page not in self._builders:
            return  # built already
        current = self.currentIndex() == index
        label = self.tabText(index)
        blocked = self.blockSignals(True)  # the tab shown does not change: nobody needs telling
        try:
            self.removeTab(index)
            self.insertTab(index, panel, label)
            if current:
                self.setCurrentIndex(index)
        finally:
            self.blockSignals(blocked)
        del self._builders[page]
        page.deleteLater()

    def _opened(self, index: int) -> None:
        page = self.widget(index)
        build = self._builders.get(page) if page is not None else None
        if build is not None:
            build()
        self.page_shown.emit(index)
