"""Logging to a rotating file in the user's log folder (or the folder tests point to)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIR_ENV_VAR = "INSPECTION_DESKTOP_LOG_DIR"
LOG_FILENAME = "inspection-desktop.log"


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
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None  # Logging is a help, not a reason to refuse to start.
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
