"""Reading and writing the user's Settings (defined in config) in the settings table."""

from __future__ import annotations

import sqlite_utils

from .config import Settings
from .db import storage_errors


def load_settings(db: sqlite_utils.Database) -> Settings:
    return Settings.from_rows({row["key"]: row["value"] for row in db["settings"].rows})


def save_settings(db: sqlite_utils.Database, settings: Settings) -> None:
    with storage_errors("the settings"), db.conn:
        db["settings"].upsert_all(
            [{"key": k, "value": v} for k, v in settings.to_rows().items()], pk="key"
        )
