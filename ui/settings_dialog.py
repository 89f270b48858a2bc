"""Settings: the model file (checked before it is used), context size, temperature, reply length, voice,
briefing and quiet hours. Ranges, suggestions and tooltips come from each setting's declaration
(assistant/settings.py), so the dialog accepts what the command line accepts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .theme import Theme

if TYPE_CHECKING:
    from assistant.settings import Settings, Spec


def spec(name: str) -> Spec:
    # Imported when the dialog opens, not with the window: assistant.settings brings sqlite-utils and
    # numpy (0.57 s of a 1.3 s launch, bench/ui.py), and the dialog only opens once the core is up.
    from assistant.settings import spec as declared

    return declared(name)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; the window applies them off the UI thread and reports back
    through show_error() if the model file cannot be used."""

    delete_all_requested = Signal()

    def __init__(self, settings: Settings, data_folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.model_path = QLineEdit(settings.model_path or "")
        self.model_path.setPlaceholderText(self.tr("Bundled model (SmolLM2-135M, English)"))
        # Wide enough to say which model is in use: at its default width it read "Bundled model (S…".
        placeholder = self.model_path.fontMetrics().horizontalAdvance(self.model_path.placeholderText())
        self.model_path.setMinimumWidth(placeholder + 24)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        bundled = QPushButton(self.tr("Use bundled"))
        bundled.clicked.connect(self.model_path.clear)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_path, 1)
        model_row.addWidget(browse)
        model_row.addWidget(bundled)
        self.context_size = _int_box("context_size", settings.context_size, step=512)
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(*_bounds("temperature"))
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(settings.temperature)
        self.temperature.setToolTip(spec("temperature").help)
        self.max_tokens = _int_box("max_tokens", 1)
        self.max_tokens.setMinimum(0)  # 0 is shown as the special text and saved as None: the model's length
        self.max_tokens.setSpecialValueText(self.tr("The model's own"))
        self.max_tokens.setValue(settings.max_tokens or 0)
        self.whisper_model = QComboBox()
        self.whisper_model.setEditable(True)  # or the path of any CTranslate2 Whisper folder
        self.whisper_model.addItems(list(spec("whisper_model").choices))
        self.whisper_model.setCurrentText(settings.whisper_model)
        self.whisper_model.setToolTip(spec("whisper_model").help)
        self.voice_language = QComboBox()
        for code, label in ((None, self.tr("Detect")), ("en", "English"), ("zh", "中文")):
            self.voice_language.addItem(label, code)
        self.voice_language.setCurrentIndex(max(0, self.voice_language.findData(settings.voice_language)))
        self.speak_replies = QCheckBox(self.tr("Speak replies aloud"))
        self.speak_replies.setChecked(settings.speak_replies)
        self.briefing_time = QLineEdit(settings.briefing_time or "")
        self.briefing_time.setPlaceholderText(self.tr("e.g. 07:30 (empty: no briefing)"))
        self.quiet_hours = QLineEdit(settings.quiet_hours or "")
        self.quiet_hours.setPlaceholderText(self.tr("e.g. 22:00-07:00 (empty: never quiet)"))
        self.theme = QComboBox()
        for theme, label in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, theme.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        size = spec("font_size")
        self.smallest = int(size.low or 8)
        self.font_size = QSpinBox()
        self.font_size.setRange(self.smallest - 1, int(size.high or 28))  # the lowest stands for "the system's"
        self.font_size.setSpecialValueText(self.tr("System"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.font_size or self.smallest - 1)
        self.data_folder = data_folder
        folder = QLabel(data_folder)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setToolTip(
            self.tr("To keep your data elsewhere, start the assistant with ASSISTANT_HOME set to another folder.")
        )
        self.delete_button = QPushButton(self.tr("Delete all my data…"))
        self.delete_button.clicked.connect(self._confirm_delete)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Model file"), model_row)
        form.addRow(self.tr("Context size (tokens)"), self.context_size)
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Longest reply (tokens)"), self.max_tokens)
        form.addRow(self.tr("Speech recognition model"), self.whisper_model)
        form.addRow(self.tr("Spoken language"), self.voice_language)
        form.addRow("", self.speak_replies)
        form.addRow(self.tr("Morning briefing at"), self.briefing_time)
        form.addRow(self.tr("Quiet hours"), self.quiet_hours)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), self.font_size)
        form.addRow(self.tr("Data folder"), folder)
        form.addRow("", self.delete_button)
        form.addRow(self.error)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a GGUF model"), "", self.tr("GGUF models (*.gguf);;All files (*)")
        )
        if path:
            self.model_path.setText(path)

    def chosen(self) -> dict[str, Any]:
        """What the dialog holds, as changes for `Assistant.settings.update()` (which checks them)."""
        size = self.font_size.value()
        return {
            "model_path": self.model_path.text().strip() or None,
            "context_size": self.context_size.value(),
            "temperature": round(self.temperature.value(), 2),
            "max_tokens": self.max_tokens.value() or None,
            "whisper_model": self.whisper_model.currentText().strip() or "base",
            "voice_language": self.voice_language.currentData(),
            "speak_replies": self.speak_replies.isChecked(),
            "briefing_time": self.briefing_time.text().strip() or None,
            "quiet_hours": self.quiet_hours.text().strip() or None,
            "theme": self.theme.currentData(),
            "font_size": None if size < self.smallest else size,
        }

    def _confirm_delete(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Delete all my data"),
            self.tr(
                "Delete every conversation, memory (with its search indexes), reminder, task and setting "
                "in {0}? This cannot be undone."
            ).format(self.data_folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_all_requested.emit()
            self.reject()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _bounds(name: str) -> tuple[float, float]:
    s = spec(name)
    assert s.low is not None and s.high is not None, f"{name} is declared without bounds"
    return s.low, s.high


def _int_box(name: str, value: int, step: int = 1) -> QSpinBox:
    low, high = _bounds(name)
    box = QSpinBox()
    box.setRange(int(low), int(high))
    box.setSingleStep(step)
    box.setValue(value)
    box.setToolTip(spec(name).help)
    return box
