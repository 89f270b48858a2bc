"""Settings: the model file (checked before it is used), context size, temperature, reply length."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from assistant.config import Settings


class SettingsDialog(QDialog):
    """Edits a copy of the settings; the window applies them off the UI thread and reports back
    through show_error() if the model file cannot be used."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.model_path = QLineEdit(settings.model_path or "")
        self.model_path.setPlaceholderText(self.tr("Bundled model (SmolLM2-135M, English)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        bundled = QPushButton(self.tr("Use bundled"))
        bundled.clicked.connect(self.model_path.clear)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_path, 1)
        model_row.addWidget(browse)
        model_row.addWidget(bundled)
        self.context_size = QSpinBox()
        self.context_size.setRange(256, 131072)
        self.context_size.setSingleStep(512)
        self.context_size.setValue(settings.context_size)
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(settings.temperature)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 32768)
        self.max_tokens.setValue(settings.max_tokens)
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
        form.addRow(self.error)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a GGUF model"), "",
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.model_path.setText(path)

    def chosen(self) -> Settings:
        return replace(self.original, model_path=self.model_path.text().strip() or None,
                       context_size=self.context_size.value(), temperature=round(self.temperature.value(), 2),
                       max_tokens=self.max_tokens.value())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
