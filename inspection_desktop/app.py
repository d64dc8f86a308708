"""The program's entry point; everything is wired in ``inspection_desktop.composition``."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app: a subcommand runs on the command line, otherwise the window opens.

    Started as the program (``argv`` from the command line), the garbage collector is paused
    until start-up is over (see ``start_up_memory``); a caller passing ``argv``, such as a test,
    keeps its own collector as it is.
    """
    from inspection_desktop.start_up_memory import pause_collection, resume_collection

    if argv is None:
        pause_collection()
    try:
        from inspection_desktop.composition import main as composed_main

        return composed_main(argv)
    finally:
        resume_collection()
