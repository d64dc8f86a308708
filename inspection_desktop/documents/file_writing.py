"""Write a document so a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from inspection_desktop.errors import UserFacingError


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename it over the target."""
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise UserFacingError(f"Couldn't save {path.name} in {folder}: {_reason(error)}") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UserFacingError(f"Couldn't save {path.name}: {_reason(error)}") from error


def _reason(error: OSError) -> str:
    """The operating system's reason, without the errno noise."""
    if isinstance(error, PermissionError):
        return "permission denied (is the file open in another program?)"
    return (error.strerror or str(error)).rstrip(".").lower()
