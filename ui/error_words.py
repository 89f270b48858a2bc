"""A failed core call as one line in the window's language.

The core's errors carry an English line (the CLI's and the log's) and a `problem` saying what kind of
trouble it is (assistant/errors.py). An English window shows the core's line, which says exactly what is
wrong; a window in another language words the problem itself, with the few details the core passes on
(the file and line an import stopped at), and the English line goes to the log.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from .ui_language import chinese

translate = QCoreApplication.translate  # a plain name lupdate recognises, with the context spelled out


def _words(problem: str) -> str:
    """The line for each kind of problem (assistant.errors.Problem's values: the window does not import the
    core before it is shown)."""
    lines = {
        "model": translate("ErrorWords", "The language model cannot be used: choose another GGUF in the Model menu."),
        "storage": translate("ErrorWords", "Your data folder cannot be read or written. The log says why."),
        "disk-full": translate("ErrorWords", "The disk is full: free some space and try again. Nothing was changed."),
        "busy": translate("ErrorWords", "Your data is busy with a restore or a deletion. Try again in a moment."),
        "not-found": translate("ErrorWords", "That is no longer there: it was deleted or replaced."),
        "interrupted": translate("ErrorWords", "Stopped. What was written so far is kept."),
        "import-refused": translate("ErrorWords", "{file} cannot be imported. Nothing was imported."),
        "book-refused": translate("ErrorWords", "This file cannot be read as a book. Nothing was stored."),
        "backup": translate("ErrorWords", "The backup cannot be made or restored. Nothing was changed."),
        "setting": translate("ErrorWords", "That value cannot be used for this setting."),
        "reminder": translate("ErrorWords", "The reminder's time cannot be read: say a time still to come."),
        "too-long": translate("ErrorWords", "That is too long. Shorten it and try again."),
        "empty": translate("ErrorWords", "There is nothing there to use."),
        "voice": translate("ErrorWords", "Speech is not available: no microphone, speaker or speech model was found."),
        "no-speech": translate("ErrorWords", "No speech was heard. Is the microphone muted or too quiet?"),
    }
    other = translate("ErrorWords", "That did not work. The log says why (Help → Where my data lives).")
    return lines.get(problem, other)


def error_line(error: BaseException) -> str:
    """What the status bar says about `error`."""
    if not chinese():
        if isinstance(error, OSError) and error.strerror:  # "Permission denied", not "[Errno 13] …"
            return error.strerror
        return str(error) or type(error).__name__
    problem = str(getattr(error, "problem", "general"))
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        problem = "disk-full"
    details = getattr(error, "details", {})
    if problem == "import-refused" and "line" in details:
        return translate("ErrorWords", "{file}, line {line}, cannot be imported. Nothing was imported.").format(
            **details
        )
    if problem == "import-refused" and "file" not in details:
        return translate("ErrorWords", "This file cannot be imported. Nothing was imported.")
    return _words(problem).format(**details)
