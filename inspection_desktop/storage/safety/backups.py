"""Backups of the store: dated snapshots in a folder beside the database, thinned like Anki's.

A snapshot is taken when the window closes and before a schema upgrade, only when something
changed since the newest one; "Back up now" writes one to a chosen file. Restoring snapshots
the current database first, so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.storage import sqlite
from inspection_desktop.storage.errors import DatabaseDamagedError, StorageError

log = logging.getLogger(__name__)

BACKUP_FOLDER_NAME = "backups"
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})-(?P<kind>[a-z0-9-]+)\.sqlite3$"
)
_STAMP = "%Y-%m-%d-%H%M%S"
# Kinds thinned by the rotation; the others (before an upgrade or a restore) are kept.
ROTATED_KINDS = frozenset({"auto"})
KIND_NAMES = {
    "auto": "automatic",
    "manual": "backed up by hand",
    "before-upgrade": "before an upgrade",
    "before-restore": "before a restore",
    "damaged": "the damaged database, moved aside",
}


@dataclass(frozen=True)
class Backup:
    """One snapshot of the database."""

    path: Path
    taken_at: dt.datetime
    kind: str

    @property
    def kind_name(self) -> str:
        """Why it was taken, in words."""
        return KIND_NAMES.get(self.kind, self.kind)


def backups_folder(database: Path) -> Path:
    """Where the snapshots of ``database`` are kept."""
    return database.absolute().parent / BACKUP_FOLDER_NAME


def list_backups(database: Path) -> list[Backup]:
    """The database's snapshots in its backups folder, newest first."""
    folder = backups_folder(database)
    try:
        names = [entry.name for entry in folder.iterdir() if entry.is_file()]
    except OSError:
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if match is None or match["stem"] != database.stem:
            continue
        try:
            taken = dt.datetime.strptime(match["stamp"], _STAMP)
        except ValueError:
            continue
        found.append(Backup(folder / name, taken, match["kind"]))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def change_mark(path: Path) -> tuple[object, object]:
    """What a snapshot compares to see whether anything changed: revision and last change."""
    revision = sqlite.read_scalar(path, "SELECT version_num FROM alembic_version")
    last_change = sqlite.read_scalar(path, "SELECT max(id) FROM change_record")
    return revision, last_change


def changed_since_newest(database: Path) -> bool:
    """Whether the database differs from its newest snapshot (True when there is none)."""
    existing = list_backups(database)
    if not existing:
        return True
    current = change_mark(database)
    if current[1] is None:
        return True  # A schema without the change history: no way to tell, so back up.
    return change_mark(existing[0].path) != current


def take_backup(
    database: Path,
    kind: str = "auto",
    *,
    target: Path | None = None,
    only_if_changed: bool = False,
    now: dt.datetime | None = None,
) -> Backup | None:
    """Snapshot the database (into its backups folder, or to ``target``); None when unchanged."""
    if only_if_changed and target is None and not changed_since_newest(database):
        return None
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if target is None:
        folder = backups_folder(database)
        try:
            sqlite.make_private_folder(folder)
        except OSError as exc:
            raise StorageError(
                f"Cannot make the backups folder {folder}: {exc.strerror or 'not allowed'}."
            ) from exc
        target = folder / f"{database.stem}-{now.strftime(_STAMP)}-{kind}.sqlite3"
        serial = 1
        while target.exists():
            serial += 1
            target = folder / f"{database.stem}-{now.strftime(_STAMP)}-{kind}-{serial}.sqlite3"
    sqlite.snapshot(database, target)
    log.info("backed up the database (%s)", kind)
    if kind in ROTATED_KINDS:
        thin_backups(database)
    return Backup(target, now, kind)


def backups_to_remove(backups: Iterable[Backup]) -> list[Backup]:
    """The rotated snapshots the rotation drops: the newest of each of the 12 latest days,
    then of 10 weeks, then of 9 months, are kept."""
    rotated = sorted(
        (backup for backup in backups if backup.kind in ROTATED_KINDS),
        key=lambda backup: backup.taken_at,
        reverse=True,
    )
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    for backup in rotated:
        day = backup.taken_at.date()
        year, week, _weekday = day.isocalendar()
        if day in days:
            continue
        if len(days) < KEEP_DAILY:
            days.add(day)
        elif (year, week) in weeks:
            continue
        elif len(weeks) < KEEP_WEEKLY:
            weeks.add((year, week))
        elif (day.year, day.month) in months:
            continue
        elif len(months) < KEEP_MONTHLY:
            months.add((day.year, day.month))
        else:
            continue
        keep.add(backup.path)
    return [backup for backup in rotated if backup.path not in keep]


def thin_backups(database: Path) -> int:
    """Delete the automatic snapshots the rotation no longer keeps; how many went."""
    removed = 0
    for backup in backups_to_remove(list_backups(database)):
        try:
            backup.path.unlink()
            removed += 1
        except OSError:
            log.warning("could not remove an old backup")
    return removed


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound database of ours."""
    state = sqlite.check_file(path)
    if not state.exists or state.revision is None:
        raise StorageError(f"{path} is not an Inspection Desktop backup.")
    if sqlite.quick_check(path):
        raise DatabaseDamagedError(path)


def restore_backup(database: Path, backup: Path) -> Backup | None:
    """Put the backup's contents into the database, after snapshotting the database as it is.

    Returns the snapshot of what was there (None when there was nothing to keep). A damaged
    database cannot be snapshotted: it is moved aside instead, never deleted.
    """
    check_backup(backup)
    kept = None
    if database.exists() and database.stat().st_size > 0:
        try:
            sqlite.check_file(database)
            damaged = bool(sqlite.quick_check(database))
        except DatabaseDamagedError:
            damaged = True
        if damaged:
            moved = move_aside(database)
            log.info("moved a damaged database aside before restoring")
            kept = Backup(moved, dt.datetime.now().replace(microsecond=0), "damaged")
        else:
            kept = take_backup(database, "before-restore")
    if not database.exists() or database.stat().st_size == 0:
        sqlite.create_private_file(database)
    sqlite.copy_into(backup, database)
    log.info("restored the database from a backup")
    return kept


def move_aside(database: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm files) out of the way, keeping every byte."""
    stamp = dt.datetime.now().strftime(_STAMP)
    moved = database.with_name(f"{database.name}.damaged-{stamp}")
    for source in sqlite.companion_files(database):
        if source.exists():
            source.rename(moved.with_name(moved.name + source.name[len(database.name) :]))
    return moved


def newest_good_backup(database: Path) -> Backup | None:
    """The newest snapshot that passes the quick check, if any."""
    for backup in list_backups(database):
        try:
            check_backup(backup.path)
        except StorageError:
            continue
        return backup
    return None


def recover_from(database: Path, backup: Path | None) -> Path:
    """Move the damaged database aside and put the backup (or a new database) in its place."""
    if backup is not None:
        check_backup(backup)
    moved = move_aside(database)
    if backup is not None:
        sqlite.create_private_file(database)
        sqlite.copy_into(backup, database)
    return moved
