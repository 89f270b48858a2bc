"""A chat turn is all or nothing from the user's view. A turn that fails after storing part of itself
(the memory written, then the disk full before the conversation could be) takes back what it stored,
so an error line never hides a change; what cannot be taken back is named in that line."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import AssistantError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Undo:
    """One stored part of a turn and how to remove it again."""

    stays: str  # the error line's words if it stays: 'the memory “my cat is called Tom” is still stored'
    run: Callable[[], object] | None  # None: it cannot be undone (a forgotten memory is gone)


def take_back(error: BaseException, undos: Sequence[Undo]) -> None:
    """Run the undos, newest first, after `error` stopped the turn. Each runs even when another fails
    (on a full disk a delete can fail too); what stays is added to the error's line."""
    kept = []
    for undo in reversed(undos):
        try:
            if undo.run is None:
                kept.append(undo.stays)
            else:
                undo.run()
        except Exception:
            log.warning("could not take back part of a failed turn", exc_info=True)
            kept.append(undo.stays)
    if kept and isinstance(error, AssistantError):
        error.args = (f"{error} ({'; '.join(kept)})",)
