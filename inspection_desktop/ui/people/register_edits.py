"""Undoable changes to the contact register: each is made, then recorded on an undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from inspection_desktop.domain.people.contacts import ContactDraft, OrganisationKind
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_rows import ContactRow, DeletedContact
from inspection_desktop.storage.people.contact_service import ContactService
from inspection_desktop.ui.common.undo_commands import AppliedChangeCommand


class RegisterEdits:
    """Adds, edits, deletes and role changes that Ctrl+Z reverses; ``changed`` runs after each."""

    def __init__(
        self,
        contacts: ContactService,
        undo_stack: QUndoStack,
        changed: Callable[[], None],
        on_error: Callable[[UserFacingError], None],
    ) -> None:
        self._contacts = contacts
        self._undo_stack = undo_stack
        self._changed = changed
        self._on_error = on_error

    def add(
        self, inspection_id: int, draft: ContactDraft, kind: OrganisationKind | None
    ) -> ContactRow:
        """Add a contact (UserFacingError when the register refuses it)."""
        contacts = self._contacts
        row = contacts.add_contact(inspection_id, draft, kind)
        self._push(
            f"add {row.name}",
            lambda: contacts.restore_contact(DeletedContact(row, ())),
            lambda: contacts.delete_contact(row.id),
        )
        return row

    def update(
        self, contact_id: int, draft: ContactDraft, kind: OrganisationKind | None
    ) -> ContactRow:
        """Change a contact's details and roles."""
        contacts = self._contacts
        before = contacts.contact(contact_id)
        after = contacts.update_contact(contact_id, draft, kind)
        self._push(
            f"edit {after.name}",
            lambda: contacts.update_contact(contact_id, draft, kind),
            lambda: contacts.update_contact(contact_id, before.draft(), before.organisation_kind),
        )
        return after

    def delete(self, contact_ids: list[int]) -> None:
        """Remove contacts; undo puts them back with their roles and the items they owned."""
        contacts = self._contacts
        deleted: list[DeletedContact] = []
        try:
            for contact_id in contact_ids:
                deleted.append(contacts.delete_contact(contact_id))
        finally:
            # Whatever was deleted before a failure can still be undone.
            if deleted:
                names = ", ".join(item.row.name for item in deleted)

                def delete_again() -> None:
                    for item in deleted:
                        contacts.delete_contact(item.row.id)

                def put_back() -> None:
                    for item in reversed(deleted):
                        contacts.restore_contact(item)

                self._push(f"delete {names}", delete_again, put_back)

    def assign_role(self, contact_id: int, role_key: str) -> None:
        """Give a contact a role."""
        contacts = self._contacts
        contacts.assign_role(contact_id, role_key)
        self._push(
            f"name someone as {contacts.roles.name_of(role_key)}",
            lambda: contacts.assign_role(contact_id, role_key),
            lambda: contacts.unassign_role(contact_id, role_key),
        )

    def _push(self, text: str, apply: Callable[[], object], revert: Callable[[], object]) -> None:
        def apply_and_refresh() -> None:
            apply()
            self._changed()

        def revert_and_refresh() -> None:
            revert()
            self._changed()

        self._undo_stack.push(
            AppliedChangeCommand(text, apply_and_refresh, revert_and_refresh, self._on_error)
        )
        self._changed()
