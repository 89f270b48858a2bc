"""The memories a reply cited, as chips numbered as in its text: click one to see it, where it came from,
and to forget it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from assistant.citation import Citation


class SourcesBar(QWidget):
    memory_requested = Signal(str)  # the id of the memory a chip stands for

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chips = QHBoxLayout(self)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_citations(self, cited: list[Citation]) -> None:
        while (item := self.chips.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for n, memory in enumerate(cited, 1):
            chip = QPushButton(f"[{n}] {memory.text[:40]}{'…' if len(memory.text) > 40 else ''}")
            chip.setToolTip(self.tr("{0} · {1}").format(memory.at[:10], memory.kind))
            chip.setFlat(True)
            chip.clicked.connect(lambda _=False, m=memory: self.memory_requested.emit(m.id))
            self.chips.addWidget(chip)
        self.chips.addStretch(1)
        self.setVisible(bool(cited))
