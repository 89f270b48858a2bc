"""Helpers shared by tests: running the real CLI, and crafting broken model files."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

ASSISTANT_EXE = Path(sys.executable).parent / "assistant"


def run_cli(
    *args: str, home: Path, timeout: float = 120, env: dict[str, str] | None = None, **kwargs
) -> subprocess.CompletedProcess[str]:
    """The real `assistant` console script in a fresh process, as a user runs it."""
    env = env or {**os.environ, "ASSISTANT_HOME": str(home)}
    return subprocess.run(
        [str(ASSISTANT_EXE), *args], capture_output=True, text=True, timeout=timeout, env=env, **kwargs
    )


def gguf_with_metadata_string(source: Path, target: Path, key: bytes, replacement: bytes) -> Path:
    """Copy a GGUF, overwriting the value of string metadata `key` (or the key's own name, when
    `replacement` is given as b"KEY:" + new name) with bytes of the same length: a real file that
    llama.cpp reads as far as the metadata, for testing how loading failures are reported."""
    data = bytearray(source.read_bytes())
    at = data.find(key) + len(key)
    assert at > len(key), f"{key!r} not in {source}"
    if replacement.startswith(b"KEY:"):
        new = replacement[4:]
        assert len(new) == len(key)
        data[at - len(key) : at] = new
    else:
        (kind,) = struct.unpack_from("<I", data, at)
        (length,) = struct.unpack_from("<Q", data, at + 4)
        assert kind == 8 and length == len(replacement), "same-length string replacement only"
        data[at + 12 : at + 12 + length] = replacement
    target.write_bytes(bytes(data))
    return target


class SmallDisk:
    """A tiny tmpfs mounted for one test: a real full disk, or a real read-only folder."""

    def __init__(self, path: Path, size_kb: int):
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(path)],
            check=True,
            capture_output=True,
        )

    def fill(self, leave_kb: int = 0) -> None:
        """Fill every free byte, as a runaway download would; `leave_kb` frees that much again (a disk
        that fills part-way through a write)."""
        filler = self.path / "filler"
        try:
            with filler.open("wb", buffering=0) as f:
                while True:
                    f.write(b"\0" * 4096)
        except OSError:
            pass  # ENOSPC: full, as intended
        os.truncate(filler, max(0, filler.stat().st_size - leave_kb * 1024))

    def free(self) -> None:
        (self.path / "filler").unlink(missing_ok=True)

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True, capture_output=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], check=False, capture_output=True)


def can_mount() -> bool:
    if os.geteuid() != 0:
        return False
    probe = Path("/tmp") / f"assistant-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    ok = (
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True).returncode
        == 0
    )
    if ok:
        subprocess.run(["umount", str(probe)], capture_output=True)
    probe.rmdir()
    return ok
