"""Logging to a rotating file in the user's log folder (or the folder tests point to).

The log says what kind of error happened and where (exception types and the code's frames), never
an exception's message: messages of libraries quote values, SQL and parameters, and the data here
is about children. ``describe_failure`` gives the same text for the crash dialog's details.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

LOG_DIR_ENV_VAR = "INSPECTION_DESKTOP_LOG_DIR"
LOG_FILENAME = "inspection-desktop.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
# Causes and contexts followed this far back; a longer chain adds nothing a developer needs.
_CHAIN_DEPTH = 5


def log_file_path() -> Path:
    """Where the log is written."""
    override = os.environ.get(LOG_DIR_ENV_VAR)
    if override:
        return Path(override) / LOG_FILENAME
    from inspection_desktop.paths import user_log_dir

    return user_log_dir() / LOG_FILENAME


def describe_failure(
    kind: type[BaseException] | None,
    error: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """The kind of each error in the chain and the frames where it happened, never its message."""
    parts: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen and len(parts) < _CHAIN_DEPTH:
        seen.add(id(error))
        name = f"{type(error).__module__}.{type(error).__qualname__}".removeprefix("builtins.")
        frames = "".join(traceback.format_list(traceback.extract_tb(tb or error.__traceback__)))
        parts.append(f"{name} (message withheld: it may quote stored data)\n{frames}".rstrip())
        error = error.__cause__ or error.__context__
        tb = None
    if not parts and kind is not None:
        parts.append(kind.__qualname__)
    return "\n...caused while handling:\n".join(reversed(parts))


class PrivateFormatter(logging.Formatter):
    """A formatter whose tracebacks carry exception kinds and frames, not messages."""

    def format(self, record: logging.LogRecord) -> str:
        """The record, with any exception among its arguments reduced to its kind."""
        args = record.args
        if isinstance(args, tuple) and any(isinstance(arg, BaseException) for arg in args):
            record = logging.makeLogRecord(record.__dict__)
            record.args = tuple(
                f"{type(arg).__name__} (message withheld)"
                if isinstance(arg, BaseException)
                else arg
                for arg in args
            )
        return super().format(record)

    def formatException(self, ei: Any) -> str:
        """Kinds and frames of the exception being logged."""
        return describe_failure(ei[0], ei[1], ei[2])


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
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None  # Logging is a help, not a reason to refuse to start.
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
