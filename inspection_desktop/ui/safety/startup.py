"""Before the main window is built: one writer, and recovery from a damaged database.

A damaged (or empty) database opens the recovery dialog here, before any window exists, so
start-up never hangs on a box behind a half-built window; with ``--exit-after-startup`` it
prints one line and exits 2 instead.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import DatabaseDamagedError, DatabaseEmptyError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.usecases.safety import backups
from inspection_desktop.usecases.safety.window_start import (
    WriterLock,
    holder_text,
    location_warning,
)

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services

log = logging.getLogger(__name__)
EXIT_USAGE = 2


@dataclass
class OpenedStore:
    """What the window opens on: the services, whether read-only, and the lock it holds."""

    services: Services
    read_only: bool
    lock: WriterLock


def fail(message: str, exit_after_startup: bool, title: str = "Cannot open the database") -> int:
    """One line on stderr; a box too, unless this is a smoke test."""
    print(f"inspection-desktop: error: {message}", file=sys.stderr)
    if not exit_after_startup:
        dialogs.show_error(None, title, message)
    return EXIT_USAGE


def open_for_window(
    db_path: Path, open_services: Callable[..., Services], exit_after_startup: bool
) -> OpenedStore | int:
    """Take the writer lock and open the database, recovering it if damaged; or an exit code."""
    lock = WriterLock(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        holder = lock.acquire()
    except OSError as exc:
        holder = None
        log.warning("no writer lock beside the database (%s)", type(exc).__name__)
    read_only = False
    if holder is not None:
        message = f"The database {db_path} is open in {holder_text(holder)}."
        if exit_after_startup:
            return fail(message, exit_after_startup)
        choice = dialogs.ask_buttons(
            None,
            "Open elsewhere",
            f"{message}\n\nOnly one window may change it at a time. You can look at it "
            "read-only here, or stop and close the other copy first.",
            ["Open &read-only", "&Stop"],
        )
        if choice != 0:
            return EXIT_USAGE
        read_only = True
    while True:
        try:
            services = (
                open_services(db_path, read_only=read_only)
                if read_only
                else (open_services(db_path))
            )
            break
        except (DatabaseDamagedError, DatabaseEmptyError) as exc:
            if exit_after_startup or read_only:
                lock.release()
                return fail(str(exc), exit_after_startup)
            if not recover(db_path, exc):
                lock.release()
                return EXIT_USAGE
        except UserFacingError as exc:
            lock.release()
            return fail(str(exc), exit_after_startup)
    warning = location_warning(db_path)
    if warning:
        print(f"inspection-desktop: warning: {warning}", file=sys.stderr)
        if not exit_after_startup:
            dialogs.show_error(None, "Risky place for the database", warning)
    return OpenedStore(services, read_only, lock)


def recover(db_path: Path, problem: UserFacingError) -> bool:
    """The recovery dialog: restore the newest good backup, or start afresh; True to go on."""
    newest = backups.newest_good_backup(db_path)
    empty = isinstance(problem, DatabaseEmptyError)
    what = "is an empty file" if empty else "is damaged"
    text = (
        f"The database {db_path} {what}. Whichever you choose, the damaged file is kept "
        "beside it under a new name; it is never deleted."
    )
    if newest is not None:
        taken = f"{newest.taken_at.day} {newest.taken_at:%B %Y, %H:%M}"
        text += f"\n\nThe newest good backup was taken on {taken} ({newest.kind_name})."
        labels = [f"&Restore the backup of {taken}", "Start a &new, empty database", "&Quit"]
    else:
        text += "\n\nThere is no good backup in the backups folder."
        labels = ["Start a &new, empty database", "&Quit"]
    choice = dialogs.ask_buttons(None, "Recover the database", text, labels)
    if choice is None or labels[choice] == "&Quit":
        return False
    chosen = newest.path if newest is not None and choice == 0 else None
    try:
        moved = backups.recover(db_path, chosen)
    except UserFacingError as exc:
        dialogs.show_error(None, "Recovery failed", str(exc))
        return False
    dialogs.show_info(
        None,
        "Database recovered",
        f"The damaged file is kept as {moved}."
        + (f"\nThe database now holds the backup of {taken}." if chosen is not None else ""),
    )
    return True
