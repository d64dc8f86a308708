"""The storage layer's own errors: each says what went wrong and what to do, in plain words."""

from __future__ import annotations

from pathlib import Path

from inspection_desktop.errors import UserFacingError


class StorageError(UserFacingError):
    """Something about the database file stops the app from using it."""


class DatabaseLockedError(StorageError):
    """Another program holds the database."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is in use by another program (perhaps another copy of "
            "Inspection Desktop). Close it and try again."
        )


class DatabaseUnreadableError(StorageError):
    """The file is not a database this app can read."""

    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{path} is not an Inspection Desktop database, or it is damaged{extra}. "
            "Nothing was changed; restore it from a backup or choose another file with --db."
        )


class DatabaseTooNewError(StorageError):
    """The database was written by a newer release; we refuse to touch it."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The database {path} was written by a newer version of Inspection Desktop "
            f"(schema {revision}). Nothing was changed; install the newer version to open it."
        )


class DatabaseFolderError(StorageError):
    """The folder for the database cannot be created or written."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Cannot use {path}: {reason}.")


class RecordNotFoundError(UserFacingError):
    """An id that names nothing in the database."""


class CompletionBlockedError(UserFacingError):
    """A rule of the plan stops an item being marked done yet."""


class DatabaseDamagedError(DatabaseUnreadableError):
    """The file is one of ours but its contents are damaged."""

    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        StorageError.__init__(
            self,
            f"The database {path} is damaged{extra}. Nothing was changed; restore the newest "
            "backup (inspection-desktop backups, then restore FILE) or open the window to recover.",
        )
        self.path = path


class DatabaseEmptyError(DatabaseUnreadableError):
    """A zero-length file where a database was expected: never quietly a new database."""

    def __init__(self, path: Path) -> None:
        StorageError.__init__(
            self,
            f"The database {path} is an empty file, perhaps cut short by a crash. Nothing was "
            "changed; restore a backup, or give --new-database to start a new database there.",
        )
        self.path = path


class DatabaseReadOnlyError(StorageError):
    """A write was refused: the file, or this copy of the app, is read-only."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is open read-only here, so nothing was saved. Close the other "
            "copy of Inspection Desktop and open it again to make changes."
        )


class DatabaseDiskError(StorageError):
    """The drive holding the database failed a read or write."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"The database {path} could not be saved: {what}.")


class DatabaseConflictError(StorageError):
    """A write would have duplicated a record that must be unique."""

    def __init__(self) -> None:
        super().__init__(
            "That change conflicts with a record saved meanwhile (perhaps from another copy of "
            "Inspection Desktop or the command line); nothing was saved. Refresh and try again."
        )


class RecordChangedElsewhereError(UserFacingError):
    """A row was changed elsewhere since it was read: an edit or undo would overwrite that."""
