"""Part of bench/faults.py: commands racing restore and delete-all-data, and restore killed at each step.

Races: a restore (or delete-all-data) starts, and 0.1–1.5 s later a chat turn, an import or a forget.
Afterwards each acknowledged write must be there (it waited and landed in the new generation), and the
database and the memory must agree (the chat's conversation and its memory both present).
Steps: restore killed (ASSISTANT_FAILPOINT) at each step, then one command; the data must be wholly the
old generation or wholly the backup's, complete.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

from faults import EXE, env_for, run

STEPS = ["locked", "staged", "journal", "database", "memory-aside", "memory", "journal-removed"]


def _seed(home: Path, word: str, memories: int, reminders: int) -> None:
    home.mkdir(parents=True, exist_ok=True)
    notes = home.parent / f"{word}.jsonl"
    notes.write_text(
        "".join(
            json.dumps({"id": f"{word}-{i}", "text": f"{word} note {i} about the garden"}) + "\n"
            for i in range(memories)
        ),
        encoding="utf-8",
    )
    run(home, "memory", "import", str(notes))
    run(home, "memory", "add", "the spare key is under the blue flowerpot")  # in every data set: forget races
    for i in range(reminders):
        run(home, "remind", f"remind me on Friday at 9 to water the {word} roses {i}")  # "tomorrow" asks after midnight


def _memories(home: Path) -> list[str]:
    p = run(home, "memory", "list", "--json")
    return [json.loads(line)["text"] for line in p.stdout.splitlines() if line.strip()]


def _reminders(home: Path) -> list[str]:
    return [r["task"] for r in json.loads(run(home, "reminders", "list", "--json").stdout or "[]")]


def stored_texts(home: Path) -> list[str]:
    """The memory texts read straight from the LanceDB table (a CLI call costs seconds on a busy machine)."""
    import lancedb

    folder = home / "memory"
    if not (folder / "schema.json").exists():
        return []
    table = json.loads((folder / "schema.json").read_text())["table"]
    return lancedb.connect(str(folder)).open_table(table).to_arrow().column("text").to_pylist()


def stored_conversations(home: Path) -> set[str]:
    if not (home / "assistant.db").exists():
        return set()
    conn = sqlite3.connect(home / "assistant.db")
    try:
        return {row[0] for row in conn.execute("SELECT id FROM conversations")}
    except sqlite3.OperationalError:  # no tables yet
        return set()
    finally:
        conn.close()


def races(rounds: int, rng: random.Random) -> None:
    print(f"{'race':34}{'rounds':>7}{'acknowledged':>13}{'lost':>6}{'disagree':>9}{'failed':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "old" / "home"
        _seed(source, "old", 200, 2)
        archive = root / "old.zip"
        run(source, "backup", str(archive))
        template = root / "template" / "home"
        _seed(template, "new", 20, 1)
        for switch in ("restore", "delete-all-data"):
            for what in ("chat", "import", "forget"):
                acknowledged = lost = disagree = failed = 0
                # The probe's worst case gets the full count; the other races a fifth.
                n = rounds if (switch, what) == ("restore", "chat") else max(3, rounds // 5)
                for i in range(n):
                    home = root / f"{switch}-{what}-{i}" / "home"
                    shutil.copytree(template, home, symlinks=True)
                    cmd = ["restore", str(archive), "--yes"] if switch == "restore" else ["delete-all-data", "--yes"]
                    switching = subprocess.Popen(
                        [str(EXE), *cmd],
                        env=env_for(home),
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.PIPE,
                        text=True,
                    )
                    time.sleep(rng.uniform(0.1, 1.5))
                    secret = f"locker {i} holds item {rng.randint(1000, 9999)}"
                    if what == "chat":
                        p = run(home, "chat", "--once", f"remember that {secret}", "--json")
                    elif what == "import":
                        f = home.parent / "extra.jsonl"
                        f.write_text(json.dumps({"id": f"x{i}", "text": secret}) + "\n", encoding="utf-8")
                        p = run(home, "memory", "import", str(f))
                    else:
                        p = run(home, "memory", "forget", "spare key under the blue flowerpot", "--yes", "--json")
                    _, err = switching.communicate(timeout=900)
                    texts = stored_texts(home)
                    if switching.returncode != 0 or "unexpected" in p.stderr or "Traceback" in p.stderr + err:
                        failed += 1
                        continue
                    if what == "forget":
                        # Whether it found the key (restore) or nothing (delete-all-data), afterwards the key
                        # is not remembered: a forget is never undone by the switch it raced.
                        acknowledged += 1
                        lost += any("spare key" in t for t in texts)
                        continue
                    if p.returncode != 0:
                        failed += 1
                        continue
                    acknowledged += 1
                    stored = any(secret in t for t in texts)
                    lost += not stored
                    if what == "chat":
                        conversation = json.loads(p.stdout)["conversation"]
                        disagree += stored != (conversation in stored_conversations(home))
                    shutil.rmtree(home.parent, ignore_errors=True)
                print(
                    f"{what + ' during ' + switch:34}{n:7}{acknowledged:13}{lost:6}{disagree:9}{failed:8}", flush=True
                )


def restore_steps() -> None:
    print(f"{'restore killed at step':26}{'killed':>7}{'result':>10}{'complete':>10}{'leftovers':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "old" / "home"
        _seed(source, "old", 4000, 2)
        archive = root / "old.zip"
        run(source, "backup", str(archive))
        for step in STEPS:
            home = root / step / "home"
            _seed(home, "new", 5, 3)
            env = {**env_for(home), "ASSISTANT_FAILPOINT": step}
            p = subprocess.run(
                [str(EXE), "restore", str(archive), "--yes"], env=env, capture_output=True, text=True, timeout=600
            )
            texts, tasks = _memories(home), _reminders(home)
            words = {t.split()[0] for t in texts if " note " in t} | {t.split()[2] for t in tasks}
            result = "old" if words == {"old"} else "new" if words == {"new"} else "MIXED"
            complete = (len(texts), len(tasks)) in ((4001, 2), (6, 3))  # the notes and the spare key
            leftovers = [n.name for n in home.iterdir() if n.name.startswith((".staging", "tmp", "switch"))]
            print(
                f"{step:26}{'yes' if p.returncode == -9 else 'no':>7}{result:>10}{'yes' if complete else 'NO':>10}"
                f"{len(leftovers):10}",
                flush=True,
            )
