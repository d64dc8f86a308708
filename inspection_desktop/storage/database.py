"""Opening the local store: checks, WAL and foreign keys, migration to the latest schema."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from inspection_desktop.storage.errors import (
    DatabaseFolderError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    StorageError,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_SECONDS = 5


class Database:
    """An open, migrated database: hands out sessions and turns driver errors into ours."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together at the end, or not at all."""
        with translate_errors(self.path), Session(self.engine, expire_on_commit=False) as session:
            yield session
            session.commit()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into the storage errors the user is shown."""
    try:
        yield
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        raise _storage_error(path, exc) from exc


def _storage_error(path: Path, exc: BaseException) -> StorageError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseUnreadableError(path)
    if "readonly" in text or "read-only" in text:
        return StorageError(f"The database {path} is read-only; copy it somewhere writable.")
    if "disk" in text and "full" in text:
        return StorageError(f"The disk holding {path} is full; free some space and try again.")
    log.error("database error on %s: %s", path, exc)
    return StorageError(f"The database {path} could not be used: {exc}")


def _revision_files() -> list[Path]:
    return sorted((MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def known_revisions() -> set[str]:
    """Every schema revision this release knows.

    Read from the migration file names (``0002_contacts.py`` is revision "0002"; a test holds
    the files to that), so that opening an up-to-date database never imports Alembic.
    """
    return {path.name[:4] for path in _revision_files()}


def head_revision() -> str:
    """The newest schema revision of this release (revisions form one numbered chain)."""
    return _revision_files()[-1].name[:4]


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing database file, read without changing it."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        ) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseUnreadableError(path, "it holds tables of another program")
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(row[0]) if row else None
    except sqlite3.Error as exc:
        raise _storage_error(path, exc) from exc


def _check_existing_file(path: Path) -> str | None:
    """Refuse files that are not SQLite or are too new; return the current revision."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnreadableError(path, exc.strerror or "cannot be read") from exc
    if header != SQLITE_HEADER:
        raise DatabaseUnreadableError(path)
    revision = read_revision(path)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(path, revision)
    return revision


def _back_up(path: Path, revision: str) -> Path:
    """Copy the database before a migration, so an upgrade can never lose a co-ordinator's work."""
    backup = path.with_name(f"{path.name}.before-upgrade-from-{revision}")
    with (
        contextlib.closing(sqlite3.connect(path)) as source,
        contextlib.closing(sqlite3.connect(backup)) as target,
    ):
        source.backup(target)
    return backup


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def open_database(path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Database:
    """Open the database at ``path``, creating it or upgrading it to the latest schema.

    ``busy_timeout`` is how many seconds to wait for another program's lock before giving up.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        # mkdir says "File exists" when a file sits where a folder on the way should be.
        blocking = next((up for up in path.parents if up.exists() and not up.is_dir()), None)
        if blocking is not None:
            raise DatabaseFolderError(blocking, "it is a file, not a folder") from exc
        raise DatabaseFolderError(path.parent, exc.strerror or "cannot create the folder") from exc
    revision = _check_existing_file(path)
    head = head_revision()
    if revision is not None and revision != head:
        with translate_errors(path):
            backup = _back_up(path, revision)
        log.info("backed up %s to %s before upgrading from %s", path, backup, revision)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _on_connect)
    if revision != head:
        upgrade(engine, path)
    return Database(path, engine)


def upgrade(engine: Engine, path: Path, target: str = "head") -> None:
    """Apply migrations up to ``target`` in one transaction, with foreign keys off meanwhile.

    SQLite alters a table by copying it, dropping the old one and renaming the copy; with
    foreign keys on, that drop would cascade and delete every row that refers to the table.
    The keys are checked once the migrations are done instead.
    """
    from alembic import command

    with translate_errors(path), engine.connect() as connection:
        # PRAGMA foreign_keys is ignored inside a transaction, so set it before one begins.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                command.upgrade(_alembic_config(connection), target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(
                        f"Upgrading {path} would leave {len(broken)} broken links between "
                        "records; nothing was changed. Please report this."
                    )
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
