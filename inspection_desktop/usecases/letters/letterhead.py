"""The letterhead, logo and signature, set once per inspection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.domain.letters.merge import Letterhead
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.letters import LETTERS

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services


def save_letterhead(services: Services, inspection_id: int, letterhead: Letterhead) -> Change:
    """Set the inspection's letterhead (undoable)."""
    if letterhead.logo_path is not None and not letterhead.logo_path.is_file():
        raise UserFacingError(f"The logo file {letterhead.logo_path} cannot be found.")
    before = services.letters.save_letterhead(inspection_id, letterhead)
    return _put_back(services, inspection_id, before)


def _put_back(services: Services, inspection_id: int, state: Letterhead) -> Change:
    def undo() -> Change:
        replaced = services.letters.save_letterhead(inspection_id, state)
        return _put_back(services, inspection_id, replaced)

    return Change("change the letterhead", frozenset({LETTERS}), undo=undo)
