"""The whole product works with no network, and never tries to use one.

Every command runs (a) with a socket guard loaded into the interpreter that records and refuses any
internet connection (Unix sockets, such as D-Bus, stay allowed) and (b), where this machine allows it,
inside `unshare -n`: a network namespace with no interfaces at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import ASSISTANT_EXE

GUARD = """
import os, socket
_log = os.environ["ASSISTANT_NET_LOG"]
_connect = socket.socket.connect
def _refuse(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        with open(_log, "a") as f:
            f.write(f"{os.getpid()} {address!r}\\n")
        raise OSError("network access blocked by the offline test")
    return _connect(self, address)
socket.socket.connect = _refuse
socket.socket.connect_ex = lambda self, address: (_refuse(self, address), 0)[1]
"""


def can_unshare() -> bool:
    return (
        shutil.which("unshare") is not None
        and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
    )


@pytest.mark.parametrize("isolated", [False, True], ids=["socket-guard", "unshare-n"])
def test_everything_runs_without_a_network(home: Path, tmp_path: Path, isolated: bool) -> None:
    if isolated and not can_unshare():
        pytest.skip("unshare -n is not permitted here")
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    env = {
        **os.environ,
        "ASSISTANT_HOME": str(home),
        "PYTHONPATH": str(guard),
        "ASSISTANT_NET_LOG": str(log),
        "HF_HUB_OFFLINE": "0",
    }  # nothing may rely on an offline flag to stay off the network
    prefix = ["unshare", "-n"] if isolated else []

    def run(*args: str) -> str:
        p = subprocess.run([*prefix, str(ASSISTANT_EXE), *args], capture_output=True, text=True, env=env, timeout=300)
        assert p.returncode == 0, (args, p.stderr)
        return p.stdout

    # The guard itself works: a deliberate connection is caught and recorded.
    probe = subprocess.run(
        [
            *prefix,
            str(ASSISTANT_EXE.parent / "python"),
            "-c",
            "import socket; socket.create_connection(('192.0.2.1', 80), timeout=1)",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert probe.returncode != 0 and "192.0.2.1" in log.read_text()
    log.unlink()

    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"text": "My dentist is Dr. Okafor on Mill Road."}\n', encoding="utf-8")
    run("chat", "--once", "Say hello", "--json")
    run("memory", "import", str(notes))
    assert "Okafor" in run("memory", "search", "who is my dentist", "--json")
    run("remind", "remind me on Friday at 9 to call the dentist", "--json")  # "tomorrow" is asked about after midnight
    run("chat", "--once", "What is my dentist called?", "--json")
    if shutil.which("espeak-ng"):
        wav = tmp_path / "hello.wav"
        run("say", "hello there, how are you today", "--out", str(wav))
        assert wav.stat().st_size > 10_000
        run("transcribe", str(wav), "--model", "tiny.en", "--json")
    run("doctor")
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"something tried to reach the network:\n{attempts}"
