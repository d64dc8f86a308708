"""What a command handler is given: the services over the chosen database, and the streams."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from inspection_desktop.collector import paused_as_start_up
from inspection_desktop.features import SubParsers

if TYPE_CHECKING:
    from inspection_desktop.storage.database import Database
    from inspection_desktop.storage.plan.inspection_service import InspectionService
    from inspection_desktop.usecases.services import Services

ServicesFactory = Callable[..., "Services"]
"""Opens the services over a database path (keywords: ``read_only``, ``start_afresh``)."""

__all__ = ["CliContext", "CommandHandler", "ServicesFactory", "SubParsers"]


@dataclass
class CliContext:
    """Per-invocation state for command handlers; the database opens on first use."""

    db_path: Path
    out: TextIO
    err: TextIO
    open_services: ServicesFactory
    _services: Services | None = field(default=None, init=False, repr=False)

    def services(self) -> Services:
        """Open (and migrate) the database and its services on first use; then reuse them."""
        if self._services is None:
            with paused_as_start_up():  # the ORM's imports and mappings, which live on
                self._services = self.open_services(self.db_path)
        return self._services

    def database(self) -> Database:
        """The open database."""
        return self.services().database

    def inspections(self) -> InspectionService:
        """The inspection service over this database."""
        return self.services().inspections

    def inspection_id(self, args: argparse.Namespace) -> int:
        """The inspection named with --inspection (checked to exist), else the most recent."""
        return self.inspections().resolve_inspection_id(args.inspection)

    def close(self) -> None:
        """Release the database, if it was opened."""
        if self._services is not None:
            self._services.close()
            self._services = None


CommandHandler = Callable[[argparse.Namespace, CliContext], int]
