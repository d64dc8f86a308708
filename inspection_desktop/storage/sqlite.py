"""Everything that knows the store is SQLite: the file header, PRAGMAs, WAL, backups, integrity
checks, the change log's triggers, and telling errors apart by SQLite's error code.

Nothing else in the package assumes SQLite; a PostgreSQL engine would get a module of its own
beside this one, chosen by the URL's scheme in ``storage.database``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from inspection_desktop.storage.errors import (
    DatabaseConflictError,
    DatabaseDamagedError,
    DatabaseDiskError,
    DatabaseEmptyError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseUnreadableError,
    StorageError,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# "InsD" in ASCII: marks a file as ours (PRAGMA application_id, header offset 68).
APPLICATION_ID = 0x496E7344
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
# Tables of the store's own bookkeeping: never logged in the change history.
UNLOGGED_TABLES = frozenset(
    {"alembic_version", "change_record", "store_identity", "handover_origin"}
)
# Columns that move on every save or open without the co-ordinator changing anything.
UNLOGGED_COLUMNS = frozenset({"updated_at", "last_opened_at", "version"})
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def url_for(path: Path) -> str:
    """The SQLAlchemy URL of a database file."""
    return f"sqlite:///{path}"


def path_of(url: str) -> Path:
    """The file a ``sqlite:///`` URL names."""
    database = make_url(url).database
    if not database:
        raise StorageError("An in-memory database cannot be opened as the store.")
    return Path(database)


def is_sqlite_url(url: str) -> bool:
    """Whether this module handles the URL."""
    return make_url(url).get_backend_name() == "sqlite"


# Errors -------------------------------------------------------------------------------------


def error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind an exception (SQLAlchemy's or the driver's)."""
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def storage_error(path: Path, exc: BaseException, where: str = "") -> StorageError:
    """Our own error for a driver error, told apart by SQLite's error code, never its text.

    The message names the problem and what to do; it never holds a value, a statement or a
    parameter list, and neither does the log line.
    """
    code = error_code(exc)
    original = getattr(exc, "orig", exc)
    name = getattr(original, "sqlite_errorname", type(original).__name__)
    log.error("database error %s (%s) on %s%s", name, type(original).__name__, path.name,
              f" in {where}" if where else "")  # fmt: skip
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseLockedError(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseDamagedError(path)
    if code == sqlite3.SQLITE_READONLY:
        return DatabaseReadOnlyError(path)
    if code == sqlite3.SQLITE_FULL:
        return DatabaseDiskError(path, "the disk is full; free some space and try again")
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return DatabaseDiskError(
            path, "it could not be read or written; check the drive is there and you may write"
        )
    if code == sqlite3.SQLITE_CONSTRAINT:
        return DatabaseConflictError()
    return StorageError(
        f"The database {path} could not be used ({name}). Nothing more was saved; "
        "try again, and if it happens again run 'inspection-desktop check'."
    )


@contextlib.contextmanager
def translated_errors(path: Path, where: str = "") -> Iterator[None]:
    """Turn the driver's errors into ours (SQLAlchemy wraps them; the driver's come bare)."""
    from sqlalchemy.exc import DBAPIError, StatementError

    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        # "from None": the driver's exception quotes the statement and its parameters, which
        # must reach neither the user nor a logged traceback.
        raise storage_error(path, exc, where) from None
    except StatementError as exc:
        # A value the column could not take: a bug, reported by kind and place only.
        kind = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
        log.error("database statement failed: %s%s", kind, f" in {where}" if where else "")
        raise StorageBugError(
            f"A database operation failed ({kind}); details in the log."
        ) from None


class StorageBugError(RuntimeError):
    """A statement the store itself got wrong (a bug), without the statement or its values."""


# The file itself ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FileState:
    """What is at the database's path before it is opened."""

    exists: bool
    revision: str | None = None
    application_id: int = 0


def check_file(path: Path, start_afresh: bool = False) -> FileState:
    """Refuse what is not a database of ours; return what the file holds.

    A zero-length file is refused unless ``start_afresh``: a truncated database must never
    quietly become a new, empty one.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return FileState(exists=False)
    except OSError as exc:
        raise DatabaseUnreadableError(path, exc.strerror or "cannot be read") from exc
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseUnreadableError(path, "it is not a regular file")
    if info.st_size == 0:
        if start_afresh:
            return FileState(exists=False)
        raise DatabaseEmptyError(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnreadableError(path, exc.strerror or "cannot be read") from exc
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseUnreadableError(path)
    # Read through SQLite, not from the header bytes: the newest value may still be in the WAL.
    with read_only_connection(path) as connection:
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    if application_id not in (0, APPLICATION_ID):
        raise DatabaseUnreadableError(path, "it belongs to another program")
    return FileState(exists=True, revision=read_revision(path), application_id=application_id)


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection that cannot change the file."""
    with (
        translated_errors(path, "reading"),
        contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        ) as connection,
    ):
        yield connection


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing database file, read without changing it."""
    with read_only_connection(path) as connection:
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


def mark_as_ours(engine: Engine) -> None:
    """Set the application id, so other programs (and we) can tell the file is ours."""
    with engine.connect() as connection:
        current = connection.exec_driver_sql("PRAGMA application_id").scalar()
        if current != APPLICATION_ID:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            connection.commit()


def quick_check(path: Path) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (empty when the file is sound)."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    """Problems the full ``PRAGMA integrity_check`` finds, foreign keys included."""
    problems = _check(path, "integrity_check")
    if not problems:
        with read_only_connection(path) as connection:
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"{len(broken)} records refer to records that are not there")
    return problems


def _check(path: Path, pragma: str) -> list[str]:
    try:
        with read_only_connection(path) as connection:
            rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    except DatabaseDamagedError:
        return ["the file's structure is damaged"]
    return [] if rows == ["ok"] else rows


# Files and permissions ----------------------------------------------------------------------


def make_private_folder(folder: Path) -> None:
    """Create a folder only its owner can enter (Linux and macOS; Windows profiles are private).

    A folder that already exists keeps its permissions: it may be the user's own choice.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner alone.

    SQLite gives the ``-wal`` and ``-shm`` files the database file's permissions.
    """
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(descriptor)


def companion_files(path: Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)]


# The engine ---------------------------------------------------------------------------------


def create_sqlite_engine(url: str, busy_timeout: float, read_only: bool = False) -> Engine:
    """An engine whose connections use WAL and foreign keys, and start write transactions at once.

    A connection with the ``exclusive_writes`` option begins with ``BEGIN IMMEDIATE``: a rule
    checked and then written ("one holder for this role") holds even when the command line
    writes while the window is open, because nobody else can write between the check and the write.
    """
    engine = create_engine(url, connect_args={"timeout": busy_timeout})
    read_only_flag = read_only

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling would send a plain BEGIN; we send ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        if read_only_flag:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        exclusive = connection.get_execution_options().get("exclusive_writes", False)
        immediate = exclusive and not read_only_flag
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@contextlib.contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection with foreign keys off until it is given back (for table rebuilds).

    SQLite alters a table by copying, dropping and renaming it; with foreign keys on, the drop
    would cascade. The pragma is ignored inside a transaction, so it is set before one begins.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            yield connection
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def broken_links(connection: Connection) -> int:
    """How many rows refer to rows that are not there."""
    return len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def install_change_log(engine: Engine, machine: str | None = None) -> None:
    """Log every change of the store's tables into ``change_record``, made from now on.

    Temporary triggers, made afresh on each connection from the live schema, so a table
    another feature adds is covered without touching this module. Pooled connections made
    before (by a migration) are dropped.
    """
    host = machine or socket.gethostname()
    process = os.getpid()

    @event.listens_for(engine, "connect")
    def _add_triggers(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS audit_context (machine TEXT, pid INTEGER)")
        cursor.execute("DELETE FROM temp.audit_context")
        cursor.execute("INSERT INTO temp.audit_context VALUES (?, ?)", (host, process))
        tables = [
            str(row[0])
            for row in cursor.execute(
                "SELECT name FROM main.sqlite_master"
                " WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        ]
        for table in tables:
            if table in UNLOGGED_TABLES:
                continue
            columns = [
                (str(row[1]), str(row[2]).upper(), int(row[5]))
                for row in cursor.execute(f'PRAGMA main.table_info("{table}")').fetchall()
            ]
            for statement in _trigger_statements(table, columns):
                cursor.execute(statement)
        cursor.close()

    engine.dispose()


def _trigger_statements(table: str, columns: list[tuple[str, str, int]]) -> list[str]:
    """Insert, update and delete triggers writing one ``change_record`` row each."""
    keys = [name for name, _type, pk in columns if pk]
    row_key = f'"{keys[0]}"' if len(keys) == 1 else "rowid"

    def as_json(prefix: str) -> str:
        pairs = []
        for name, kind, _pk in columns:
            value = f'{prefix}."{name}"'
            if "BLOB" in kind:
                value = f"length({value})"
            pairs.append(f"'{name}', {value}")
        return f"json_object({', '.join(pairs)})"

    watched = [name for name, _kind, _pk in columns if name not in UNLOGGED_COLUMNS]
    changed = " OR ".join(f'OLD."{name}" IS NOT NEW."{name}"' for name in watched) or "0"
    context = "(SELECT machine FROM audit_context), (SELECT pid FROM audit_context)"
    insert_into = (
        "INSERT INTO change_record"
        " (changed_at, machine, pid, table_name, row_id, action, old_values, new_values)"
    )
    now = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
    return [
        f'CREATE TEMP TRIGGER IF NOT EXISTS "log_add_{table}" AFTER INSERT ON main."{table}"'
        f" BEGIN {insert_into} VALUES ({now}, {context}, '{table}', NEW.{row_key}, 'added',"
        f" NULL, {as_json('NEW')}); END",
        f'CREATE TEMP TRIGGER IF NOT EXISTS "log_change_{table}" AFTER UPDATE ON main."{table}"'
        f" WHEN {changed}"
        f" BEGIN {insert_into} VALUES ({now}, {context}, '{table}', NEW.{row_key}, 'changed',"
        f" {as_json('OLD')}, {as_json('NEW')}); END",
        f'CREATE TEMP TRIGGER IF NOT EXISTS "log_remove_{table}" AFTER DELETE ON main."{table}"'
        f" BEGIN {insert_into} VALUES ({now}, {context}, '{table}', OLD.{row_key}, 'removed',"
        f" {as_json('OLD')}, NULL); END",
    ]


def newest_change(engine: Engine) -> int:
    """The newest change history entry's id (0 when there is none)."""
    with engine.connect() as connection:
        value = connection.exec_driver_sql("SELECT max(id) FROM change_record").scalar()
        connection.rollback()
    return int(value or 0)


# Backups ------------------------------------------------------------------------------------


def snapshot(source: Path, target: Path) -> None:
    """Write a consistent, compact copy of the database to ``target`` (``VACUUM INTO``).

    Never a file copy: that could catch the database half-written, or miss what the WAL holds.
    """
    if target.exists():
        raise StorageError(f"{target} already exists; choose another file name.")
    with (
        translated_errors(source, "backing up"),
        contextlib.closing(sqlite3.connect(source, timeout=BACKUP_TIMEOUT_SECONDS)) as connection,
    ):
        connection.execute("VACUUM INTO ?", (str(target),))
    if os.name == "posix":
        with contextlib.suppress(OSError):
            target.chmod(PRIVATE_FILE_MODE)


BACKUP_TIMEOUT_SECONDS = 10


def copy_into(backup: Path, target: Path) -> None:
    """Replace the contents of the database at ``target`` with the backup, through SQLite."""
    with (
        translated_errors(target, "restoring"),
        contextlib.closing(
            sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        ) as source,
        contextlib.closing(sqlite3.connect(target, timeout=BACKUP_TIMEOUT_SECONDS)) as destination,
    ):
        source.backup(destination)


def read_scalar(path: Path, sql: str) -> Any:
    """One value read from a database file without changing it (None when the table is absent)."""
    try:
        with read_only_connection(path) as connection:
            row = connection.execute(sql).fetchone()
    except StorageError:
        return None
    return row[0] if row else None


# Watching for other programs' changes -------------------------------------------------------


class DataVersionWatcher:
    """Tells whether another process has changed the store since the last look.

    ``PRAGMA data_version`` moves when any other connection commits, this process's own
    pooled ones included, so the change log then says whether the change came from elsewhere.
    Reads go through a connection of its own, outside the engine: nothing the window counts.
    """

    def __init__(self, path: Path, after_change: int) -> None:
        self._connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        self._seen = self._version()
        self._after = after_change

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True once after each change made by another process."""
        try:
            current = self._version()
            if current == self._seen:
                return False
            self._seen = current
            row = self._connection.execute(
                "SELECT max(id), max(CASE WHEN pid != ? THEN id END) FROM change_record"
                " WHERE id > ?",
                (os.getpid(), self._after),
            ).fetchone()
        except sqlite3.Error:
            return False
        newest, by_others = row
        if newest is not None:
            self._after = int(newest)
        return by_others is not None

    @property
    def newest_seen(self) -> int:
        """The newest change looked at."""
        return self._after

    def skip_to(self, change_id: int) -> None:
        """Treat every change up to ``change_id`` as seen (after a restore, say)."""
        self._after = change_id

    def close(self) -> None:
        """Release the connection."""
        self._connection.close()
