"""Where the app keeps its files: one module over platformdirs, overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

from inspection_desktop.errors import UserFacingError

APP_NAME = "InspectionDesktop"
APP_AUTHOR = "InspectionDesktop"
DB_ENV_VAR = "INSPECTION_DESKTOP_DB"
DB_FILENAME = "inspection-desktop.sqlite3"


def user_data_dir() -> Path:
    """The per-user data folder (not created here)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_documents_dir() -> Path:
    """The user's documents folder, where saved files are suggested (not created here)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def user_log_dir() -> Path:
    """The per-user log folder (not created here)."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def expand_home(path: Path) -> Path:
    """``~`` and ``~user`` at the start of a path made whole; a clear error for an unknown user."""
    try:
        return path.expanduser()
    except RuntimeError:  # "~nobody": no such user's home folder
        raise UserFacingError(
            f"There is no home folder for {path.parts[0]!r}; write the path in full"
        ) from None


def resolve_database_path(cli_value: str | None) -> Path:
    """Pick the database file: ``--db`` first, then the environment variable, then the default."""
    if cli_value is not None and not cli_value.strip():
        # Most likely an unset shell variable ("--db $DB"): never fall back to the real data.
        raise UserFacingError("--db was given an empty path; give the database file's path")
    raw = cli_value or os.environ.get(DB_ENV_VAR) or str(user_data_dir() / DB_FILENAME)
    path = expand_home(Path(raw))
    try:
        is_folder = path.is_dir()
    except (OSError, ValueError):  # a name too long for the system, a NUL in it
        raise UserFacingError("The database's path is not usable here; choose another") from None
    if is_folder:
        raise UserFacingError(f"{path} is a folder, not a database file")
    chosen = cli_value or os.environ.get(DB_ENV_VAR)
    # Only the default data folder is made on first use: a folder named by hand that is not
    # there is most likely a typing mistake, and making it would hide the data elsewhere.
    if chosen and not path.parent.exists():
        raise UserFacingError(
            f"the folder {path.parent} does not exist; create it first, or give a database "
            "path in a folder that exists"
        )
    return path
