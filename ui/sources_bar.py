"""The sources of the reply shown: one chip per citation, numbered as in its text. A chip opens the memory
(where it came from, forget it) or, for a book passage, the passage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .friendly_time import friendly
from .memory_words import kind_label, one_line

CHIP_CHARS = 40


def cited(citation: Any, name: str) -> Any:
    """A citation's field, whether it arrives as the stored JSON dict or as the core's dataclass."""
    return citation.get(name) if isinstance(citation, dict) else getattr(citation, name, None)


class SourcesBar(QWidget):
    memory_requested = Signal(str)  # the id of the memory a chip stands for

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chips = QHBoxLayout(self)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(6)
        self.hide()

    def show_citations(self, citations: list[Any]) -> None:
        while (item := self.chips.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        if citations:
            self.chips.addWidget(QLabel(self.tr("Sources:")))
        for n, citation in enumerate(citations, 1):
            text = one_line(str(cited(citation, "text") or ""), CHIP_CHARS)
            chip = QPushButton(f"[{n}] {text}")
            place = cited(citation, "place")
            details = [friendly(cited(citation, "at")), kind_label(str(cited(citation, "kind") or ""))]
            chip.setToolTip(
                " · ".join([d for d in details if d] + ([place] if place else []))
                + "\n"
                + self.tr("Click to see it, where it came from, or forget it")
            )
            chip.setStyleSheet(
                "QPushButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px; }"
            )
            memory_id = str(cited(citation, "id"))
            chip.clicked.connect(lambda _=False, i=memory_id: self.memory_requested.emit(i))
            self.chips.addWidget(chip)
        self.chips.addStretch(1)
        self.setVisible(bool(citations))
