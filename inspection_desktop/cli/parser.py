"""Argument parsing shared by every subcommand: one-line errors and bounded values.

Every value on the command line is checked here, in one place, before a command runs: whole
numbers within SQLite's integer range, dates within 2000–2100, text and file names within a
length. The bounds apply to every command's arguments, including ones added later, because the
parser itself applies them to whatever it converts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from inspection_desktop.errors import UserFacingError
from inspection_desktop.paths import expand_home

EXIT_USAGE = 2
# SQLite stores integers in 8 bytes: an id outside this range can name nothing.
SQLITE_LARGEST_INTEGER = 2**63 - 1
SQLITE_SMALLEST_INTEGER = -(2**63)
EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
# The longest any single argument may be (a long path is about this); names are far shorter.
LONGEST_ARGUMENT = 4096
LONGEST_NAME = 200
LONGEST_REASON = 2000
# Most file systems allow 255 bytes for one name in a path.
LONGEST_FILE_NAME_BYTES = 255


class OneLineArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one clear line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit 2, instead of argparse's usage block."""
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """Convert one value as argparse does, inside the bounds every command shares."""
        # The command's own parser checks the words after a command name, naming the option.
        if action.nargs not in (argparse.PARSER, argparse.REMAINDER) and (
            len(arg_string) > LONGEST_ARGUMENT
        ):
            raise argparse.ArgumentError(
                action,
                f"the value is {len(arg_string):,} characters; at most "
                f"{LONGEST_ARGUMENT:,} are allowed",
            )
        value = super()._get_value(action, arg_string)
        if isinstance(value, int) and not isinstance(value, bool):
            if not SQLITE_SMALLEST_INTEGER <= value <= SQLITE_LARGEST_INTEGER:
                raise argparse.ArgumentError(
                    action,
                    f"{_shown(arg_string)} is out of range: no id or number here is beyond "
                    f"{SQLITE_LARGEST_INTEGER:,} either way",
                )
        elif isinstance(value, Path):
            _check_path(action, arg_string, value)
        return value


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _check_path(action: argparse.Action, text: str, path: Path) -> None:
    if not text.strip():
        raise argparse.ArgumentError(action, "needs a file name, not an empty value")
    if "\x00" in text:
        raise argparse.ArgumentError(action, "a file name cannot hold a NUL character")
    for part in path.parts:
        if len(part.encode("utf-8", "surrogateescape")) > LONGEST_FILE_NAME_BYTES:
            raise argparse.ArgumentError(
                action,
                f"the name {_shown(part)!r} is longer than file names may be "
                f"({LONGEST_FILE_NAME_BYTES} bytes)",
            )


def file_name_text(text: str) -> str:
    """A path kept as text (``--db``), checked as a file name like any path argument."""
    for part in Path(text).parts:
        if len(part.encode("utf-8", "surrogateescape")) > LONGEST_FILE_NAME_BYTES:
            raise argparse.ArgumentTypeError(
                f"the name {_shown(part)!r} is longer than file names may be "
                f"({LONGEST_FILE_NAME_BYTES} bytes)"
            )
    if "\x00" in text:
        raise argparse.ArgumentTypeError("a file name cannot hold a NUL character")
    return text


def output_file(text: str) -> Path:
    """A file to write: a name, not a folder such as "/" or "."."""
    try:
        path = expand_home(Path(text))
    except UserFacingError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if text.strip() and (text.endswith(("/", "\\")) or path.name in ("", ".", "..")):
        raise argparse.ArgumentTypeError(f"{_shown(text)!r} is a folder; give a file name in it")
    return path


def iso_date(text: str) -> dt.date:
    """Parse a YYYY-MM-DD date within 2000–2100, with a message that says what was wrong."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{_shown(text)!r} is not a real date in the form YYYY-MM-DD"
        ) from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise argparse.ArgumentTypeError(
            f"{text} is outside the dates this app plans for "
            f"({EARLIEST_DATE.year} to {LATEST_DATE.year})"
        )
    return day


def bounded_text(longest: int) -> Callable[[str], str]:
    """An argparse type for text of at most ``longest`` characters."""

    def text(value: str) -> str:
        if len(value) > longest:
            raise argparse.ArgumentTypeError(
                f"the text is {len(value):,} characters; at most {longest:,} are allowed"
            )
        return value

    text.__name__ = "text"
    return text


def text_encoding(name: str) -> str:
    """The name of a text encoding Python can decode a file with ("cp1252", "utf-8")."""
    import codecs

    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        info = None
    # Codecs such as punycode or rot13 are not how a spreadsheet is saved.
    if info is None or not info._is_text_encoding or info.name in _NOT_FILE_ENCODINGS:
        raise argparse.ArgumentTypeError(
            f"{_shown(name)!r} is not a text encoding this app knows; try utf-8 or cp1252"
        )
    return info.name


_NOT_FILE_ENCODINGS = frozenset(
    ["punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7", "mbcs", "oem"]
)
name_text = bounded_text(LONGEST_NAME)
reason_text = bounded_text(LONGEST_REASON)


def add_actions(subparsers: Any, name: str, help_text: str) -> Any:
    """A command with actions under it (``contacts list``), one of which must be given."""
    command = subparsers.add_parser(name, help=help_text)
    actions = command.add_subparsers(dest=f"{name}_command", metavar="ACTION")
    actions.required = True
    return actions
