from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from assistant.cli import Group
from assistant.cli.memory import COMMANDS
from assistant.memory import api


@pytest.fixture
def cli(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_HOME", str(tmp_path / "home"))
    api._stores.clear()

    class Root(Group):
        """The real root's error handling, with only these commands (the root's registry is the lead's)."""

        def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
            return click.Group.get_command(self, ctx, cmd_name)

        def list_commands(self, ctx: click.Context) -> list[str]:
            return click.Group.list_commands(self, ctx)

    @click.group(cls=Root)
    def root() -> None:
        pass

    for command in COMMANDS:
        root.add_command(command)
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(root, list(args), **kw)


def test_add_search_json_one_line_per_query(cli) -> None:
    assert cli("memory", "add", "My bicycle is a blue Brompton that I bought in Leeds.").exit_code == 0
    out = cli("memory", "search", "what bike do I ride", "where was I born", "--limit", "3", "--json")
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [r["query"] for r in rows] == ["what bike do I ride", "where was I born"]
    hit = rows[0]["results"][0]
    assert set(hit) == {"id", "text", "at", "kind", "score"} and "Brompton" in hit["text"]


def test_import_bad_line_fails_with_one_line(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine line"}\n{"text": broken\n')
    result = cli("memory", "import", str(bad))
    assert result.exit_code == 1
    assert "line 2" in result.output and "Traceback" not in result.output
    assert cli("memory", "list", "--json").output == ""


def test_forget_asks_then_removes(cli) -> None:
    cli("memory", "add", "My locker code is 4411.")
    refused = cli("memory", "forget", "locker code", input="n\n")
    assert refused.exit_code == 1 and "4411" in refused.output
    assert "4411" in cli("memory", "list").output
    done = cli("memory", "forget", "locker code", "--yes")
    assert done.exit_code == 0
    assert "4411" not in cli("memory", "list").output


def test_profile_shows_source(cli) -> None:
    cli("memory", "add", "I live in Hangzhou.")
    cli("memory", "add", "I moved to Shanghai.")
    rows = [json.loads(line) for line in cli("profile", "--json").output.splitlines()]
    assert [r["text"] for r in rows] == ["I live in Shanghai"]
    assert rows[0]["said"] == "I moved to Shanghai."
