"""Undoable changes to the contact register, through its use cases and the generic undo command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from inspection_desktop.domain.people.contacts import ContactDraft, OrganisationKind
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.ui.common.undo_commands import ChangeCommand
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.people import register
from inspection_desktop.usecases.services import Services


class RegisterEdits:
    """Adds, edits, deletes and role changes that Ctrl+Z reverses; ``changed`` runs after each."""

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        changed: Callable[[Change], None],
        on_error: Callable[[UserFacingError], None],
    ) -> None:
        self._services = services
        self._undo_stack = undo_stack
        self._changed = changed
        self._on_error = on_error

    def add(
        self, inspection_id: int, draft: ContactDraft, kind: OrganisationKind | None
    ) -> ContactRow:
        """Add a contact (UserFacingError when the register refuses it)."""
        row, change = register.add_contact(self._services, inspection_id, draft, kind)
        self._push(change)
        return row

    def update(
        self, contact_id: int, draft: ContactDraft, kind: OrganisationKind | None
    ) -> ContactRow:
        """Change a contact's details and roles."""
        row, change = register.update_contact(self._services, contact_id, draft, kind)
        self._push(change)
        return row

    def delete(self, contact_ids: list[int]) -> None:
        """Remove contacts; undo puts them back with their roles and the items they owned."""
        try:
            change = register.delete_contacts(self._services, contact_ids)
        except register.DeleteStopped as stopped:
            # Whatever was deleted before the failure can still be undone.
            self._push(stopped.change)
            raise stopped.reason from None
        self._push(change)

    def assign_role(self, contact_id: int, role_key: str) -> None:
        """Give a contact a role."""
        self._push(register.assign_role(self._services, contact_id, role_key))

    def _push(self, change: Change) -> None:
        self._undo_stack.push(ChangeCommand(change, self._changed, self._on_error))
        self._changed(change)
