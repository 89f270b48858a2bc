"""Starting the window: one instance per data folder, translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assistant import config

from .main_window import MainWindow
from .single_instance import InstanceServer, ask_running_instance_to_show

TRANSLATIONS = Path(__file__).parent / "translations"


def install_translations(app: QApplication, locale: QLocale) -> None:
    """Qt's own strings and ours, in the system's language when we ship it (Simplified Chinese); dates and
    day names follow the same locale."""
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    if ours.load(locale, "assistant", "_", str(TRANSLATIONS)):
        app.installTranslator(ours)


def run_app(data_folder: Path, model_path: str | None = None) -> int:
    """The window over the data folder's assistant (the launcher names the folder, so the window needs
    nothing of the core before the core thread opens it)."""
    # The core's threads (embedding, importing, generating) share the interpreter with the window; a
    # shorter switch interval hands it back to the window sooner (bench/ui.py: import stall 13.7 -> 6.9 ms).
    sys.setswitchinterval(0.001)
    config.secure_process()  # everything the window writes is owner-only
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Assistant")
    app.setDesktopFileName("assistant")
    if ask_running_instance_to_show(data_folder):
        return 0
    install_translations(app, QLocale())
    app.setQuitOnLastWindowClosed(False)  # closing the window leaves the app in the tray
    window = MainWindow(model_path)
    server = InstanceServer(data_folder, window)
    server.show_requested.connect(window.bring_forward)
    if not window.tray.available:
        app.setQuitOnLastWindowClosed(True)  # no tray to live in: closing the window quits
    # The log starts on the core thread once the window is on screen, ahead of the core itself: importing
    # logging.handlers and its sockets cost a launch 20-50 ms before show().
    window.first_frame.connect(lambda: window.runner.run(_start_logging))
    window.show()
    return app.exec()


def _start_logging() -> None:
    from assistant.logs import setup_logging

    setup_logging()
