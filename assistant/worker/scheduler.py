"""The worker: an APScheduler 3 BackgroundScheduler rebuilt from SQLite, firing reminders on time and
working through offline tasks one checkpointed chunk at a time.

SQLite is the source of truth. At start the scheduler gets one date job per scheduled reminder; a reminder
whose time passed while nothing ran fires at once, once, marked late. Changes made by other processes
(`assistant remind` while the worker runs) are noticed through SQLite's data_version and re-synced.
The same class runs headless (`assistant worker`) and inside the window.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import sqlite_utils
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler

from .. import config, generation
from ..clock import after, local_zone, next_daily, now_local
from ..db import open_db
from ..notify import Dispatcher, Notification, default_notifiers
from ..reminders.missed import mark_missed
from ..reminders.model import Firing
from ..reminders.store import fire_reminder, mark_delivered, scheduled_reminders, undelivered_firings
from .briefing import Recall, build_briefing, memory_plans
from .lock import WorkerLock
from .tasks import fail_task, next_task
from .writer import Model, run_step

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0  # how soon a reminder added by another process is picked up
RETRY_SECONDS = 5  # after a firing failed on a storage error
TASK_POLL_SECONDS = 3.0  # how soon a queued offline task is started
JOB_PREFIX = "reminder:"
NIGHTLY_AT = time(3, 30)  # after midnight, yesterday is complete
SILENT_BACKENDS = {"log"}  # a line in the log file is a record, not something the person sees


def load_default_model() -> Model:
    from ..llm.engine import Engine  # llama.cpp is loaded only once a task needs it
    from ..settings import load_settings

    settings = load_settings(open_db())
    return Engine.load(settings.model_path, context_size=settings.context_size, threads=settings.threads)


class Worker:
    def __init__(
        self,
        db_path: Path | None = None,
        dispatcher: Dispatcher | None = None,
        poll_seconds: float = POLL_SECONDS,
        headless: bool = True,
        on_fire: Callable[[Firing], None] | None = None,
        load_model: Callable[[], Model] | None = load_default_model,
        task_poll_seconds: float = TASK_POLL_SECONDS,
        briefing_at: time | None = None,
        recall: Recall | None = memory_plans,
    ) -> None:
        """`load_model=None` runs reminders only; offline tasks then wait for a worker that has a model."""
        self.db_path = db_path or config.db_path()
        self.dispatcher = dispatcher or Dispatcher(default_notifiers(headless=headless))
        self.poll_seconds = poll_seconds
        self.on_fire = on_fire
        self.lock = WorkerLock(self.db_path.parent)
        self._db: sqlite_utils.Database | None = None
        self._db_lock = threading.RLock()  # one connection, used from the scheduler thread and the caller's
        self._scheduled: dict[str, datetime] = {}
        self._spent: set[tuple[int, datetime]] = set()  # (reminder, due) pairs the store declined to fire
        self._data_version: int | None = None
        self._generation = generation.current(self.db_path.parent)
        self.scheduler: BackgroundScheduler | None = None
        self.load_model = load_model
        self.task_poll_seconds = task_poll_seconds
        self._model: Model | None = None
        self._stopping = threading.Event()
        self.started_at: datetime | None = None
        self.briefing_at = briefing_at
        self.recall = recall

    @property
    def db(self) -> sqlite_utils.Database:
        assert self._db is not None, "start() the worker first"
        return self._db

    def start(self) -> None:
        """Take the lock, rebuild the schedule from SQLite, and catch up on anything missed."""
        self.lock.acquire()
        self.started_at = now_local()  # a reminder due before this fell due while nothing ran here
        self._stopping.clear()
        try:
            self._db = open_db(self.db_path)
            self.scheduler = BackgroundScheduler(
                timezone=local_zone(),
                # One thread: firings and re-syncs never race each other on the connection.
                # Tasks get their own thread, so minutes of generation never delay a reminder.
                executors={
                    "default": ThreadPoolExecutor(1),
                    "tasks": ThreadPoolExecutor(1),
                    "background": ThreadPoolExecutor(1),
                },
                # Never drop a late job: a reminder is worth showing late; coalescing keeps it to one run.
                job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            )
            self.scheduler.start()
            self._redeliver_unconfirmed()
            self.sync()
            self.scheduler.add_job(self._poll, "interval", seconds=self.poll_seconds, id="poll")
            # Summarise yesterday into memory and tidy the store.
            self._every_day("nightly", NIGHTLY_AT, self._nightly, now_local())
            if self.briefing_at is not None:
                self._every_day("briefing", self.briefing_at, self._brief, now_local())
            if self.load_model is not None:
                self.scheduler.add_job(
                    self._work_tasks,
                    "interval",
                    seconds=self.task_poll_seconds,
                    id="tasks",
                    executor="tasks",
                    next_run_time=datetime.now(local_zone()),
                )
        except BaseException:
            self.stop()
            raise
        log.info("worker started for %s with %d reminders", self.db_path, len(self._scheduled))

    def stop(self) -> None:
        self._stopping.set()  # a task stops after its current chunk
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        self.scheduler = None
        if self._db is not None:
            self._db.close()
            self._db = None
        self.lock.release()

    def __enter__(self) -> Worker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def scheduled_count(self) -> int:
        return len(self._scheduled)

    def sync(self) -> None:
        """Make the scheduler's jobs match the scheduled reminders in SQLite."""
        assert self.scheduler is not None
        with self._db_lock:  # held throughout: a firing on the scheduler thread also calls sync()
            wanted = {f"{JOB_PREFIX}{r.id}": r.due for r in scheduled_reminders(self.db)}
            self._data_version = self._read_data_version()
            for job_id in [j for j in self._scheduled if j not in wanted]:
                self._remove(job_id)
            for job_id, due in wanted.items():
                if self._scheduled.get(job_id) == due:
                    continue
                reminder_id = int(job_id.removeprefix(JOB_PREFIX))
                if (reminder_id, due) in self._spent:
                    continue
                # A due time already past still gets a date job: with no misfire grace it runs at once.
                self.scheduler.add_job(
                    self._fire, "date", run_date=due, args=[reminder_id, due], id=job_id, replace_existing=True
                )
                self._scheduled[job_id] = due

    def _remove(self, job_id: str) -> None:
        assert self.scheduler is not None
        self._scheduled.pop(job_id, None)
        try:
            self.scheduler.remove_job(job_id)
        except JobLookupError:
            pass  # it has already run

    def _read_data_version(self) -> int:
        # Changes when another connection commits to the file; our own commits do not move it.
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _poll(self) -> None:
        number = generation.current(self.db_path.parent)
        with self._db_lock:
            if number != self._generation:
                # A restore or delete-all-data replaced everything: what this worker remembered about
                # reminders (the firings it declined) belongs to the old data.
                log.info("data generation %d: rescheduling from the new data", number)
                self._generation = number
                self._spent.clear()
                self._data_version = None
            changed = self._read_data_version() != self._data_version
        if changed:
            self.sync()

    def _data(self) -> contextlib.AbstractContextManager[None]:
        """Held around each job's reads and writes, so none runs across a restore (generation.py)."""
        return generation.shared(self.db_path.parent)

    def _fire(self, reminder_id: int, due: datetime) -> None:
        job_id = f"{JOB_PREFIX}{reminder_id}"
        try:
            with self._data(), self._db_lock:
                if self._scheduled.get(job_id) == due:
                    del self._scheduled[job_id]
                firing = fire_reminder(
                    self.db, reminder_id, now=now_local(), expected_due=due, running_since=self.started_at
                )
        except Exception:  # e.g. the database stayed locked past the busy timeout: try again shortly
            log.exception("firing reminder %d failed; retrying in %d s", reminder_id, RETRY_SECONDS)
            assert self.scheduler is not None
            self.scheduler.add_job(
                self._fire,
                "date",
                run_date=after(now_local(), timedelta(seconds=RETRY_SECONDS)),
                args=[reminder_id, due],
                id=job_id,
                replace_existing=True,
            )
            self._scheduled[job_id] = due
            return
        try:
            if firing is not None:
                self._deliver(firing)
            else:
                self._spent.add((reminder_id, due))  # nothing to fire at this due time: don't schedule it again
        except Exception:
            log.exception("showing reminder %d failed", reminder_id)
        finally:
            self.sync()  # a recurring reminder now has its next due time

    def _deliver(self, firing: Firing) -> None:
        missed = firing.late or firing.missed  # due while nothing ran, or never shown
        note = Notification(
            title="Missed while away" if missed else "Reminder",
            body=firing.task,
            late=missed,
            due=firing.due,
            reminder_id=firing.reminder_id,
        )
        shown_by = [name for name in self.dispatcher.send(note) if name not in SILENT_BACKENDS]
        with self._db_lock:
            if shown_by:  # recorded as shown only once something a person sees has taken it
                mark_delivered(self.db, firing.id)
            else:  # no backend reached anyone: the next start shows it, and it is listed as missed
                mark_missed(self.db, firing.id)
                log.warning("reminder %d fired but no notifier could show it", firing.reminder_id)
        log.info(
            "fired reminder %d (%.3f s after due%s)",
            firing.reminder_id,
            firing.lateness_s,
            ", late" if firing.late else "",
        )
        if self.on_fire is not None:
            self.on_fire(firing)

    def _work_tasks(self) -> None:
        """Advance queued tasks chunk by chunk until none is left or the worker stops."""
        db = open_db(self.db_path)  # this thread's own connection: generation never holds the reminders' one
        try:
            while not self._stopping.is_set():
                task = next_task(db)
                if task is None:
                    return
                if self._model is None:
                    assert self.load_model is not None
                    try:
                        self._model = self.load_model()
                    except Exception as e:
                        log.exception("no model for offline tasks")
                        fail_task(db, task.id, f"no model: {e}")
                        continue
                with self._data():  # a chunk is written into the generation it was asked in
                    task = next_task(db)
                    if task is None:
                        return
                    done = run_step(db, self._model, task)
                if done is not None and done.status == "done":
                    self.dispatcher.send(
                        Notification(title="Task ready", body=f"{done.title[:80]} (`assistant tasks show {done.id}`)")
                    )
        finally:
            db.close()

    def _every_day(self, job_id: str, at: time, job: Callable[[], None], since: datetime) -> None:
        """Run `job` once a day when the clock shows `at`, the next run set when one has run. Not APScheduler's
        cron trigger (3.11.3), which reads wall times its own way: a briefing set for 01:00–01:59 in London
        ran twice on the autumn night (01:30 BST, then 01:30 GMT), and the nightly job at 03:30 would do the
        same in Helsinki; clock.next_daily is the one reading of a wall time, the first of the two."""
        assert self.scheduler is not None
        due = next_daily(at, since)
        self.scheduler.add_job(
            self._run_daily,
            "date",
            run_date=due,
            args=[job_id, at, job, due],
            id=job_id,
            replace_existing=True,
            executor="background",
        )

    def _run_daily(self, job_id: str, at: time, job: Callable[[], None], due: datetime) -> None:
        try:
            job()
        finally:
            # From the later of its time and now: a run that comes late (the machine slept for days) is one run.
            later = max(due, now_local(), key=lambda moment: moment.astimezone(UTC))
            if not self._stopping.is_set() and self.scheduler is not None:
                self._every_day(job_id, at, job, later)

    def _nightly(self) -> None:
        from ..memory.api import open_store
        from .nightly import run_nightly

        db = open_db(self.db_path)
        try:
            with self._data():
                report = run_nightly(db, open_store(), now_local().date() - timedelta(days=1))
        finally:
            db.close()
        log.info("nightly: %s", report)

    def _brief(self) -> None:
        db = open_db(self.db_path)  # its own connection: a memory search can take a while
        try:
            with self._data():
                briefing = build_briefing(db, now_local(), self.recall)
        finally:
            db.close()
        self.dispatcher.send(Notification(title="Your day", body=briefing.text()))

    def _redeliver_unconfirmed(self) -> None:
        """Firings committed but never handed to a notifier (the process stopped in between) are shown now,
        late and listed as missed: at least once, rather than a reminder that silently never appears. Only
        a stop in the instant between the hand-over and its commit can show one twice."""
        with self._db_lock:
            pending = undelivered_firings(self.db)
        for firing in pending:
            log.warning(
                "reminder %d fired at %s but was never shown; showing it now", firing.reminder_id, firing.fired_at
            )
            with self._db_lock:
                mark_missed(self.db, firing.id)
            self._deliver(replace(firing, missed=True))
