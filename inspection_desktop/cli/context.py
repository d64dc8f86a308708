"""What a command handler is given: where the database is, and the output streams."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from inspection_desktop.storage.database import Database
    from inspection_desktop.storage.plan.inspection_service import InspectionService


@dataclass
class CliContext:
    """Per-invocation state for command handlers; the database opens on first use."""

    db_path: Path
    out: TextIO
    err: TextIO
    _database: Database | None = field(default=None, init=False, repr=False)

    def database(self) -> Database:
        """Open (and migrate) the database on first call; later calls reuse it."""
        if self._database is None:
            from inspection_desktop.storage.database import open_database

            self._database = open_database(self.db_path)
        return self._database

    def inspections(self) -> InspectionService:
        """The inspection service over this database."""
        from inspection_desktop.storage.plan.inspection_service import InspectionService

        return InspectionService(self.database())

    def inspection_id(self, args: argparse.Namespace) -> int:
        """The inspection named with --inspection (checked to exist), else the most recent."""
        return self.inspections().resolve_inspection_id(args.inspection)

    def close(self) -> None:
        """Release the database, if it was opened."""
        if self._database is not None:
            self._database.dispose()
            self._database = None


CommandHandler = Callable[[argparse.Namespace, CliContext], int]
SubParsers = Any  # argparse's _SubParsersAction is private; its type is not worth importing.
