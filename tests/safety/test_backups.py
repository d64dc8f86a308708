"""Backups: snapshots only when something changed, Anki's rotation, restore and recovery."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from inspection_desktop.storage.safety import backups
from inspection_desktop.storage.safety.backups import Backup


def count_inspections(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM inspection").fetchone()[0])


def test_snapshot_on_close_is_skipped_when_nothing_changed(services) -> None:  # type: ignore[no-untyped-def]
    """A second automatic snapshot with no change in between is not taken."""
    path = services.database.path
    services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    assert backups.take_backup(path, only_if_changed=True) is not None
    assert backups.take_backup(path, only_if_changed=True) is None
    assert len(backups.list_backups(path)) == 1


def test_snapshot_is_taken_again_after_a_change(services) -> None:  # type: ignore[no-untyped-def]
    """A change after the newest snapshot makes the next automatic one happen."""
    path = services.database.path
    inspection = services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    backups.take_backup(path, only_if_changed=True, now=dt.datetime(2026, 11, 1, 9))
    services.inspections.add_holiday(inspection.id, dt.date(2026, 12, 21), dt.date(2027, 1, 1))
    assert backups.take_backup(path, only_if_changed=True, now=dt.datetime(2026, 11, 2, 9))


def test_snapshot_is_a_sound_copy_holding_the_data(services) -> None:  # type: ignore[no-untyped-def]
    """The snapshot passes the integrity check and holds what the database held."""
    path = services.database.path
    services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    backup = backups.take_backup(path)
    assert backup is not None
    backups.check_backup(backup.path)
    assert count_inspections(backup.path) == 1


def test_rotation_keeps_12_daily_10_weekly_9_monthly(tmp_path: Path) -> None:
    """Of two years of twice-daily backups, the newest of 12 days, 10 weeks and 9 months stay."""
    start = dt.datetime(2027, 6, 30, 18)
    made = [
        Backup(tmp_path / f"b{n}", start - dt.timedelta(hours=12 * n), "auto") for n in range(1460)
    ]
    kept = [backup for backup in made if backup not in backups.backups_to_remove(made)]
    assert len(kept) == 12 + 10 + 9
    assert kept[0].taken_at == start
    assert len({backup.taken_at.date() for backup in kept}) == 31


def test_rotation_never_removes_backups_taken_before_a_restore(tmp_path: Path) -> None:
    """Only automatic snapshots are thinned."""
    start = dt.datetime(2027, 6, 30, 18)
    made = [Backup(tmp_path / f"b{n}", start - dt.timedelta(days=n), "before-restore")
            for n in range(100)]  # fmt: skip
    assert backups.backups_to_remove(made) == []


def test_restore_snapshots_the_current_database_first(services) -> None:  # type: ignore[no-untyped-def]
    """Restoring keeps what was there in a new snapshot, then brings the backup's data back."""
    path = services.database.path
    services.inspections.create_inspection("First CPP", dt.date(2026, 10, 5))
    early = backups.take_backup(path, "manual")
    assert early is not None
    services.inspections.create_inspection("Second CPP", dt.date(2026, 10, 12))
    kept = backups.restore_backup(path, early.path)
    assert kept is not None and count_inspections(kept.path) == 2
    assert [row.area for row in services.inspections.list_inspections()] == ["First CPP"]


def test_recovery_moves_the_damaged_file_aside_and_restores(services) -> None:  # type: ignore[no-untyped-def]
    """The damaged file is renamed, never deleted; the backup takes its place."""
    path = services.database.path
    services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    backup = backups.take_backup(path)
    assert backup is not None
    services.close()
    original = path.read_bytes()
    moved = backups.recover_from(path, backup.path)
    assert moved.read_bytes() == original
    assert count_inspections(path) == 1


def test_a_snapshot_is_taken_before_a_schema_upgrade(db_path: Path) -> None:
    """Opening a database of an older schema backs it up (into the folder) before upgrading."""
    from sqlalchemy import create_engine

    from inspection_desktop.composition import open_services
    from inspection_desktop.storage.database import upgrade

    engine = create_engine(f"sqlite:///{db_path}")
    upgrade(engine, db_path, "0004")
    engine.dispose()
    open_services(db_path).close()
    [backup] = backups.list_backups(db_path)
    assert backup.kind == "before-upgrade"
    assert backups.change_mark(backup.path)[0] == "0004"
