"""How many threads the model decodes with: the load proposes a count, the measured speed decides.

llama.cpp's threads meet at a barrier after every operation and wait for each other by spinning
(OpenMP). When another program holds a core, one of our threads is parked behind it and the rest spin
until it runs again: measured here (docs/benchmarks.md), 2 threads on 2 busy cores fell to 0.8 tokens/s
where 1 thread kept 15; on a quiet machine 2 threads decode about 1.6x faster than 1. No fixed count is
right for a desktop, where other programs come and go.

So the count follows the machine. Every few pieces the kernel's count of runnable threads
(/proc/loadavg) proposes one: the physical cores minus the other programs' runnable threads. A
proposal is only a guess (a reading can catch a short-lived process, or miss one that just paused;
a low-priority job counts as busy), so a new count is tried for a few pieces and kept only if pieces
really come faster than they did just before; otherwise the old count returns and the same move is
not tried again for a while (the wait doubles each time it fails). A move whose very first piece is
far slower is undone at once, so a wrong guess costs a fraction of a second, never the 4.7 s a
stalled barrier took. The `threads` setting fixes the count instead.
"""

from __future__ import annotations

import functools
import os
import statistics
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

LOADAVG = Path("/proc/loadavg")


@functools.cache
def physical_cores() -> int:
    """Cores this process may use, counting hyper-threaded siblings once (as llama.cpp's own tools do)."""
    try:
        allowed = sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
    cores = set()
    for cpu in allowed:
        siblings = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list")
        try:
            cores.add(siblings.read_text().strip())
        except OSError:
            cores.add(str(cpu))
    return max(1, len(cores))


def runnable_threads() -> int | None:
    """Threads runnable on the whole machine right now (ours included), or None where we cannot tell."""
    try:
        return int(LOADAVG.read_text().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None


def own_runnable() -> int | None:
    """This process's threads that are runnable right now, or None where we cannot tell. After a reply,
    llama.cpp's OpenMP workers keep spinning for a while: counted as another program, they made a quiet
    machine look busy and the next reply start on one thread."""
    try:
        count = 0
        for task in Path("/proc/self/task").iterdir():
            stat = (task / "stat").read_text()
            count += stat[stat.rindex(")") + 2] == "R"  # the state follows the command name in brackets
        return count
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class _Trial:
    before: int  # the count that was running
    pace: float  # its recent seconds per piece, what the trial must beat
    times: list[float] = field(default_factory=list)


class ThreadChooser:
    """Picks the thread count, piece by piece. `fixed` (the setting) wins."""

    CHECK = 16  # pieces between load readings (about 0.1-0.3 s)
    TRIAL = 4  # pieces a proposed count is timed over before it is judged
    RECENT = 4  # pieces the running count's pace is taken over
    WAIT = 32  # pieces before a move that failed is proposed again; doubles on each failure
    MAX_WAIT = 1024
    FAR_SLOWER = 3.0  # a trial piece this many times slower ends the trial at once

    def __init__(self, fixed: int | None = None, cores: int | None = None) -> None:
        self.fixed = fixed
        self.cores = cores or physical_cores()
        self._last: int | None = None  # other programs' runnable threads at the last reading
        self._recent: deque[float] = deque(maxlen=self.RECENT)
        self._trial: _Trial | None = None
        self._piece = 0  # pieces decoded, across replies
        self._in_reply = 0  # pieces of the current reply
        self._wait: dict[tuple[int, int], int] = {}  # (from, to) -> pieces to wait after a failure
        self._not_before: dict[tuple[int, int], int] = {}  # (from, to) -> piece when it may be tried again

    def initial(self) -> int:
        """For loading, before anything is known: leave one core for the rest of the desktop."""
        return self.fixed or max(1, self.cores - 1)

    def proposal(self, ours: int) -> int:
        """What the load suggests. `ours`: how many of the runnable threads are this process's, where
        /proc cannot say it exactly."""
        if self.fixed:
            return self.fixed
        running = runnable_threads()
        if running is None:
            return self.initial()
        mine = own_runnable()
        others = max(0, running - (ours if mine is None else mine))
        # A program that appears is believed at once; one that goes quiet only after two readings,
        # since raising the count is the move that can stall.
        busy = others if self._last is None else max(others, self._last)
        self._last = others
        return max(1, min(self.cores, self.cores - busy))

    def start(self) -> int:
        """At the start of a reply (only the caller's thread runs): the count to begin with."""
        self._in_reply = 0
        self._recent.clear()
        self._trial = None
        return self.proposal(ours=1)

    def step(self, current: int, seconds: float) -> int:
        """After each decoded piece: `seconds` it took with `current` threads. Returns the count for the next."""
        if self.fixed:
            return self.fixed
        self._piece += 1
        self._in_reply += 1
        if self._in_reply <= 2:
            return current  # the first pieces carry the prompt's processing, not decoding
        trial = self._trial
        if trial is not None:
            trial.times.append(seconds)
            if seconds < self.FAR_SLOWER * trial.pace and len(trial.times) < self.TRIAL:
                return current
            self._trial = None
            move = (trial.before, current)
            if statistics.median(trial.times) < trial.pace:
                self._wait.pop(move, None)
                self._recent.clear()
                self._recent.extend(trial.times)
                return current
            wait = self._wait.get(move, self.WAIT)
            self._not_before[move] = self._piece + wait
            self._wait[move] = min(2 * wait, self.MAX_WAIT)
            self._recent.clear()
            return trial.before
        self._recent.append(seconds)
        if self._in_reply % self.CHECK or len(self._recent) < self.RECENT:
            return current
        wanted = self.proposal(ours=current)  # our spinning threads are runnable too
        if wanted == current or self._piece < self._not_before.get((current, wanted), 0):
            return current
        self._trial = _Trial(before=current, pace=statistics.median(self._recent))
        return wanted
