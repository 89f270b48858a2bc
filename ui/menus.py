"""The menu bar: File (import, export, back up, restore), View (theme, text size), Model (what is loaded,
choose a GGUF) and Help (shortcuts, where the data lives, About).

Everything that touches the disk or the model runs on the core thread; the window only asks for a path
and shows one line when it is done.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .friendly_time import friendly
from .theme import Theme, appearance

if TYPE_CHECKING:
    from .main_window import MainWindow


def _backup(path: str) -> Any:
    from assistant.backup import backup

    return backup(Path(path))


def _manifest(path: str) -> Any:
    from assistant.backup import read_manifest

    return read_manifest(Path(path))


def _restore(path: str) -> None:
    from assistant.backup import restore

    restore(Path(path))


def _export_all(folder: str) -> dict[str, int]:
    from assistant.backup import export_all

    return export_all(Path(folder))


def _help() -> Any:
    from . import help_dialogs  # on first use: the window is shown without it

    return help_dialogs


def _data_folder() -> str:
    from assistant import config

    return str(config.data_dir())


class Menus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.model_name = ""
        bar = window.menuBar()

        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.tr("New chat"), QKeySequence.StandardKey.New, window.chat.new_chat)
        file.addSeparator()
        file.addAction(
            self.tr("Import into memory…"), QKeySequence.StandardKey.Open, lambda: window.memory.panel.choose_import()
        )
        file.addAction(self.tr("Export memories…"), lambda: window.memory.panel.choose_export())
        file.addAction(self.tr("Export everything…"), self.export_everything)
        file.addSeparator()
        file.addAction(self.tr("Back up…"), self.back_up)
        file.addAction(self.tr("Restore from a backup…"), self.restore)
        file.addSeparator()
        file.addAction(
            self.tr("Settings…"), QKeySequence.StandardKey.Preferences, lambda: window.settings.open_dialog()
        )
        file.addSeparator()
        file.addAction(self.tr("Quit"), QKeySequence.StandardKey.Quit, window.quit)

        view = bar.addMenu(self.tr("&View"))
        themes = view.addMenu(self.tr("Theme"))
        group = QActionGroup(self)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme, label in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            action = themes.addAction(label)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            self.theme_actions[theme] = action
        self.theme_actions[appearance().theme].setChecked(True)
        view.addSeparator()
        self.zoom_in = view.addAction(self.tr("Larger text"), lambda: self.zoom(1))
        self.zoom_in.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = view.addAction(self.tr("Smaller text"), lambda: self.zoom(-1))
        self.zoom_out.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_reset = view.addAction(self.tr("Usual text size"), QKeySequence("Ctrl+0"), lambda: self.zoom(0))

        model = bar.addMenu(self.tr("&Model"))
        self.loaded = model.addAction(self.tr("Loading the model…"))
        self.loaded.setEnabled(False)
        model.addSeparator()
        model.addAction(self.tr("Choose a GGUF model file…"), self.choose_model)
        model.addAction(self.tr("Use the bundled model"), lambda: self.use_model(None))
        model.addAction(self.tr("Reply length, temperature…"), lambda: window.settings.open_dialog())

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self.tr("Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents, lambda: _help().show_shortcuts(window)
        )
        help_menu.addAction(self.tr("Where my data lives"), self.show_data_folder)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("About Assistant"), lambda: _help().show_about(window, self.model_name))

        # The welcome screen's "Import a book or notes" does what File → Import does.
        window.chat.panel.welcome.import_requested.connect(lambda: window.memory.panel.choose_import())
        QShortcut(QKeySequence("Ctrl+L"), window, window.chat.panel.input.setFocus)

    # The model -----------------------------------------------------------------------------------------

    def show_model(self, name: str) -> None:
        self.model_name = name
        self.loaded.setText(self.tr("Loaded: {0}").format(name))

    def choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Choose a GGUF model"), "", self.tr("GGUF models (*.gguf);;All files (*)")
        )
        if path:
            self.use_model(path)

    def use_model(self, path: str | None) -> None:
        if self.session.assistant is None:
            self.session.status(self.tr("Still starting up; choose the model once it has loaded."))
            return
        self.window.settings.apply({"model_path": path})

    # View: theme and text size, saved with the settings ------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        appearance().set_theme(theme)
        self.theme_actions[theme].setChecked(True)
        self.save_view()

    def zoom(self, steps: int) -> None:
        appearance().zoom(steps)
        self.session.status(self.tr("Text size {0} pt").format(appearance().point_size))
        self.save_view()

    def show_saved_view(self, settings: Any) -> None:
        """The theme and size saved last time, once the settings have been read (on the core thread)."""
        known = {t.value for t in Theme}
        appearance().set_theme(settings.theme if settings.theme in known else Theme.SYSTEM)
        appearance().set_font_size(settings.font_size if isinstance(settings.font_size, int) else None)
        self.theme_actions[appearance().theme].setChecked(True)

    def save_view(self) -> None:
        look = appearance()
        theme, size = look.theme.value, look.font_size
        self.session.call(lambda a: a.settings.update(theme=theme, font_size=size))

    # File: backup, restore, export ---------------------------------------------------------------------

    def back_up(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up to"),
            f"assistant-backup-{date.today().isoformat()}.zip",
            self.tr("Backups (*.zip)"),
        )
        if not path:
            return
        self.session.status(self.tr("Backing up…"))
        self.session.runner.run(
            lambda: _backup(path),
            lambda m: self.session.status(
                self.tr("Backed up {0} conversations and {1} memories to {2}").format(m.conversations, m.memories, path)
            ),
            self.session.failed,
        )

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), "", self.tr("Backups (*.zip);;All files (*)")
        )
        if path:
            self.session.runner.run(
                lambda: _manifest(path), lambda m: self._confirm_restore(path, m), self.session.failed
            )

    def _confirm_restore(self, path: str, manifest: Any) -> None:
        answer = QMessageBox.warning(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything now in the assistant with the backup made {0} ({1} conversations, "
                "{2} memories)? What is here now is lost unless you have backed it up."
            ).format(friendly(manifest.created), manifest.conversations, manifest.memories),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.replace_data(
                lambda _assistant: _restore(path),
                self.tr("Restoring the backup…"),
                self.tr("Restored {0} conversations and {1} memories.").format(
                    manifest.conversations, manifest.memories
                ),
            )

    def export_everything(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export everything into a folder"))
        if not folder:
            return
        self.session.runner.run(
            lambda: _export_all(folder),
            lambda counts: self.session.status(
                self.tr("Exported {0} conversations, {1} memories and {2} reminders to {3}").format(
                    counts["conversations"], counts["memories"], counts["reminders"], folder
                )
            ),
            self.session.failed,
        )

    def show_data_folder(self) -> None:
        self.session.runner.run(_data_folder, lambda folder: _help().show_data_folder(self.window, folder))
