"""Logging to a file in the data folder, so the console stays clean and details are kept for later."""

from __future__ import annotations

import logging
import os

from . import config

_configured = False
# The debug switch: with ASSISTANT_LOG_USER_TEXT=1 the log shows what the user said and what the model
# replied (for reporting a bug); without it, only lengths. The log is kept for weeks and may be attached
# to a bug report, so by default it holds no private words.
USER_TEXT_SWITCH = "ASSISTANT_LOG_USER_TEXT"


def private(text: object) -> str:
    """How user text (a message, a reply, a reminder, an error that quotes them) appears in the log."""
    value = str(text)
    if os.environ.get(USER_TEXT_SWITCH) == "1":
        return repr(value[:500])
    return f"<{len(value)} chars>"


def setup_logging(level: int = logging.INFO) -> None:
    # Imported here: logging.handlers brings sockets and pickle (20-50 ms), which the window, importing
    # private() before it is shown, does not need.
    import logging.handlers

    global _configured
    if _configured:
        return
    _configured = True
    # A log record that cannot be written (full disk) must not print a traceback to the user.
    logging.raiseExceptions = False
    root = logging.getLogger()
    root.setLevel(level)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            config.log_path(), maxBytes=2_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        # A read-only or full data folder must not stop the app; the real error surfaces on first write.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
