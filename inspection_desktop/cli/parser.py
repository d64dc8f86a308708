"""Argument parsing shared by every subcommand: one-line errors, ISO dates."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any, NoReturn

EXIT_USAGE = 2


class OneLineArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one clear line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit 2, instead of argparse's usage block."""
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def iso_date(text: str) -> dt.date:
    """Parse a YYYY-MM-DD date for argparse, with a message that says what was wrong."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a real date in the form YYYY-MM-DD"
        ) from None


def add_actions(subparsers: Any, name: str, help_text: str) -> Any:
    """A command with actions under it (``contacts list``), one of which must be given."""
    command = subparsers.add_parser(name, help=help_text)
    actions = command.add_subparsers(dest=f"{name}_command", metavar="ACTION")
    actions.required = True
    return actions
