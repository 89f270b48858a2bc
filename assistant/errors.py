"""Errors a user can cause, each carrying one line that says what is wrong and what to do.

They are raised anywhere in the core and caught once, at the edge (the CLI's main, a UI slot), where the
line is shown and the details go to the log file.

The line is English (the CLI's and the log's language). A front end in another language words the error
itself from its `problem` (what kind of trouble it is) and `details` (the few facts worth repeating, such
as the file and line an import stopped at), rather than by matching the English text.
"""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    GENERAL = "general"  # any other problem: the front end says something went wrong, the log says what
    MODEL = "model"  # the language model cannot be loaded or used
    STORAGE = "storage"  # the data folder cannot be read or written
    DISK_FULL = "disk-full"
    BUSY = "busy"  # another process holds the data (a restore, a delete-all-data)
    NOT_FOUND = "not-found"  # a conversation, memory, reminder or book that no longer exists
    INTERRUPTED = "interrupted"
    IMPORT_REFUSED = "import-refused"  # details: file, and line when one line is at fault
    BOOK_REFUSED = "book-refused"  # details: file
    BACKUP = "backup"  # a backup cannot be made or restored; nothing was changed
    SETTING = "setting"  # a setting's value is refused; details: name
    REMINDER = "reminder"  # a reminder's time cannot be read
    TOO_LONG = "too-long"  # a message or memory over the limit
    EMPTY = "empty"  # nothing to remember, say or send
    VOICE = "voice"  # no microphone, no speech engine, a speech model missing
    NO_SPEECH = "no-speech"  # the microphone heard nothing


class AssistantError(Exception):
    """A problem the user can understand and act on; str(err) is the one line shown to them."""

    exit_code = 1
    problem = Problem.GENERAL

    def __init__(self, *args: object, problem: Problem | None = None, **details: str | int) -> None:
        super().__init__(*args)
        if problem is not None:
            self.problem = problem
        self.details = details


class ModelError(AssistantError):
    """The model file is missing, corrupt, or of an architecture llama.cpp cannot run."""

    problem = Problem.MODEL


class StorageError(AssistantError):
    """The data folder cannot be written: full disk, read-only folder, locked database."""

    problem = Problem.STORAGE


def disk_full(path: object) -> StorageError:
    """The one line for a full disk, whichever store ran out (SQLite, LanceDB, a file being written)."""
    return StorageError(f"the disk holding {path} is full: free some space and try again", problem=Problem.DISK_FULL)


class NotFound(AssistantError):
    """A conversation, memory or reminder id that does not exist."""

    problem = Problem.NOT_FOUND


class Interrupted(AssistantError):
    """The user stopped generation (Ctrl+C, Esc); what was produced so far is kept."""

    exit_code = 130
    problem = Problem.INTERRUPTED
