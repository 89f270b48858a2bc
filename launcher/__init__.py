"""The `assistant` command's entry point: the window when it is run alone, the command line otherwise.

It sits above both front ends so that neither depends on the other and the core (`assistant/`) never
imports the window (`ui/`): `assistant` opens the window, `assistant chat …` (or any other argument, such
as --help or --version) is the command line.
"""

from __future__ import annotations

import sys


def main() -> None:
    if len(sys.argv) > 1:
        from assistant.cli import main as command_line

        command_line()
        return
    from assistant.config import data_dir
    from ui.app import run_app  # it sets up logging once the window is on screen

    sys.exit(run_app(data_dir()))
