"""The in-window banner for reminders: what fired, and what was missed while away, shown inside the window
itself, so a reminder is seen even where there is no tray and no notification service.

One item at a time, oldest first, with Snooze, Done and Dismiss; "+N more" says how many wait behind it.
Each firing appears once per window, however many ways it arrives (this process's worker, a worker
elsewhere, the missed-while-away list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .friendly_time import at

ICON = Path(__file__).parent / "resources" / "assistant.svg"


@dataclass(frozen=True)
class BannerItem:
    reminder_id: int
    task: str
    due: datetime | None
    missed: bool  # fell due while nothing ran, or was never shown: said so

    @property
    def key(self) -> tuple[int, str]:
        return self.reminder_id, self.due.isoformat() if self.due else ""


class ReminderBanner(QFrame):
    snooze_requested = Signal(int)  # reminder id: snooze by the default length
    done_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The mark sits on a light disc: drawn straight on the highlight colour (the mark's own blue) only
        # its two white dots showed (docs/screenshots, session 3).
        self.setStyleSheet(
            "#reminderBanner { background: palette(highlight); }"
            "#reminderBanner QLabel { color: palette(highlighted-text); }"
            "#reminderBanner QLabel#bannerMark { background: #ffffff; border-radius: 13px; padding: 3px; }"
        )
        # The app's own mark rather than a bell emoji: without a colour emoji font (as on many desktops)
        # the emoji showed as an empty box.
        self.icon = QLabel()
        self.icon.setObjectName("bannerMark")
        self.icon.setPixmap(QIcon(str(ICON)).pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.more = QLabel()
        self.snooze_button = QPushButton(self.tr("Snooze 10 min"))
        self.done_button = QPushButton(self.tr("Done"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.snooze_button.clicked.connect(lambda: self._answer(self.snooze_requested))
        self.done_button.clicked.connect(lambda: self._answer(self.done_requested))
        self.dismiss_button.clicked.connect(lambda: self._answer(None))
        row = QHBoxLayout(self)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.more)
        for button in (self.snooze_button, self.done_button, self.dismiss_button):
            row.addWidget(button)
        self.queue: list[BannerItem] = []
        self._seen: set[tuple[int, str]] = set()
        self.hide()

    def add(self, item: BannerItem) -> bool:
        """Queue a reminder to show; False when this firing was already shown in this window."""
        if item.key in self._seen:
            return False
        self._seen.add(item.key)
        self.queue.append(item)
        self._render()
        return True

    @property
    def current(self) -> BannerItem | None:
        return self.queue[0] if self.queue else None

    def _answer(self, signal: SignalInstance | None) -> None:
        if not self.queue:
            return
        item = self.queue.pop(0)
        if signal is not None:
            signal.emit(item.reminder_id)
        self._render()

    def _render(self) -> None:
        item = self.current
        if item is None:
            self.hide()
            return
        if item.missed and item.due is not None:
            self.text.setText(self.tr("Missed while away (due {0}): {1}").format(at(item.due), item.task))
        else:
            self.text.setText(self.tr("Reminder: {0}").format(item.task))
        waiting = len(self.queue) - 1
        self.more.setText(self.tr("+{0} more").format(waiting) if waiting else "")
        self.show()
