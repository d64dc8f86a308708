"""Noticing changes other programs made to the store (the command line, another window)."""

from __future__ import annotations

from pathlib import Path

from inspection_desktop.storage import sqlite

OutsideChangeWatcher = sqlite.DataVersionWatcher


def watch(database: Path, after_change: int) -> OutsideChangeWatcher:
    """A watcher over the database, counting changes after ``after_change`` as new."""
    return sqlite.DataVersionWatcher(database, after_change)
