"""The PyInstaller bundle (packaging/build.sh) against the venv install, side by side, cold.

Each round starts both programs as new processes with a new data folder, alternating which goes first, so
a noisy neighbour hurts both alike. Measures `--version` (start-up alone), `remind --dry-run` (the core
without the model) and `chat --once` (model load, reply, exit; the same command as bench/chat.py). Prints
medians and ranges, and the bundle's size.

    .venv/bin/python bench/bundle.py [--rounds 7] [--dist dist/assistant]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = {
    "--version": ["--version"],
    # At a fixed --now: between midnight and 04:00 "tomorrow" is asked about and the command exits 1.
    "remind --dry-run": ["remind", "call Ana tomorrow at 9am", "--now", "2026-03-02T08:00", "--dry-run", "--json"],
    "chat --once": ["chat", "--once", "Say hello", "--json", "--seed", "1", "--temperature", "0"],
}


def run(exe: Path, args: list[str]) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as home:
        started = time.perf_counter()
        done = subprocess.run(
            [str(exe), *args], capture_output=True, text=True, env={**os.environ, "ASSISTANT_HOME": home}
        )
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"bench: {exe} {' '.join(args)} failed: {done.stderr.strip().splitlines()[-1:]}")
    return seconds, done.stdout


def size(folder: Path) -> tuple[int, int, int]:
    """Bytes on disk, bytes of content, number of files."""
    disk = content = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            disk += stat.st_blocks * 512
            content += stat.st_size
            files += 1
    return disk, content, files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--dist", type=Path, default=Path("dist/assistant"))
    args = parser.parse_args()
    programs = {"bundle": args.dist / "assistant", "venv": Path(sys.executable).parent / "assistant"}
    for exe in programs.values():
        if not exe.exists():
            sys.exit(f"bench: {exe} is missing (packaging/build.sh builds the bundle)")

    disk, content, files = size(args.dist)
    print(f"bundle {args.dist}: {disk / 2**20:.0f} MiB on disk ({content / 2**20:.0f} MiB of content, {files} files)")
    print(f"{os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.2f}; {args.rounds} rounds")

    times: dict[tuple[str, str], list[float]] = {}
    generation: dict[str, list[float]] = {name: [] for name in programs}
    for i in range(args.rounds):
        order = list(programs.items()) if i % 2 == 0 else list(programs.items())[::-1]
        for command, command_args in COMMANDS.items():
            for name, exe in order:
                seconds, out = run(exe, command_args)
                times.setdefault((command, name), []).append(seconds)
                if command == "chat --once":
                    generation[name].append(json.loads(out)["seconds"])

    print(f"{'':18}{'bundle':>22}{'venv':>22}{'ratio':>8}")
    for command in COMMANDS:
        b, v = times[(command, "bundle")], times[(command, "venv")]
        cells = [f"{statistics.median(x):.2f} s ({min(x):.2f}–{max(x):.2f})" for x in (b, v)]
        print(f"{command:18}{cells[0]:>22}{cells[1]:>22}{statistics.median(b) / statistics.median(v):8.2f}")
    print(
        f"{'  of which reply':18}{statistics.median(generation['bundle']):>20.2f} s"
        f"{statistics.median(generation['venv']):>20.2f} s"
    )
    print(f"load average at end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
