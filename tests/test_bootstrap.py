"""packaging/bootstrap.sh refuses what it cannot do before it sets anything up."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "packaging" / "bootstrap.sh"


@pytest.mark.parametrize(("argument", "code"), [("--help", 0), ("-h", 0), ("nosuch", 2)])
def test_help_or_an_unknown_mode_sets_nothing_up(tmp_path: Path, argument: str, code: int) -> None:
    # `bootstrap.sh --help` created .venv/ and began installing every package before saying "usage".
    (tmp_path / "packaging").mkdir()
    shutil.copy(SCRIPT, tmp_path / "packaging" / "bootstrap.sh")
    done = subprocess.run(
        ["bash", str(tmp_path / "packaging" / "bootstrap.sh"), argument], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == code
    assert "app|test|bundle" in done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packaging"]
