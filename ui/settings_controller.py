"""Settings: the dialog opens on the settings in use; what it chooses is checked and applied by the door on
the core thread, so a model file that will not load leaves everything as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from .core_session import CoreSession
from .error_words import error_line
from .settings_dialog import SettingsDialog
from .voice_input import VoiceInput

if TYPE_CHECKING:
    from assistant.assistant import Assistant


class SettingsController(QObject):
    applied = Signal(object)  # Settings, or the exception that refused them
    delete_all_requested = Signal()

    def __init__(self, session: CoreSession, voice: VoiceInput, window: QWidget):
        super().__init__(window)
        self.session = session
        self.voice = voice
        self.window = window  # the dialog's parent

    def open_dialog(self) -> SettingsDialog | None:
        assistant = self.session.assistant
        if assistant is None:
            self.session.status(self.tr("Still starting up; settings open once the data folder is ready."))
            return None
        dialog = SettingsDialog(assistant.settings.current, str(assistant.data_folder), self.window)
        dialog.accepted.connect(lambda: self.apply(dialog.chosen()))
        dialog.delete_all_requested.connect(self.delete_all_requested)
        dialog.open()
        return dialog

    def apply(self, changes: dict[str, Any]) -> None:
        self.session.status(self.tr("Applying settings…"))

        def done(model_name: str) -> None:
            assistant = self.session.assistant
            if assistant is None:
                return
            new = assistant.settings.current
            self.voice.model, self.voice.language = new.whisper_model, new.voice_language
            self.session.status(self.tr("Settings saved — {0}").format(model_name))
            self.applied.emit(new)

        def refused(error: BaseException) -> None:
            self.session.status(self.tr("Settings not changed: {0}").format(error_line(error)))
            self.applied.emit(error)

        def apply(a: Assistant) -> str:
            a.settings.update(**changes)
            # Read here, not in done(): engine() takes the engine's lock and may load the model.
            return a.engine().name

        self.session.call(apply, done, refused)
