"""The SQLite store: error codes, application id, empty and damaged files, private permissions."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from inspection_desktop.storage import sqlite
from inspection_desktop.storage.database import open_database
from inspection_desktop.storage.errors import (
    DatabaseConflictError,
    DatabaseDamagedError,
    DatabaseEmptyError,
    DatabaseLockedError,
    DatabaseUnreadableError,
)


def damage(path: Path) -> None:
    """Overwrite the pages after the first two with noise, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(2 * page, len(data)):
        data[offset] = (offset * 7 + 13) % 251
    path.write_bytes(bytes(data))


def test_errors_are_told_apart_by_sqlite_error_code() -> None:
    """A driver error's code, not its text, chooses our error."""
    busy = sqlite3.OperationalError("some words that say nothing useful")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    busy.sqlite_errorname = "SQLITE_BUSY"  # type: ignore[attr-defined]
    assert isinstance(sqlite.storage_error(Path("x.sqlite3"), busy), DatabaseLockedError)
    worded = sqlite3.OperationalError("database is locked")
    assert not isinstance(sqlite.storage_error(Path("x.sqlite3"), worded), DatabaseLockedError)


def test_storage_error_text_holds_no_sql_or_values(db_path: Path) -> None:
    """A constraint failure becomes our message, without the statement or its parameters."""
    database = open_database(db_path)
    with pytest.raises(DatabaseConflictError) as caught, database.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO store_identity (id, store_uuid) VALUES (1, 'Secret Person')"
        )
    assert "Secret" not in str(caught.value) and "INSERT" not in str(caught.value)
    database.dispose()


def test_new_database_carries_our_application_id(db_path: Path) -> None:
    """A database we create is marked as ours."""
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == sqlite.APPLICATION_ID


def test_existing_database_of_ours_gets_the_application_id(db_path: Path) -> None:
    """A database made before the id existed is marked when it is opened."""
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA application_id=0")
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == sqlite.APPLICATION_ID


def test_database_with_another_application_id_is_refused(db_path: Path) -> None:
    """Another program's SQLite file, marked as theirs, is refused untouched."""
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA application_id=12345")
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseUnreadableError, match="another program"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_empty_file_is_refused_unless_starting_afresh(db_path: Path) -> None:
    """A zero-length file is not quietly made a new database."""
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseEmptyError, match="empty file"):
        open_database(db_path)
    assert db_path.stat().st_size == 0
    open_database(db_path, start_afresh=True).dispose()
    assert db_path.stat().st_size > 0


def test_damaged_database_is_refused_by_the_quick_check(demo_db_path: Path) -> None:
    """Damage in the middle of the file, past the header, is found before anything is read."""
    damage(demo_db_path)
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        open_database(demo_db_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_folder_and_files_are_private(tmp_path: Path) -> None:
    """The folder made for the database is 0700; the database and its WAL files 0600."""
    path = tmp_path / "new-folder" / "store.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        session.connection().exec_driver_sql("UPDATE store_identity SET store_uuid = store_uuid")
        assert stat.S_IMODE(path.with_name(path.name + "-wal").stat().st_mode) == 0o600
        assert stat.S_IMODE(path.with_name(path.name + "-shm").stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    database.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_file_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log folder made by the app is 0700 and the log 0600."""
    import logging

    from inspection_desktop.logging_setup import configure_logging

    monkeypatch.setenv("INSPECTION_DESKTOP_LOG_DIR", str(tmp_path / "logs"))
    path = configure_logging()
    assert path is not None
    try:
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(path.absolute()):
                root.removeHandler(handler)
                handler.close()


def test_a_statement_bug_reaches_nobody_with_its_values(db_path: Path) -> None:
    """A value a column cannot take fails without quoting the statement or the value."""
    import datetime as dt

    from inspection_desktop.storage.plan.models import InspectionRecord

    database = open_database(db_path)
    with pytest.raises(sqlite.StorageBugError) as caught, database.transaction() as session:
        session.add(
            InspectionRecord(
                area="Secret Area", notified_on=dt.date(2026, 1, 5), template_key="x",
                created_at="not a time", last_opened_at="not a time",  # type: ignore[arg-type]
            )
        )  # fmt: skip
        session.flush()
    assert "Secret" not in str(caught.value) and "INSERT" not in str(caught.value)
    assert caught.value.__cause__ is None
    database.dispose()


@pytest.mark.skipif(os.name != "posix", reason="a POSIX device")
def test_a_device_is_not_a_database(capsys: pytest.CaptureFixture[str]) -> None:
    """--db /dev/null gets one line naming the problem, and no SQL."""
    from inspection_desktop.composition import main_cli

    assert main_cli(["--db", os.devnull, "plan"]) == 2
    err = capsys.readouterr().err
    assert "not a regular file" in err and "CREATE" not in err and err.count("\n") == 1


def test_nothing_outside_the_sqlite_module_assumes_sqlite() -> None:
    """Only storage/sqlite.py imports the driver or issues a PRAGMA (PostgreSQL can follow)."""
    import re

    package = Path(sqlite.__file__).resolve().parents[1]
    pattern = re.compile(r"^\s*(import sqlite3|from sqlite3 )|PRAGMA ", re.MULTILINE)
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "sqlite.py" and "forms" not in path.parts
        and pattern.search(path.read_text(encoding="utf-8"))
    ]  # fmt: skip
    assert offenders == []
