"""The program's entry point; everything is wired in ``inspection_desktop.composition``."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app: a subcommand runs on the command line, otherwise the window opens."""
    from inspection_desktop.composition import main as composed_main

    return composed_main(argv)
