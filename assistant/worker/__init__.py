"""The background worker: APScheduler set-up, reminder jobs, one worker per data folder."""

from .lock import WorkerLock, WorkerRunning
from .run import run_until_stopped
from .scheduler import Worker

__all__ = ["Worker", "WorkerLock", "WorkerRunning", "run_until_stopped"]
