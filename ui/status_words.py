"""Reminder and task statuses as words in the UI's language ("fired" is the store's word, not the user's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a plain name lupdate recognises, with the context spelled out


def reminder_status(status: str) -> str:
    words = {
        "scheduled": translate("StatusWords", "Scheduled"),
        "fired": translate("StatusWords", "Went off"),
        "done": translate("StatusWords", "Done"),
        "cancelled": translate("StatusWords", "Cancelled"),
    }
    return words.get(status, status)


def task_status(status: str) -> str:
    words = {
        "queued": translate("StatusWords", "Waiting"),
        "running": translate("StatusWords", "Writing"),
        "done": translate("StatusWords", "Done"),
        "failed": translate("StatusWords", "Failed"),
        "cancelled": translate("StatusWords", "Cancelled"),
    }
    return words.get(status, status)
