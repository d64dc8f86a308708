"""The program's entry point; everything is wired in ``inspection_desktop.composition``."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app: a subcommand runs on the command line, otherwise the window opens.

    Started as the program (``argv`` from the command line), the garbage collector is paused
    until start-up is over (see ``collector``); a caller passing ``argv``, such as a test,
    keeps its own collector as it is.
    """
    from inspection_desktop.collector import pause_for_start_up, start_up_over

    if argv is None:
        pause_for_start_up()
    try:
        from inspection_desktop.composition import main as composed_main

        return composed_main(argv)
    finally:
        start_up_over()
