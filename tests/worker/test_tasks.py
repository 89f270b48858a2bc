"""Offline tasks with the real bundled model: chunked writing, checkpoints, resuming after a restart."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import Group
from assistant.cli.tasks import COMMANDS
from assistant.db import open_db
from assistant.errors import AssistantError
from assistant.notify import Dispatcher
from assistant.worker import Worker
from assistant.worker.tasks import add_task, cancel_task, chunks, get_task, next_task, target_words
from assistant.worker.writer import run_step
from tests.notify.recorder import Recorder

llm = pytest.importorskip("assistant.llm.engine")


@pytest.fixture(scope="module")
def model(bundled_model: Path):
    return llm.Engine.load(bundled_model, context_size=1024, threads=2)


def test_length_is_read_from_the_prompt() -> None:
    assert target_words("write a 3,000-word story for my daughter") == 3000
    assert target_words("summarise this week in 200 words") == 200
    assert target_words("写一个500字的故事") == 500
    assert target_words("write a story") == 600


def test_a_prompt_too_long_for_the_model_is_refused(tmp_path: Path) -> None:
    # It was queued, and every chunk's request would have held 120,000 characters.
    with pytest.raises(AssistantError, match="at most 4,000"):
        add_task(open_db(tmp_path / "a.db"), "write " + "a" * 120_000)


def test_a_length_of_zero_words_is_refused_not_replaced(tmp_path: Path) -> None:
    # `tasks add TEXT --words 0` queued a 600-word task without a word.
    with pytest.raises(AssistantError, match="1 to 20,000 words long, not 0"):
        add_task(open_db(tmp_path / "a.db"), "write a story", 0)


def test_a_task_is_written_in_checkpointed_chunks_and_resumes(tmp_path: Path, model) -> None:
    path = tmp_path / "a.db"
    db = open_db(path)
    task = add_task(db, "Write a short story about a fox who finds a red ball.", words=40, words_per_chunk=20)
    assert (task.chunks_total, task.status) == (2, "queued")

    first = run_step(db, model, task, max_tokens=16, seed=1)
    assert first is not None and (first.status, first.chunks_done, first.percent) == ("running", 1, 50)
    db.close()  # "the process dies": only what SQLite holds survives

    again = open_db(path)
    resumed = next_task(again)
    assert resumed is not None and resumed.chunks_done == 1  # starts from the checkpoint, not from scratch
    before = chunks(again, task.id)[0]
    while (current := next_task(again)) is not None:
        run_step(again, model, current, max_tokens=16, seed=2)
    done = get_task(again, task.id)
    assert (done.status, done.chunks_done, done.percent) == ("done", 2, 100) and done.tokens > 0
    texts = chunks(again, task.id)
    assert len(texts) == 2 and texts[0] == before and all(t.strip() for t in texts)


def test_a_cancelled_task_keeps_its_text_and_stops(tmp_path: Path, model) -> None:
    db = open_db(tmp_path / "a.db")
    task = add_task(db, "Write a poem about rain.", words=40, words_per_chunk=20)
    stale = run_step(db, model, task, max_tokens=16, seed=1)
    assert stale is not None
    cancel_task(db, task.id)
    assert run_step(db, model, stale, max_tokens=16, seed=1) is None  # nothing stored after the cancel
    assert len(chunks(db, task.id)) == 1 and next_task(db) is None


def test_the_worker_finishes_a_task_and_says_so(tmp_path: Path, model) -> None:
    path = tmp_path / "a.db"
    task = add_task(open_db(path), "Write two sentences about the sea.", words=30, words_per_chunk=15)
    recorder = Recorder()
    sent = recorder.sent

    worker = Worker(db_path=path, dispatcher=Dispatcher([recorder]), load_model=lambda: model, task_poll_seconds=0.2)
    worker.start()
    try:
        deadline = time.monotonic() + 60
        while not sent and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        worker.stop()
    assert sent and sent[0].title == "Task ready"
    assert get_task(open_db(path), task.id).status == "done"


def test_tasks_cli(home: Path) -> None:
    root = Group(name="assistant", commands={c.name: c for c in COMMANDS})
    runner = CliRunner()
    added = json.loads(runner.invoke(root, ["tasks", "add", "write a 1,000-word story", "--json"]).output)
    assert (added["status"], added["chunks_total"], added["percent"]) == ("queued", 7, 0)
    rows = json.loads(runner.invoke(root, ["tasks", "list", "--json"]).output)
    assert [r["id"] for r in rows] == [added["id"]] and {"chunks_done", "tokens", "percent"} <= set(rows[0])
    shown = json.loads(runner.invoke(root, ["tasks", "show", str(added["id"]), "--json"]).output)
    assert shown["text"] == ""
    assert runner.invoke(root, ["tasks", "cancel", str(added["id"])]).exit_code == 0
    refused = runner.invoke(root, ["tasks", "cancel", str(added["id"])])
    assert refused.exit_code == 1 and "already cancelled" in refused.stderr
    assert runner.invoke(root, ["tasks", "add", "  "]).exit_code == 1


def test_a_task_that_continues_a_story_is_listed_by_its_request(home: Path) -> None:
    # The story it carries on from is in the prompt, below the request; the list kept its line breaks.
    add_task(open_db(), "keep writing the story while I sleep\n\nThe story so far ends:\nThe fox ran.")
    root = Group(name="assistant", commands={c.name: c for c in COMMANDS})
    out = CliRunner().invoke(root, ["tasks", "list"]).output
    assert out.splitlines()[0].endswith("keep writing the story while I sleep") and "fox" not in out
