"""What a file-reading change touches, for ``usecases.changes.Change.kinds``."""

from __future__ import annotations

FILE_READING = "file_reading"
"""Reading bases, readers' details and logins, pairs, the sample and its placements."""
