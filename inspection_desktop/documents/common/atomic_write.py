"""Writing a document to disk so that a reader never sees half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from inspection_desktop.documents.common.input_limits import shown_name
from inspection_desktop.errors import UserFacingError


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write data to path via a temporary file in the same folder, then replace path with it."""
    folder = path.parent
    name = shown_name(path)
    if path.name in ("", ".", ".."):
        raise UserFacingError(f"Cannot save to {path}: it is a folder. Give a file name in it.")
    try:
        folder_exists, is_folder = folder.is_dir(), path.is_dir()
    except (OSError, ValueError) as exc:  # a name too long for the system, say
        reason = getattr(exc, "strerror", None) or "the name is not usable"
        raise UserFacingError(f"Cannot save {name}: {reason}.") from None
    if not folder_exists:
        raise UserFacingError(f"Cannot save {name}: the folder {folder} does not exist.")
    if is_folder:
        raise UserFacingError(f"Cannot save to {path}: it is a folder. Give a file name in it.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserFacingError(
            f"Cannot save {name} in {folder}: {exc.strerror or 'error'}. "
            "Choose a folder you can write to."
        ) from exc
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); a saved pack or export should get the
        # permissions any new file gets, or keep those of the file it replaces.
        os.chmod(temp_path, _mode_for(path))
        os.replace(temp_path, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        # Typical causes: the file is open in a PDF viewer (Windows), or the disk is full.
        raise UserFacingError(
            f"Cannot save {name}: {exc.strerror or 'error'}. "
            "Close the file if it is open in another program, check there is space, and try again."
        ) from exc


def _mode_for(path: Path) -> int:
    """The permission bits for the new file: the old file's, else what the umask allows."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
