"""The one place where things are wired together: command line or window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app: a subcommand runs on the command line, otherwise the window opens."""
    from inspection_desktop.cli.main import main_cli

    arguments = list(sys.argv[1:] if argv is None else argv)
    return main_cli(arguments)
