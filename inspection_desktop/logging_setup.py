"""Logging to a rotating file in the user's log folder (or the folder tests point to).

The log says what kind of error happened and where (exception types and the code's frames), never
an exception's message: messages of libraries quote values, SQL and parameters, and the data here
is about children. ``describe_failure`` gives the same text for the crash dialog's details.
"""

from __future__ import annotations

import logging
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
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


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


class _EarlyRecords(logging.Handler):
    """Holds the records logged before the log file is opened, to be written into it then."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record for the file."""
        self.records.append(record)


def hold_early_records() -> None:
    """Keep what is logged until ``configure_logging`` opens the file (the window opens it
    after its first paint), rather than printing it on the console."""
    root = logging.getLogger()
    if not any(isinstance(handler, _EarlyRecords) for handler in root.handlers):
        root.addHandler(_EarlyRecords())
        root.setLevel(logging.INFO)


def _take_early_records() -> list[logging.LogRecord]:
    root = logging.getLogger()
    records: list[logging.LogRecord] = []
    for handler in list(root.handlers):
        if isinstance(handler, _EarlyRecords):
            root.removeHandler(handler)
            records.extend(handler.records)
    return records


def configure_logging() -> Path | None:
    """Send log records to the rotating file; None when the folder cannot be written."""
    early = _take_early_records()
    path = log_file_path()
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "baseFilename", None) == str(path.absolute()):
            return path
    try:
        # A folder made here is private; one that already exists keeps its permissions.
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        handler = _private_rotating_file(path)
    except OSError:
        return None  # Logging is a help, not a reason to refuse to start.
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for record in early:
        handler.handle(record)
    return path


def _private_rotating_file(path: Path) -> logging.Handler:
    """A rotating log whose files only their owner can read (Linux and macOS)."""
    # Imported here: it brings sockets and pickling with it, a tenth of the way to the window.
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            descriptor = os.open(
                self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE
            )
            return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
