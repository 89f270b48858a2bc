"""Logging to a file in the data folder, so the console stays clean and details are kept for later."""

from __future__ import annotations

import logging
import logging.handlers

from . import config

_configured = False


def setup_logging(level: int = logging.INFO) -> None:
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
