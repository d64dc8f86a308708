"""Backing up, restoring, checking and recovering the store: shared by the window and the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage import protected_files
from inspection_desktop.storage.damaged_text import find_damaged_text
from inspection_desktop.storage.database import head_revision, known_revisions, translate_errors
from inspection_desktop.storage.errors import StorageError
from inspection_desktop.storage.safety import backups, sqlite_checks
from inspection_desktop.storage.safety.backups import Backup
from inspection_desktop.storage.safety.history import HistoryEntry
from inspection_desktop.storage.safety.writer_lock import is_stale, lock_path, read_holder
from inspection_desktop.usecases.services import Services

__all__ = [
    "Backup",
    "HistoryEntry",
    "StoreCheck",
    "back_up_before_upgrade",
    "back_up_now",
    "back_up_on_close",
    "backups_folder",
    "check_store",
    "damaged_text_problem",
    "list_backups",
    "newest_good_backup",
    "recover",
    "restore",
]

backups_folder = backups.backups_folder
list_backups = backups.list_backups
newest_good_backup = backups.newest_good_backup


def back_up_now(database: Path, target: Path | None = None) -> Backup:
    """Snapshot the database now, into its backups folder or to ``target``."""
    if target is not None:
        target = target.expanduser()
        if protected_files.store_file_behind(target) is not None or _same_file(target, database):
            raise UserFacingError(
                f"Cannot back up to {target}: it is the database itself or one of its files. "
                "Choose another file name."
            )
        if not target.parent.is_dir():
            raise UserFacingError(f"Cannot back up to {target}: the folder does not exist.")
    backup = backups.take_backup(database, "manual", target=target)
    assert backup is not None
    return backup


def back_up_on_close(database: Path) -> Backup | None:
    """The automatic snapshot when the window closes, only if something changed."""
    return backups.take_backup(database, "auto", only_if_changed=True)


def back_up_before_upgrade(database: Path, _revision: str) -> None:
    """The snapshot before a schema upgrade (if anything changed since the newest one)."""
    backups.take_backup(database, "before-upgrade", only_if_changed=True)


def restore(database: Path, backup: Path) -> Backup | None:
    """Replace the database with a backup; what was there is snapshotted first and returned."""
    backup = backup.expanduser()
    if not backup.is_file():
        raise UserFacingError(f"{backup} is not a file; list the backups with 'backups'.")
    if _same_file(backup, database):
        raise UserFacingError(f"{backup} is the database itself, not a backup of it.")
    holder = read_holder(lock_path(database))
    if holder is not None and holder.pid != os.getpid() and not is_stale(holder):
        raise UserFacingError(
            f"The database {database} is open in Inspection Desktop (process {holder.pid} on "
            f"{holder.host}); close the window first, or restore from its File menu."
        )
    return backups.restore_backup(database, backup)


def recover(database: Path, backup: Path | None) -> Path:
    """Move a damaged database aside (never deleting it) and put the backup in its place."""
    return backups.recover_from(database, backup)


@dataclass(frozen=True)
class StoreCheck:
    """What ``check`` found: problems (none when sound) and the schema revision."""

    problems: list[str]
    revision: str | None


def check_store(database: Path, full: bool = True) -> StoreCheck:
    """Integrity, application id and schema version of the database file."""
    try:
        state = sqlite_checks.file_state(database)
    except StorageError as exc:
        return StoreCheck([str(exc)], None)
    if not state.exists:
        return StoreCheck([f"There is no database at {database}."], None)
    problems = []
    if state.revision is not None and state.revision not in known_revisions():
        problems.append(
            f"The schema ({state.revision}) is newer than this version knows ({head_revision()})."
        )
    damage = sqlite_checks.integrity(database) if full else sqlite_checks.quick(database)
    problems.extend(f"Damage found: {line}" for line in damage[:10])
    return StoreCheck(problems, state.revision)


def damaged_text_problem(services: Services) -> str | None:
    """Stored values that are not readable text, named by place (never shown), if any."""
    with translate_errors(services.database.path, "checking"):
        damaged = find_damaged_text(services.database.engine)
    if not damaged:
        return None
    shown = "; ".join(value.description for value in damaged[:5])
    more = f" and {len(damaged) - 5} more" if len(damaged) > 5 else ""
    return (
        f"{len(damaged)} stored value{'s are' if len(damaged) != 1 else ' is'} not readable "
        f"text ({shown}{more}); retype them in the window, or restore a backup."
    )


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.expanduser().resolve() == other.resolve() or (
            one.exists() and other.exists() and one.samefile(other)
        )
    except OSError:
        return False
