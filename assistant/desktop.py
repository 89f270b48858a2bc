"""Desktop integration for Linux: the launcher, its icon, the worker's autostart entry and systemd unit.

The files in packaging/ are templates; installing points their Exec lines at this installation's
`assistant` command, so a launcher made from a virtualenv or a bundle starts that same program.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .db import storage_errors
from .errors import AssistantError

ICON = Path(__file__).resolve().parents[1] / "ui" / "resources" / "assistant.svg"


def templates_dir() -> Path:
    packed = Path(__file__).resolve().parent / "_packaging"
    return packed if packed.exists() else Path(__file__).resolve().parents[1] / "packaging"


def _xdg(variable: str, default: str) -> Path:
    return Path(os.environ.get(variable) or Path.home() / default)


@dataclass
class Placed:
    template: str
    target: Path


def targets() -> list[Placed]:
    data, conf = _xdg("XDG_DATA_HOME", ".local/share"), _xdg("XDG_CONFIG_HOME", ".config")
    return [
        Placed("assistant.desktop", data / "applications" / "assistant.desktop"),
        Placed("assistant.svg", data / "icons" / "hicolor" / "scalable" / "apps" / "assistant.svg"),
        Placed("assistant-worker.desktop", conf / "autostart" / "assistant-worker.desktop"),
        Placed("assistant-worker.service", conf / "systemd" / "user" / "assistant-worker.service"),
    ]


def executable() -> str:
    """This installation's `assistant` command (the one running now)."""
    found = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if found and found.name == "assistant" and found.exists():
        return str(found)
    beside = Path(sys.executable).parent / "assistant"
    if beside.exists():
        return str(beside)
    which = shutil.which("assistant")
    if which:
        return which
    raise AssistantError("cannot find the `assistant` command to point the launcher at; run it from its install")


def _render(template: str, exe: str) -> str:
    text = (templates_dir() / template).read_text(encoding="utf-8")
    # "Exec=assistant …" and "ExecStart=/usr/bin/env assistant …" both become this installation's path.
    return re.sub(
        r"^(Exec(?:Start)?=)(?:/usr/bin/env )?assistant\b", lambda m: m.group(1) + exe, text, flags=re.MULTILINE
    )


def install() -> list[Path]:
    exe = executable()
    placed = []
    for item in targets():
        with storage_errors(item.target):
            item.target.parent.mkdir(parents=True, exist_ok=True)
            if item.template.endswith(".svg"):
                shutil.copyfile(ICON, item.target)
            else:
                item.target.write_text(_render(item.template, exe), encoding="utf-8")
        placed.append(item.target)
    return placed


def uninstall() -> list[Path]:
    removed = []
    for item in targets():
        if item.target.exists():
            with storage_errors(item.target):
                item.target.unlink()
            removed.append(item.target)
    return removed
