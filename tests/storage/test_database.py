"""Opening the store: WAL and foreign keys, migrations from the first schema, refusals."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

from inspection_desktop.storage.database import head_revision, open_database, upgrade
from inspection_desktop.storage.errors import (
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
)
from inspection_desktop.storage.plan.inspection_service import InspectionService


def test_new_database_uses_wal_and_foreign_keys(db_path: Path) -> None:
    """Both pragmas are on for every connection."""
    database = open_database(db_path)
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.dispose()


def test_models_match_the_migrations(database) -> None:  # type: ignore[no-untyped-def]
    """The tables the migrations build are the tables the models describe."""
    import inspection_desktop.storage.tables  # noqa: F401  (every feature's tables)

    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def test_database_from_the_first_schema_upgrades_without_loss(db_path: Path) -> None:
    """Data written under revision 0001 is still there after upgrading to the latest schema."""
    engine = create_engine(f"sqlite:///{db_path}")
    upgrade(engine, db_path, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO inspection"
                " (area, notified_on, template_key, created_at, last_opened_at)"
                " VALUES ('Old Partnership', '2026-03-04', 'phase-one',"
                " '2026-03-04 09:00:00', '2026-03-04 09:00:00')"
            )
        )
    engine.dispose()
    database = open_database(db_path)
    service = InspectionService(database)
    [inspection] = service.list_inspections()
    assert inspection.area == "Old Partnership"
    assert inspection.notified_on == dt.date(2026, 3, 4)
    with sqlite3.connect(db_path) as connection:
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == head_revision()
        )
    database.dispose()


def test_database_from_a_newer_version_is_refused_and_left_alone(db_path: Path) -> None:
    """An unknown revision is refused before anything is written."""
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    """A text file given as the database gets a clear message and stays as it was."""
    db_path.write_text("name,email\nA,b@example.org\n", encoding="utf-8")
    with pytest.raises(DatabaseUnreadableError, match="not an Inspection Desktop database"):
        open_database(db_path)
    assert db_path.read_text(encoding="utf-8").startswith("name,email")


def test_other_programs_sqlite_database_is_refused(db_path: Path) -> None:
    """Someone else's SQLite file is not taken over."""
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(DatabaseUnreadableError, match="another program"):
        open_database(db_path)


def test_locked_database_gives_a_clear_error(db_path: Path) -> None:
    """A write lock held elsewhere becomes 'in use by another program', and nothing is written."""
    database = open_database(db_path, busy_timeout=0.05)
    service = InspectionService(database)
    blocker = sqlite3.connect(db_path, timeout=0)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError, match="in use by another program"):
            service.create_inspection("Locked Partnership", dt.date(2026, 3, 4))
    finally:
        blocker.rollback()
        blocker.close()
    assert service.list_inspections() == []
    database.dispose()


def test_database_with_an_inspection_upgrades_from_0001_keeping_its_plan(
    db_path: Path,
) -> None:
    """A 0001 database with an inspection keeps its plan items through 0002 (person owners)."""
    engine = create_engine(f"sqlite:///{db_path}")
    upgrade(engine, db_path, "0001")
    engine.dispose()
    # The current service writes columns 0001 lacks, so the plan is copied in with plain SQL.
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO inspection (area, notified_on, template_key, created_at, last_opened_at)"
            " VALUES ('Old Partnership', '2026-03-04', 'phase-one',"
            " '2026-03-04 09:00:00', '2026-03-04 09:00:00')"
        )
        connection.execute(
            "INSERT INTO plan_item (inspection_id, item_key, position, week, title, description,"
            " kind, lead, owner_role, attendees_json, agenda_json, guide_notes, status, notes,"
            " updated_at) VALUES (1, 'k', 0, 1, 'Read the letter', '', 'task', 'partnership',"
            " 'inspection_coordinator', '[]', '[]', '', 'done', 'kept', '2026-03-04 09:00:00')"
        )
    database = open_database(db_path)
    [row] = InspectionService(database).plan_rows(1)
    assert (row.title, row.notes, row.status.value) == ("Read the letter", "kept", "done")
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT owner_contact_id FROM plan_item").fetchone() == (None,)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    database.dispose()


def test_migration_file_names_match_alembic_revisions() -> None:
    """Revision ids are the files' number prefixes, in one chain ending at the head."""
    from alembic.script import ScriptDirectory

    from inspection_desktop.storage.database import MIGRATIONS_DIR, known_revisions

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert {rev.revision for rev in script.walk_revisions()} == known_revisions()
    assert script.get_current_head() == head_revision()
    for rev in script.walk_revisions():
        assert Path(rev.path).name.startswith(rev.revision + "_")


def test_migrations_run_with_foreign_keys_off(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Table rebuilds during a migration must not cascade-delete the rows that refer to them."""
    from alembic import command

    seen: list[int] = []
    real_upgrade = command.upgrade

    def spying_upgrade(config, target):  # type: ignore[no-untyped-def]
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        real_upgrade(config, target)

    monkeypatch.setattr(command, "upgrade", spying_upgrade)
    database = open_database(db_path)
    assert seen == [0]
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.dispose()
