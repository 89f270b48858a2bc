"""For a process that wants reminders but found the worker running elsewhere (the window beside
`assistant worker`): every few seconds, pass on the firings the other process records, and the moment it
stops, take the worker over here, so there is always one scheduler and an open window always sees what
fired (even with no tray or notification service).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import filelock

from .. import config
from ..db import open_db
from ..reminders.missed import firings_after, last_firing_id
from ..reminders.model import Firing
from .lock import LOCK_NAME
from .scheduler import Worker

log = logging.getLogger(__name__)

WATCH_SECONDS = 2.0  # how soon a stopped worker is replaced, and a firing elsewhere is seen here


class WorkerWatch:
    def __init__(
        self,
        start_worker: Callable[[], Worker | None],
        on_fired: Callable[[Firing], None],
        on_takeover: Callable[[Worker], None],
        db_path: Path | None = None,
        interval: float = WATCH_SECONDS,
    ) -> None:
        """`start_worker` returns a started Worker, or None while another process holds the lock."""
        self.start_worker = start_worker
        self.on_fired = on_fired
        self.on_takeover = on_takeover
        self.db_path = db_path or config.db_path()
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last = 0
        self.taken: Worker | None = None  # the worker started here, once the watch has handed over

    def start(self) -> None:
        db = open_db(self.db_path)
        try:
            self._last = last_firing_id(db)  # what fired before the window opened is not news
        finally:
            db.close()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="worker-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=10)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _lock_is_free(self) -> bool:
        # A cheap look before building a whole worker: try the lock without waiting and let go at once.
        probe = filelock.FileLock(str(self.db_path.parent / LOCK_NAME), timeout=0, thread_local=False)
        try:
            probe.acquire()
        except filelock.Timeout:
            return False
        probe.release()
        return True

    def _run(self) -> None:
        db = open_db(self.db_path)
        try:
            while not self._stop.wait(self.interval):
                try:
                    if self._pass_on_firings(db) or self._take_over():
                        return
                except Exception:  # a locked database, a full disk: try again next time round
                    log.exception("watching the worker elsewhere failed; trying again")
        finally:
            db.close()

    def _pass_on_firings(self, db: object) -> bool:
        for firing in firings_after(db, self._last):  # type: ignore[arg-type]
            self._last = firing.id
            self.on_fired(firing)
        return False

    def _take_over(self) -> bool:
        if not self._lock_is_free():
            return False
        worker = self.start_worker()
        if worker is None:
            return False  # another process got there first: keep watching it
        log.info("the worker elsewhere stopped; reminders now run in this process")
        self.taken = worker
        self.on_takeover(worker)
        return True
