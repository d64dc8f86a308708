"""Opening the store from a URL: checks, migration to the latest schema, sessions, our errors.

The engine-specific parts (file checks, PRAGMAs, WAL, backups, error codes) live in
``storage.sqlite``; this module only chooses it by the URL's scheme.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from inspection_desktop.storage import protected_files, sqlite
from inspection_desktop.storage.errors import (
    DatabaseDamagedError,
    DatabaseFolderError,
    DatabaseTooNewError,
    StorageError,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_SECONDS = 5
# Told the path of a database about to be upgraded (and its revision), before the upgrade.
BeforeUpgrade = Callable[[Path, str], None]


class Database:
    """An open, migrated database: hands out sessions and turns driver errors into ours."""

    def __init__(self, path: Path, engine: Engine, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        # The newest change this process has seen (for refusing edits over changes made
        # elsewhere since); moved on when the window picks up outside changes.
        self.seen_change = 0
        # The outermost unit of work takes the write lock as it begins (see storage.sqlite), so
        # a rule checked inside it still holds when it writes; reads nested in it do not.
        self._writer = engine.execution_options(exclusive_writes=True)
        self._depth = threading.local()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together at the end, or not at all.

        Nobody else can write between its first read and its commit, so a rule checked in it
        holds when its changes are written.
        """
        depth = getattr(self._depth, "value", 0)
        bind = self._writer if depth == 0 else self.engine
        self._depth.value = depth + 1
        try:
            with translate_errors(self.path), Session(bind, expire_on_commit=False) as session:
                yield session
                session.commit()
        finally:
            self._depth.value = depth

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
        protected_files.release(sqlite.companion_files(self.path))


@contextlib.contextmanager
def translate_errors(path: Path, where: str = "") -> Iterator[None]:
    """Turn the driver's errors into the storage errors the user is shown."""
    with sqlite.translated_errors(path, where):
        yield


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
    return sqlite.read_revision(path)


def _prepare_folder(path: Path) -> None:
    try:
        sqlite.make_private_folder(path.parent)
    except OSError as exc:
        # mkdir says "File exists" when a file sits where a folder on the way should be.
        blocking = next((up for up in path.parents if up.exists() and not up.is_dir()), None)
        if blocking is not None:
            raise DatabaseFolderError(blocking, "it is a file, not a folder") from exc
        raise DatabaseFolderError(path.parent, exc.strerror or "cannot create the folder") from exc


def open_database(
    path: Path,
    busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    *,
    start_afresh: bool = False,
    read_only: bool = False,
    before_upgrade: BeforeUpgrade | None = None,
) -> Database:
    """Open the database file at ``path`` (creating or upgrading it); see ``open_url``."""
    return open_url(
        sqlite.url_for(path),
        busy_timeout,
        start_afresh=start_afresh,
        read_only=read_only,
        before_upgrade=before_upgrade,
    )


def open_url(
    url: str,
    busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    *,
    start_afresh: bool = False,
    read_only: bool = False,
    before_upgrade: BeforeUpgrade | None = None,
) -> Database:
    """Open the database at ``url``, creating it or upgrading it to the latest schema.

    ``busy_timeout`` is how many seconds to wait for another program's lock before giving up;
    ``start_afresh`` lets an empty file become a new database; ``before_upgrade`` is called
    before a schema upgrade (the backups snapshot there). A read-only database is never
    created or upgraded.
    """
    if not sqlite.is_sqlite_url(url):
        raise StorageError("Only SQLite database files can be opened by this version.")
    path = sqlite.path_of(url)
    _prepare_folder(path)
    protected_files.protect(sqlite.companion_files(path), path)
    state = sqlite.check_file(path, start_afresh=start_afresh)
    revision = state.revision
    if state.exists and sqlite.quick_check(path):
        raise DatabaseDamagedError(path, "the integrity check found damage")
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(path, revision)
    head = head_revision()
    if read_only:
        if revision != head:
            raise StorageError(
                f"The database {path} needs upgrading before it can be opened read-only; "
                "open it normally first."
            )
        database = Database(
            path, sqlite.create_sqlite_engine(url, busy_timeout, read_only=True), True
        )
        return database
    if not state.exists:
        with translate_errors(path, "creating"):
            sqlite.create_private_file(path)
    if revision is not None and revision != head and before_upgrade is not None:
        before_upgrade(path, revision)
    engine = sqlite.create_sqlite_engine(url, busy_timeout)
    if revision != head:
        upgrade(engine, path)
    if state.application_id != sqlite.APPLICATION_ID:
        with translate_errors(path, "marking"):
            sqlite.mark_as_ours(engine)
    sqlite.install_change_log(engine)
    database = Database(path, engine)
    with translate_errors(path, "opening"):
        database.seen_change = sqlite.newest_change(engine)
    return database


def upgrade(engine: Engine, path: Path, target: str = "head") -> None:
    """Apply migrations up to ``target`` in one transaction, with foreign keys off meanwhile.

    SQLite alters a table by copying it, dropping the old one and renaming the copy; with
    foreign keys on, that drop would cascade and delete every row that refers to the table.
    The keys are checked once the migrations are done instead.
    """
    from alembic import command

    with (
        translate_errors(path, "upgrading"),
        sqlite.migration_connection(engine) as connection,
        connection.begin(),
    ):
        command.upgrade(_alembic_config(connection), target)
        broken = sqlite.broken_links(connection)
        if broken:
            raise StorageError(
                f"Upgrading {path} would leave {broken} broken links between "
                "records; nothing was changed. Please report this."
            )
