"""The Help menu's windows: the keyboard shortcuts, where the data lives, and About (versions, the model)."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # a plain name lupdate recognises, with the context spelled out


def shortcuts() -> list[tuple[str, str]]:
    return [
        ("Enter", translate("HelpDialogs", "Send the message")),
        ("Shift+Enter", translate("HelpDialogs", "New line in the message")),
        ("Esc", translate("HelpDialogs", "Stop the reply (and the speech)")),
        (translate("HelpDialogs", "Hold Ctrl+Space"), translate("HelpDialogs", "Talk: let go to see what was heard")),
        ("Ctrl+N", translate("HelpDialogs", "New chat")),
        ("Ctrl+K", translate("HelpDialogs", "Search all conversations")),
        ("Ctrl+L", translate("HelpDialogs", "Back to the message box")),
        ("Ctrl++ / Ctrl+-", translate("HelpDialogs", "Larger / smaller text")),
        ("Ctrl+0", translate("HelpDialogs", "Text at its usual size")),
        ("Ctrl+,", translate("HelpDialogs", "Settings")),
        ("F1", translate("HelpDialogs", "This list")),
        ("Ctrl+Q", translate("HelpDialogs", "Quit")),
    ]


def show_shortcuts(parent: QWidget) -> QMessageBox:
    rows = "".join(
        f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
        for keys, what in shortcuts()
    )
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("HelpDialogs", "Keyboard shortcuts"),
        f"<table>{rows}</table>",
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.open()
    return box


def show_data_folder(parent: QWidget, folder: str) -> QMessageBox:
    text = translate(
        "HelpDialogs",
        "Everything the assistant keeps — conversations, memories, reminders, tasks, "
        "settings and its log — is in one folder on this computer:",
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("HelpDialogs", "Where your data lives"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setInformativeText(
        folder
        + "\n\n"
        + translate(
            "HelpDialogs",
            "Nothing is sent anywhere. Back it up with File → Back up…; to keep it elsewhere, start the assistant "
            "with ASSISTANT_HOME set to another folder.",
        )
    )
    open_button = box.addButton(translate("HelpDialogs", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
    box.open()
    return box


def versions(model: str) -> list[tuple[str, str]]:
    # Imported when About opens: importlib.metadata is slow to import and the window is shown first.
    from importlib import metadata

    from assistant import __version__

    def installed(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return translate("HelpDialogs", "not installed")

    return [
        (translate("HelpDialogs", "Assistant"), __version__),
        (translate("HelpDialogs", "Model"), model or translate("HelpDialogs", "still loading")),
        ("llama-cpp-python", installed("llama-cpp-python")),
        ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
        ("Python", platform.python_version()),
    ]


def show_about(parent: QWidget, model: str) -> QMessageBox:
    rows = "".join(
        f"<tr><td>{html.escape(name)}&nbsp;&nbsp;&nbsp;</td><td>{html.escape(value)}</td></tr>"
        for name, value in versions(model)
    )
    name = translate("HelpDialogs", "Assistant")
    what = translate(
        "HelpDialogs",
        "A private assistant that runs on this computer: it remembers what you tell "
        "it, reminds you, reads your notes and books, and listens and speaks — "
        "without sending anything anywhere.",
    )
    licence = translate("HelpDialogs", "Licence: Apache-2.0")
    text = f"<h3>{html.escape(name)}</h3><p>{html.escape(what)}</p><table>{rows}</table><p>{html.escape(licence)}</p>"
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("HelpDialogs", "About Assistant"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.open()
    return box
