"""One data generation at a time: the lock that makes restore and delete-all-data one unit.

Every process that reads or writes the user's data (a CLI command, a chat turn, a worker job, a memory
write) holds the data folder's lock *shared* while it works; restore and delete-all-data hold it
*exclusive* from before they touch anything until the new generation is in place. So a write either
lands before the switch or waits for it and lands in the new generation, and nobody ever sees the
database from one generation beside the memory of another.

The lock is flock(2) on `data.lock` in the data folder: the kernel drops it when its process dies, even
under SIGKILL, so a crash never leaves the folder locked. Within a process it is re-entrant: a chat turn
holds it shared and the memory writes inside the turn take it again without a second system call.

Each switch also raises the generation number (the `generation` file), which long-lived processes (the
worker, the window) compare to notice that everything they cached is gone.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from . import config
from .errors import Problem, StorageError
from .safe_files import atomic_write

LOCK_NAME = "data.lock"
GENERATION_NAME = "generation"
# A restore of a year of notes or a long reply on a busy machine takes a minute or two; past this the
# folder is taken to be stuck rather than busy, and the command says so instead of hanging.
WAIT_SECONDS = 300.0
_POLL = 0.05


class Busy(StorageError):
    """The data folder stayed locked by a restore, delete-all-data or long write for too long."""

    problem = Problem.BUSY


def _flock(fd: int, mode: int, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES):
                raise
        if time.monotonic() >= deadline:
            raise Busy(
                f"the data folder stayed busy ({what}) for {timeout:.0f} s: wait for the other "
                "assistant command to finish, then try again"
            )
        time.sleep(_POLL)


class DataLock:
    """The data folder's shared/exclusive lock, one per folder per process (see `data_lock()`)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.path = home / LOCK_NAME
        self._cond = threading.Condition()
        self._shared = 0  # holders in this process
        self._owner: int | None = None  # the thread holding it exclusive
        self._depth = 0
        self._fd: int | None = None

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        return self._fd

    @contextlib.contextmanager
    def shared(self, timeout: float = WAIT_SECONDS) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:  # inside our own restore: it already excludes everyone
                self._depth += 1
                nested = True
            else:
                nested = False
                if not self._cond.wait_for(lambda: self._owner is None, timeout):
                    raise Busy("the data folder stayed busy with a restore for too long: try again")
                if self._shared == 0:
                    self._take_shared(timeout)
                self._shared += 1
        try:
            yield
        finally:
            with self._cond:
                if nested:
                    self._depth -= 1
                else:
                    self._shared -= 1
                    if self._shared == 0:
                        fcntl.flock(self._open(), fcntl.LOCK_UN)
                    self._cond.notify_all()

    def _take_shared(self, timeout: float) -> None:
        from . import recovery  # recovery uses this lock; imported late to keep the import graph one-way

        fd = self._open()
        while True:
            if recovery.pending(self.home):
                # A switch was cut short by a crash: finish it before anyone reads or writes.
                _flock(fd, fcntl.LOCK_EX, timeout, "finishing an interrupted restore")
                try:
                    recovery.roll_forward(self.home)
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            _flock(fd, fcntl.LOCK_SH, timeout, "a restore or delete-all-data is running")
            # Holding it shared proves no switch is running, so a journal seen now was left by a crash.
            if not recovery.pending(self.home):
                recovery.clean_stale(self.home)
                return
            fcntl.flock(fd, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def exclusive(self, timeout: float = WAIT_SECONDS) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                nested = True
            else:
                nested = False
                # Other threads of this process finish their writes first (the window's chat turn).
                if not self._cond.wait_for(lambda: self._owner is None and self._shared == 0, timeout):
                    raise Busy("another part of the assistant kept writing for too long: try again")
                _flock(self._open(), fcntl.LOCK_EX, timeout, "another assistant command is writing")
                self._owner = me
        try:
            yield
        finally:
            with self._cond:
                if nested:
                    self._depth -= 1
                else:
                    self._owner = None
                    fcntl.flock(self._open(), fcntl.LOCK_UN)
                    self._cond.notify_all()


_locks: dict[Path, DataLock] = {}
_locks_guard = threading.Lock()


def data_lock(home: Path | None = None) -> DataLock:
    home = (home or config.data_dir()).resolve()
    with _locks_guard:
        if home not in _locks:
            _locks[home] = DataLock(home)
        return _locks[home]


def shared(home: Path | None = None) -> contextlib.AbstractContextManager[None]:
    """Hold the data folder shared while reading or writing it (re-entrant)."""
    return data_lock(home).shared()


def exclusive(home: Path | None = None) -> contextlib.AbstractContextManager[None]:
    """Hold the data folder alone: for replacing or deleting a whole generation."""
    return data_lock(home).exclusive()


def current(home: Path | None = None) -> int:
    """The generation number: raised by every restore and delete-all-data (0 before the first)."""
    path = (home or config.data_dir()) / GENERATION_NAME
    try:
        return int(path.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


def advance(home: Path, to: int | None = None) -> int:
    """Record a new generation (idempotent when `to` is given: a rolled-forward journal names it)."""
    number = to if to is not None else current(home) + 1
    with atomic_write(home / GENERATION_NAME) as out:
        out.write(str(number).encode("ascii"))
    return number


def failpoint(step: str) -> None:
    """Die here, as a crash or SIGKILL would, when ASSISTANT_FAILPOINT names this step. Used by
    bench/faults.py and the tests to kill restore at each step, not only at random moments."""
    if os.environ.get("ASSISTANT_FAILPOINT") == step:
        os.kill(os.getpid(), 9)
