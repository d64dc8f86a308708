"""Logging to a rotating file in the user's log folder (or the folder tests point to)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIR_ENV_VAR = "INSPECTION_DESKTOP_LOG_DIR"
LOG_FILENAME = "inspection-desktop.log"
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (Linux and macOS)."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE
        )
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_file_path() -> Path:
    """Where the log is written."""
    override = os.environ.get(LOG_DIR_ENV_VAR)
    if override:
        return Path(override) / LOG_FILENAME
    from inspection_desktop.paths import user_log_dir

    return user_log_dir() / LOG_FILENAME


def configure_logging() -> Path | None:
    """Send log records to the rotating file; None when the folder cannot be written."""
    path = log_file_path()
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "baseFilename", None) == str(path.absolute()):
            return path
    try:
        # A folder made here is private; one that already exists keeps its permissions.
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None  # Logging is a help, not a reason to refuse to start.
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
