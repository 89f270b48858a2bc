"""One worker per data folder: an OS file lock that dies with its process, even under SIGKILL."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import filelock

from ..errors import AssistantError

LOCK_NAME = "worker.lock"


class WorkerRunning(AssistantError):
    """Another worker (the window's or `assistant worker`) already serves this data folder."""

    exit_code = 3  # distinct, so the systemd unit can tell "already running" from a failure worth a restart


class WorkerLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        # flock(2) underneath: the kernel drops it when the process dies, so a crash leaves no stale lock.
        self._lock = filelock.FileLock(str(self.path), timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except filelock.Timeout as e:
            holder = self._holder()
            who = f" (process {holder})" if holder else ""
            raise WorkerRunning(f"A worker is already running for {self.folder}{who}; only one may run.") from e
        (self.folder / "worker.pid").write_text(str(os.getpid()), encoding="utf-8")

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                (self.folder / "worker.pid").unlink()
            self._lock.release()

    def holder_alive(self) -> bool:
        """Whether the process that last took the lock is still alive: a cheap hint for messages, which a
        recycled pid can fool; the lock itself is the only real test."""
        holder = self._holder()
        if not holder or not holder.isdigit():
            return False
        try:
            os.kill(int(holder), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # alive, owned by someone else
        return True

    def _holder(self) -> str | None:
        try:
            return (self.folder / "worker.pid").read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def __enter__(self) -> WorkerLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
