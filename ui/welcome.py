"""What an empty chat shows: what the assistant can do, as example prompts to click, and where the data
stays. A click puts the prompt in the message box (to send or change), so nothing happens unasked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .theme import appearance


class Welcome(QWidget):
    prompt_chosen = Signal(str)  # an example to put in the message box
    import_requested = Signal()

    def _restyle(self) -> None:
        # A style sheet is resolved when it is set, so it is set again in the new theme's colours.
        palette = appearance().app.palette()  # the widget's own palette follows a moment later
        role = QPalette.ColorRole
        sheet = (
            f"QPushButton {{ text-align: left; padding: 8px 12px; border-radius: 8px; "
            f"border: 1px solid {palette.color(role.Mid).name()}; "
            f"background: {palette.color(role.Base).name()}; color: {palette.color(role.Text).name()}; }}"
            f"QPushButton:hover {{ border-color: {palette.color(role.Highlight).name()}; }}"
        )
        for button in self.buttons:
            button.setStyleSheet(sheet)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("What can I help with?"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "I remember what you tell me, answer from it, remind you, read your notes and "
                "books, and listen when you hold the talk button."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # (what it shows, the prompt it puts in the box; "" for an action that is not a prompt)
        self.examples: list[tuple[str, str]] = [
            (self.tr("Remember a fact"), self.tr("Remember that my sister's birthday is on 12 May")),
            (self.tr("Ask about yourself"), self.tr("When is my sister's birthday?")),
            (self.tr("Set a reminder"), self.tr("Remind me on Friday at 9 to call the dentist")),
            (self.tr("Import a book or notes"), ""),
        ]
        files = self.tr("Text, Markdown or notes files…")
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, (heading, prompt) in enumerate(self.examples):
            shown = f"{heading}\n{prompt or files}"
            button = QPushButton(shown)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumHeight(64)
            if prompt:
                button.clicked.connect(lambda _=False, p=prompt: self.prompt_chosen.emit(p))
            else:
                button.clicked.connect(self.import_requested)
            grid.addWidget(button, n // 2, n % 2)
            self.buttons.append(button)

        talk = QLabel(
            self.tr(
                "Hold Ctrl+Space (or the Hold to talk button) and speak; let go to see what I heard before it is sent."
            )
        )
        talk.setWordWrap(True)
        talk.setAlignment(Qt.AlignmentFlag.AlignCenter)
        privacy = QLabel(
            self.tr(
                "Private: the model runs on this computer. Nothing you type or say leaves "
                "it, and you can see, correct or forget anything I remember (Memory tab)."
            )
        )
        privacy.setWordWrap(True)
        privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keys = QLabel(
            self.tr(
                "Enter sends · Shift+Enter new line · Ctrl+N new chat · Ctrl+K search · "
                "Esc stops a reply · F1 all shortcuts"
            )
        )
        keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keys.setWordWrap(True)
        self.privacy = privacy
        appearance().changed.connect(self._restyle)
        self._restyle()

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(talk)
        layout.addWidget(privacy)
        layout.addWidget(keys)
        layout.addStretch(2)
        layout.setContentsMargins(40, 10, 40, 10)
