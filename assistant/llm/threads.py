"""How many threads the model decodes with: as many as the machine has free, re-checked as it decodes.

llama.cpp's threads meet at a barrier after every operation and wait for each other by spinning
(OpenMP). When another program holds a core, one of our threads is parked behind it and the rest spin
until it runs again: measured here (docs/benchmarks.md), 2 threads on 2 busy cores fell to 0.8 tokens/s
where 1 thread kept 15; on a quiet machine 2 threads decode about 1.6x faster than 1. No fixed count is
right for a desktop, where other programs come and go, so the count follows the load: the physical
cores minus the other threads the kernel reports as runnable (/proc/loadavg), smoothed, re-read every
few tokens. The `threads` setting fixes the count instead.
"""

from __future__ import annotations

import functools
import os
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


class ThreadChooser:
    """Picks the thread count for the next stretch of decoding. `fixed` (the setting) wins."""

    def __init__(self, fixed: int | None = None, cores: int | None = None) -> None:
        self.fixed = fixed
        self.cores = cores or physical_cores()
        self._others: float | None = None  # other runnable threads, smoothed

    def initial(self) -> int:
        """For loading, before anything is known: leave one core for the rest of the desktop."""
        return self.fixed or max(1, self.cores - 1)

    def choose(self, ours: int) -> int:
        """`ours`: how many of the runnable threads are this process's (the caller and any decoding)."""
        if self.fixed:
            return self.fixed
        running = runnable_threads()
        if running is None:
            return self.initial()
        others = max(0, running - ours)
        # Smoothed, so one sample catching a short-lived process does not halve the speed; a program
        # that stays busy still takes effect within two reads.
        self._others = others if self._others is None else (self._others + others) / 2
        return max(1, min(self.cores, self.cores - int(self._others + 0.5)))
