"""The store's checks, as the rest of the app asks for them (the SQLite work is in
``storage.sqlite``)."""

from __future__ import annotations

from pathlib import Path

from inspection_desktop.storage import sqlite

FileState = sqlite.FileState


def file_state(database: Path) -> FileState:
    """What the file holds (refusing what is not ours)."""
    return sqlite.check_file(database)


def quick(database: Path) -> list[str]:
    """Problems the quick check finds."""
    return sqlite.quick_check(database)


def integrity(database: Path) -> list[str]:
    """Problems the full integrity check finds."""
    return sqlite.integrity_check(database)
