"""Limits on every file the app reads, checked before the work: a wrong pick never hangs it.

A pipe or a device (``/dev/zero``) is refused before it is opened; a file is read no further
than its limit; tables stop at the first row, column or cell past their caps, with the cap in the
message so the user knows what to split or trim.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.errors import UserFacingError

MB = 1024 * 1024
# Longest file name shown in a message: a 4,000-character name must not flood the line.
_SHOWN_NAME = 80


@dataclass(frozen=True)
class TableLimits:
    """The largest table of one kind the app takes in, with what to call it in messages."""

    what: str  # "a population list"
    max_bytes: int
    max_rows: int
    max_columns: int
    max_cell_characters: int
    # For .xlsx: how much XML the sheet and the shared-string table may unpack to.
    max_sheet_xml_bytes: int = 512 * MB
    max_shared_strings_bytes: int = 256 * MB

    def check_width(self, name: str, row_number: int, width: int) -> None:
        """Refuse a row with more cells than the column cap."""
        if width > self.max_columns:
            raise UserFacingError(
                f"{name} has {width:,} columns in row {row_number:,}; {self.what} may have at "
                f"most {self.max_columns:,}. Remove the columns that are not needed."
            )

    def check_row_count(self, name: str, rows: int) -> None:
        """Refuse a table once it passes the row cap."""
        if rows > self.max_rows:
            raise UserFacingError(
                f"{name} has more than {self.max_rows:,} rows, the most {self.what} may have. "
                "Check it is the right file, or split it."
            )

    def check_cell(self, name: str, row_number: int, length: int) -> None:
        """Refuse a cell longer than the cell cap."""
        if length > self.max_cell_characters:
            raise UserFacingError(
                f"{name} has a cell longer than {self.max_cell_characters:,} characters (the "
                f"most a cell may hold) in row {row_number:,}. Check it is the right file."
            )

    def check_row(self, name: str, row_number: int, row: list[str]) -> None:
        """Refuse a row that is too wide or holds a cell that is too long."""
        self.check_width(name, row_number, len(row))
        longest = max(map(len, row), default=0)
        if longest > self.max_cell_characters:
            self.check_cell(name, row_number, longest)


POPULATION_LIST_LIMITS = TableLimits(
    what="a population list",
    max_bytes=100 * MB,
    max_rows=200_000,
    max_columns=500,
    max_cell_characters=32_767,  # Excel's own limit for a cell
)
CONTACT_LIST_LIMITS = TableLimits(
    what="a contact list",
    max_bytes=20 * MB,
    max_rows=20_000,
    # Outlook's full export has about 90 columns.
    max_columns=250,
    max_cell_characters=32_767,
)


def shown_name(path: Path, *, whole: bool = False) -> str:
    """A file's name (or ``whole`` path) as a message shows it: shortened when very long."""
    name = str(path) if whole or not path.name else path.name
    if len(name) <= _SHOWN_NAME:
        return name
    half = _SHOWN_NAME // 2 - 1
    return f"{name[:half]}…{name[-half:]}"


def check_ordinary_file(path: Path) -> os.stat_result:
    """The file's status, after refusing anything that is not an ordinary file one can read."""
    name = shown_name(path, whole=True)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise UserFacingError(f"There is no file {name}; it does not exist.") from None
    except PermissionError:
        raise UserFacingError(f"{name} could not be opened: permission denied.") from None
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte in it, a loop of links
        reason = getattr(exc, "strerror", None) or "the name is not usable"
        raise UserFacingError(f"{name} could not be opened: {reason}.") from None
    if stat.S_ISDIR(status.st_mode):
        raise UserFacingError(f"{name} is a folder, not a file. Choose a file inside it.")
    if not stat.S_ISREG(status.st_mode):
        raise UserFacingError(
            f"{name} is not an ordinary file (it is a device, pipe or socket). Choose a saved file."
        )
    return status


def read_limited_bytes(path: Path, max_bytes: int, what: str) -> bytes:
    """All the bytes of an ordinary file no bigger than ``max_bytes``; UserFacingError if not."""
    name = shown_name(path)
    too_big = UserFacingError(
        f"{name} is too big to be {what}: the limit is {max_bytes // MB:,} MB. "
        "Check it is the right file."
    )
    if check_ordinary_file(path).st_size > max_bytes:
        raise too_big
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the size on disk can change, or lie (/proc)
    except PermissionError:
        raise UserFacingError(f"{name} could not be opened: permission denied.") from None
    except OSError as exc:
        raise UserFacingError(f"{name} could not be read: {exc.strerror or 'error'}.") from None
    if len(data) > max_bytes:
        raise too_big
    return data
