"""Whether the database sits on a network drive or in a cloud-synced folder.

SQLite's WAL needs shared memory that network file systems do not give, and sync clients copy
the database while it is written: either can damage it (sqlite.org: "How to corrupt").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SYNCED_FOLDER_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "box sync")
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "davfs", "fuse.rclone", "9p", "afs"}
)


def risky_location(database: Path) -> str | None:
    """Why the database's folder is risky (a network drive, a synced folder), or None."""
    folder = database.expanduser().absolute().parent
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return "it is on a network share"
    lowered = [part.lower() for part in folder.parts]
    for part in lowered:
        if any(part.startswith(name) for name in SYNCED_FOLDER_NAMES):
            return f"it is in a folder kept in sync with the cloud ({part})"
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        synced = os.environ.get(variable)
        if synced and _inside(folder, Path(synced)):
            return "it is in your OneDrive folder"
    if sys.platform == "win32":
        return _windows_network_drive(folder)
    if sys.platform.startswith("linux"):
        return _linux_network_mount(folder)
    return None


def _inside(folder: Path, root: Path) -> bool:
    try:
        folder.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


def _windows_network_drive(folder: Path) -> str | None:
    import ctypes

    drive_remote = 4
    root = folder.anchor
    if root and ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:  # type: ignore[attr-defined]
        return f"it is on a network drive ({root})"
    return None


def _linux_network_mount(folder: Path) -> str | None:
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best = ("", "")
    resolved = str(folder.resolve())
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best[0]):
            best = (mount_point, fields[2])
    if best[1] in NETWORK_FILE_SYSTEMS:
        return f"it is on a network drive ({best[0]})"
    return None
