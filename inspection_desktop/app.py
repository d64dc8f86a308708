"""The one place where things are wired together: command line or window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app: a subcommand runs on the command line, otherwise the window opens."""
    from inspection_desktop.cli.main import database_path, parse_arguments, run_parsed
    from inspection_desktop.errors import UserFacingError
    from inspection_desktop.logging_setup import configure_logging

    args = parse_arguments(list(sys.argv[1:] if argv is None else argv))
    log_path = configure_logging()
    if args.command is not None:
        return run_parsed(args)
    try:
        db_path = database_path(args)
    except UserFacingError as exc:
        print(f"inspection-desktop: error: {exc}", file=sys.stderr)
        return 2
    from inspection_desktop.ui.shell.application import run_gui

    return run_gui(db_path, exit_after_startup=args.exit_after_startup, log_path=log_path)
