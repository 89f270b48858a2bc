"""Part of bench/faults.py: hostile inputs, each run as a user would, with a time limit and its peak
memory measured (wait4). Each must end in one line that says what to fix, within the time limit and
500 MB, with nothing stored. The limit is generous because a bare start of the command takes 30-40 s
on the shared machine under load; the table prints a plain `privacy` run first as the yardstick."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from faults import EXE, env_for
from faults_switch import stored_conversations, stored_texts

LIMIT_S = 180
LIMIT_MB = 500


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": 1,
                    "app_version": "0",
                    "created": "x",
                    "conversations": 0,
                    "messages": 0,
                    "memories": 0,
                    "database_sha256": "0",
                    "memory_sha256": "0",
                }
            ),
        )
        with z.open("assistant.db", "w", force_zip64=True) as member:
            for _ in range(2048):  # 2 GB of zeros in about 2 MB
                member.write(b"\0" * (1 << 20))
        z.writestr("memory.arrow", b"")
    return path


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _jsonl(path: Path, line: str) -> Path:
    return _write(path, line.encode() + b"\n")


def cases(d: Path) -> list[tuple[str, Callable[[], list[str | bytes]]]]:
    def link(name: str, target: str) -> Path:
        p = d / name
        p.symlink_to(target)
        return p

    def line(text: str) -> list[str | bytes]:
        """`memory import` of a one-line JSON Lines file."""
        return ["memory", "import", str(_jsonl(d / f"line{abs(hash(text))}.jsonl", text))]

    def fifo() -> Path:
        p = d / f"fifo{len(list(d.glob('fifo*')))}"
        os.mkfifo(p)
        return p

    return [
        ("import: symlink to /dev/zero", lambda: ["memory", "import", str(link("zero.txt", "/dev/zero"))]),
        ("import: symlink to /dev/urandom", lambda: ["memory", "import", str(link("random.txt", "/dev/urandom"))]),
        ("import: a FIFO nobody writes", lambda: ["memory", "import", str(fifo())]),
        ("import: a folder", lambda: ["memory", "import", str(d)]),
        (
            "import: NUL after the first 8 KB",
            lambda: ["memory", "import", str(_write(d / "nul.txt", b"line\n" * 4000 + b"\0"))],
        ),
        ("import: 60 MB text", lambda: ["memory", "import", str(_write(d / "big.txt", b"words " * 10_500_000))]),
        ("import: Latin-1 text", lambda: ["memory", "import", str(_write(d / "latin.txt", "café".encode("latin-1")))]),
        ("import: random bytes", lambda: ["memory", "import", str(_write(d / "rand.bin", os.urandom(100_000)))]),
        ("import: importance NaN", lambda: line('{"text": "x", "importance": NaN}')),
        ("import: importance 1e999", lambda: line('{"text": "x", "importance": 1e999}')),
        ("import: 100,000 nested lists", lambda: line('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}")),
        ("import: id of 5,000 digits", lambda: line('{"text": "x", "id": ' + "9" * 5000 + "}")),
        ("import: year 99999", lambda: line('{"text": "x", "at": "99999-01-01"}')),
        ("import: position 10^30", lambda: line('{"text": "x", "position": 1' + "0" * 30 + "}")),
        ("import: kind is a list", lambda: line('{"text": "x", "kind": ["turn"]}')),
        ("restore: /dev/zero", lambda: ["restore", "/dev/zero", "--yes"]),
        ("restore: a FIFO", lambda: ["restore", str(fifo()), "--yes"]),
        ("restore: 2 MB zip bomb (2 GB)", lambda: ["restore", str(_bomb(d / "bomb.zip")), "--yes"]),
        (
            "restore: 1 GiB manifest",
            lambda: ["restore", str(_zip(d / "m.zip", {"manifest.json": b" " * (1 << 30)})), "--yes"],
        ),
        (
            "restore: manifest of wrong types",
            lambda: [
                "restore",
                str(
                    _zip(
                        d / "t.zip",
                        {
                            "manifest.json": json.dumps(
                                {
                                    "format": "1",
                                    "app_version": 1,
                                    "created": [],
                                    "conversations": -1,
                                    "messages": 1e300,
                                    "memories": None,
                                    "database_sha256": 0,
                                    "memory_sha256": 0,
                                }
                            ).encode()
                        },
                    )
                ),
                "--yes",
            ],
        ),
        ("restore: not a zip", lambda: ["restore", str(_write(d / "no.zip", b"hello")), "--yes"]),
        ("search: 100,000 characters", lambda: ["memory", "search", "word " * 20_000]),
        ("forget: 100,000 characters", lambda: ["memory", "forget", "word " * 20_000, "--yes"]),
        ("chat: 100,000 characters", lambda: ["chat", "--once", "word " * 20_000]),
        ("chat: invalid UTF-8", lambda: ["chat", "--once", b"hello \xff\xfe there"]),
        ("chat: empty message", lambda: ["chat", "--once", "   "]),
        ("chat: unknown conversation", lambda: ["chat", "--once", "hi", "--conversation", "nope"]),
        ("memory add: invalid UTF-8", lambda: ["memory", "add", b"my code \xff"]),
        ("memory add: 30,000 characters", lambda: ["memory", "add", "x" * 30_000]),
        ("remind: invalid UTF-8", lambda: ["remind", b"remind me tomorrow at 9 to \xff"]),
        ("backup: into a missing folder", lambda: ["backup", str(d / "missing" / "b.zip")]),
        ("memory export: onto a folder", lambda: ["memory", "export", str(d)]),
    ]


def _run(home: Path, argv: list[str | bytes]) -> tuple[int | None, str, float, float]:
    """(exit code or None on timeout, stderr, seconds, peak MB)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(EXE), *argv], env=env_for(home), stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL
        )
        deadline = started + LIMIT_S
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                status = None  # type: ignore[assignment]
                break
            time.sleep(0.05)
        proc.returncode = 0  # reaped by wait4 above
        seconds = time.perf_counter() - started
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    code = None if status is None else os.waitstatus_to_exitcode(status)
    return code, text, seconds, usage.ru_maxrss / 1024


def _pipe(home: Path) -> tuple[int | None, str, float, float]:
    """`assistant privacy | head -2`, with the reader gone before the first write."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(EXE), "privacy"], env=env_for(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    return proc.wait(LIMIT_S), err, time.perf_counter() - started, 0.0


def hostile_table() -> None:
    print(f"{'hostile input':38}{'exit':>5}{'s':>6}{'MB':>6}  outcome")
    totals = {"one line": 0, "UNEXPECTED": 0, "HANG": 0, "STORED": 0, "MEMORY": 0, "accepted": 0}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows: list[tuple[str, Callable[[], list[str | bytes]]]] = [("(yardstick: privacy)", lambda: ["privacy"])]
        rows += cases(root)
        rows.append(("privacy | head -2 (reader gone)", lambda: []))
        for i, (name, make) in enumerate(rows):
            home = root / f"h{i}" / "home"
            home.mkdir(parents=True)
            (root / f"h{i}" / "in").mkdir()
            argv = make()
            code, err, seconds, mb = _pipe(home) if not argv else _run(home, argv)
            lines = [line for line in err.strip().splitlines() if line.strip()]
            stored = bool(stored_texts(home)) or bool(stored_conversations(home))
            if code is None:
                outcome = "HANG"
            elif "unexpected error" in err or "Traceback" in err:
                outcome = "UNEXPECTED"
            elif mb > LIMIT_MB:
                outcome = "MEMORY"
            elif stored:
                outcome = "STORED"
            elif code == 0 or (code == 141 and not lines):
                outcome = "accepted" if argv else "one line"  # a vanished reader: nothing to say
            else:
                outcome = "one line" if len(lines) == 1 else "UNEXPECTED"
            totals[outcome] += 1
            shown = lines[0][:90] if lines else ""
            print(
                f"{name:38}{code if code is not None else '-':>5}{seconds:6.1f}{mb:6.0f}  {outcome}: {shown}",
                flush=True,
            )
    print(f"{len(rows)} inputs: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
