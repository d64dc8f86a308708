"""What the window checks before it opens a database: the writer lock and the location."""

from __future__ import annotations

from pathlib import Path

from inspection_desktop.domain.dates import long_date
from inspection_desktop.storage.safety.location import risky_location
from inspection_desktop.storage.safety.writer_lock import LockHolder, WriterLock

__all__ = ["LockHolder", "WriterLock", "holder_text", "location_warning"]


def holder_text(holder: LockHolder) -> str:
    """Who holds the database, in words."""
    return (
        f"another copy of Inspection Desktop (process {holder.pid} on {holder.host}, "
        f"since {long_date(holder.started.date())}, {holder.started:%H:%M})"
    )


def location_warning(database: Path) -> str | None:
    """A warning when the database's folder is risky, with what to do."""
    reason = risky_location(database)
    if reason is None:
        return None
    return (
        f"The database {database} may be damaged where it is: {reason}. Keep it on this "
        "laptop's own drive (the default folder) and use Back up now or Export for copies."
    )
