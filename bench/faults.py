"""Fault injection: SIGKILL at random moments during chat, memory import, an offline task and reminder
firing, restarting each time, checking after every kill that nothing acknowledged is lost, nothing is
half-written, and no reminder fires twice; chat, import and forget racing restore and delete-all-data;
restore killed at each of its steps; and a table of hostile inputs. Prints counts;
docs/reliability.md records a run.

    .venv/bin/python bench/faults.py [--rounds 50] [--seed 1] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

EXE = Path(sys.executable).parent / "assistant"


@dataclass
class Tally:
    kills: int = 0
    completed: int = 0  # runs that finished before the kill came
    integrity_failures: int = 0
    memory_open_failures: int = 0
    lost: int = 0  # acknowledged to the user, missing afterwards
    half_written: int = 0  # an import visible in part
    duplicated: int = 0  # a reminder fired twice, a task chunk written twice
    notes: list[str] = field(default_factory=list)


def env_for(home: Path) -> dict[str, str]:
    return {**os.environ, "ASSISTANT_HOME": str(home)}


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, env=env_for(home), timeout=300)


def kill_after(home: Path, delay: float, *args: str) -> tuple[bool, str]:
    """Start the command, SIGKILL it after `delay` s; (finished on its own, its stdout)."""
    proc = subprocess.Popen(
        [str(EXE), *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env_for(home)
    )
    try:
        out, _ = proc.communicate(timeout=delay)
        return proc.returncode == 0, out
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return False, ""


def check_storage(home: Path, tally: Tally) -> int:
    """Integrity of SQLite, and that the memory table opens; returns the number of memories."""
    conn = sqlite3.connect(home / "assistant.db")
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        tally.integrity_failures += 1
    conn.close()
    p = run(home, "memory", "list", "--json")
    if p.returncode != 0:
        tally.memory_open_failures += 1
        tally.notes.append(p.stderr.strip()[-200:])
        return -1
    return sum(1 for line in p.stdout.splitlines() if line.strip())


def chat(rounds: int, rng: random.Random, tally: Tally) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        acknowledged: list[str] = []
        for i in range(rounds):
            text = f"remember that locker {i} holds item {rng.randint(1000, 9999)}"
            done, out = kill_after(home, rng.uniform(0.3, 6.0), "chat", "--once", text, "--json")
            tally.kills += not done
            if done and out.strip():
                tally.completed += 1
                acknowledged.append(json.loads(out)["citations"][0]["text"])
            check_storage(home, tally)
        listed = run(home, "memory", "list", "--json").stdout
        tally.lost += sum(1 for a in acknowledged if json.dumps(a, ensure_ascii=False) not in listed)


def memory_import(rounds: int, rng: random.Random, tally: Tally) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        imported = 0
        for i in range(rounds):
            batch = home / f"batch{i}.jsonl"
            batch.write_text(
                "".join(
                    json.dumps({"id": f"b{i}-{j}", "text": f"Batch {i} remark {j} about the garden"}) + "\n"
                    for j in range(500)
                ),
                encoding="utf-8",
            )
            done, _ = kill_after(home, rng.uniform(0.3, 6.0), "memory", "import", str(batch))
            tally.kills += not done
            tally.completed += done
            count = check_storage(home, tally)
            if count == imported + 500:
                imported = count
            elif count != imported:
                tally.half_written += 1
                tally.notes.append(f"import {i}: {count} memories, expected {imported} or {imported + 500}")
                imported = count
            if done and count != imported:
                tally.lost += 1


def reminders_and_tasks(rounds: int, rng: random.Random, tally: Tally) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        run(home, "tasks", "add", "write a 600-word story about a lighthouse")
        for i in range(rounds):  # a reminder falls due every round, some while nothing runs
            run(
                home,
                "remind",
                f"remind me in 1 minute to stretch number {i}",
                "--now",
                time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(time.time() - 59 + rng.uniform(0, 3))),
            )
            done, _ = kill_after(home, rng.uniform(0.5, 4.0), "worker")
            tally.kills += not done
            check_storage(home, tally)
        finish = subprocess.Popen(
            [str(EXE), "worker"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env_for(home)
        )
        deadline = time.time() + 240
        conn = sqlite3.connect(home / "assistant.db")
        while time.time() < deadline:
            pending = conn.execute(
                "SELECT count(*) FROM reminders WHERE status = 'scheduled' AND due <= "
                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
            ).fetchone()[0]
            task = conn.execute("SELECT status FROM tasks").fetchone()[0]
            if pending == 0 and task == "done":
                break
            time.sleep(1)
        finish.terminate()
        finish.wait(30)
        fired = conn.execute("SELECT reminder_id, count(*) FROM reminder_firings GROUP BY reminder_id").fetchall()
        tally.duplicated += sum(1 for _, n in fired if n > 1)
        tally.lost += rounds - len(fired)
        chunks = conn.execute("SELECT n, count(*) FROM task_chunks GROUP BY task_id, n").fetchall()
        tally.duplicated += sum(1 for _, n in chunks if n > 1)
        status = conn.execute("SELECT status, chunks_done, chunks_total FROM tasks").fetchone()
        tally.notes.append(f"reminders fired: {len(fired)}/{rounds}; task {status[0]} ({status[1]}/{status[2]} chunks)")
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", nargs="*", help="scenarios to run (default: all): kills, races, steps, hostile")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    wanted = set(args.only or ["kills", "races", "steps", "hostile"])
    if "races" in wanted:
        from faults_switch import races

        races(args.rounds, rng)
    if "steps" in wanted:
        from faults_switch import restore_steps

        restore_steps()
    if "hostile" in wanted:
        from faults_hostile import hostile_table

        hostile_table()
    if "kills" not in wanted:
        return
    print(
        f"{'scenario':22}{'kills':>7}{'finished':>10}{'integrity':>11}{'mem open':>10}{'lost':>6}"
        f"{'half':>6}{'twice':>7}"
    )
    for name, scenario in (("chat", chat), ("memory import", memory_import), ("reminders + task", reminders_and_tasks)):
        tally = Tally()
        started = time.perf_counter()
        scenario(args.rounds, rng, tally)
        print(
            f"{name:22}{tally.kills:7}{tally.completed:10}{tally.integrity_failures:11}"
            f"{tally.memory_open_failures:10}{tally.lost:6}{tally.half_written:6}{tally.duplicated:7}"
            f"   ({time.perf_counter() - started:.0f} s)"
        )
        for note in tally.notes[:5]:
            print(f"    {note}")


if __name__ == "__main__":
    main()
