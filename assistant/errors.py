"""Errors a user can cause, each carrying one line that says what is wrong and what to do.

They are raised anywhere in the core and caught once, at the edge (the CLI's main, a UI slot), where the
line is shown and the details go to the log file.
"""


class AssistantError(Exception):
    """A problem the user can understand and act on; str(err) is the one line shown to them."""

    exit_code = 1


class ModelError(AssistantError):
    """The model file is missing, corrupt, or of an architecture llama.cpp cannot run."""


class StorageError(AssistantError):
    """The data folder cannot be written: full disk, read-only folder, locked database."""


class NotFound(AssistantError):
    """A conversation, memory or reminder id that does not exist."""


class Interrupted(AssistantError):
    """The user stopped generation (Ctrl+C, Esc); what was produced so far is kept."""

    exit_code = 130
