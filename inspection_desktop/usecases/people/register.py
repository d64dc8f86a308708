"""Changing the contact register: add, edit, delete people and give them roles, each undoable.

Deleting a person also takes them off the items they owned (the role owns those again), so
those changes name the owners too; undo puts the person back with their roles and items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from inspection_desktop.domain import clock
from inspection_desktop.domain.people.contacts import ContactDraft, OrganisationKind
from inspection_desktop.domain.people.role_gaps import RoleGap, week_reached
from inspection_desktop.storage.people.contact_rows import ContactRow, DeletedContact, ImportResult
from inspection_desktop.storage.people.contact_service import ImportedContacts
from inspection_desktop.usecases.changes import OWNERS, PEOPLE, Change, nothing_changed
from inspection_desktop.usecases.services import Services


def roles_still_to_name(
    services: Services, inspection_id: int, today: dt.date | None = None
) -> list[RoleGap]:
    """The roles the plan needs that nobody holds, soonest first, overdue once their week has
    come (``today``, the app's clock by default): the People tab lists and counts them."""
    inspections = services.inspections
    reached = week_reached(inspections.calendar(inspection_id), today or clock.today())
    template = inspections.template_of(inspection_id)
    return services.contacts.role_gaps(inspection_id, template, reached)


def _people(description: str, ids: Sequence[int], *, owners: bool = False) -> Change:
    kinds = {PEOPLE, OWNERS} if owners else {PEOPLE}
    return Change(description, frozenset(kinds), contacts=frozenset(ids))


def add_contact(
    services: Services,
    inspection_id: int,
    draft: ContactDraft,
    kind: OrganisationKind | None = None,
) -> tuple[ContactRow, Change]:
    """Add a person to the register (refused with a plain message when a rule says no)."""
    row = services.contacts.add_contact(inspection_id, draft, kind)
    return row, _restored(services, DeletedContact(row, ()), f"add {row.name}")


def _restored(services: Services, deleted: DeletedContact, description: str) -> Change:
    """The change of a person (re)entering the register; its undo takes them out again."""

    def undo() -> Change:
        again = services.contacts.delete_contact(deleted.row.id)
        return _deleted(services, [again], description)

    return _people(description, [deleted.row.id], owners=bool(deleted.owned_item_ids)).with_undo(
        undo
    )


def update_contact(
    services: Services,
    contact_id: int,
    draft: ContactDraft,
    kind: OrganisationKind | None = None,
    *,
    undoing: bool = False,
) -> tuple[ContactRow, Change]:
    """Change a person's details and roles (the undo refused if changed elsewhere meanwhile)."""
    before = services.contacts.contact(contact_id)
    after = services.contacts.update_contact(contact_id, draft, kind, undoing=undoing)

    def undo() -> Change:
        # Putting the old details back is itself an edit, whose undo brings these again.
        return update_contact(
            services, contact_id, before.draft(), before.organisation_kind, undoing=True
        )[1]

    return after, _people(f"edit {after.name}", [contact_id]).with_undo(undo)


def delete_contacts(services: Services, contact_ids: Sequence[int]) -> Change:
    """Take people out of the register; undo puts them back with their roles and items.

    When one of several cannot be deleted, ``DeleteStopped`` carries the change made so far
    (so those already deleted can still be undone) and the reason.
    """
    deleted: list[DeletedContact] = []
    try:
        for contact_id in contact_ids:
            deleted.append(services.contacts.delete_contact(contact_id))
    except Exception as exc:
        if deleted:
            raise DeleteStopped(_deleted(services, deleted, _names(deleted)), exc) from exc
        raise
    return _deleted(services, deleted, _names(deleted))


class DeleteStopped(Exception):
    """Some people were deleted before one could not be: the change made so far, and why."""

    def __init__(self, change: Change, reason: Exception) -> None:
        super().__init__(str(reason))
        self.change = change
        self.reason = reason


def _names(deleted: Sequence[DeletedContact]) -> str:
    return "delete " + ", ".join(item.row.name for item in deleted)


def _deleted(services: Services, deleted: Sequence[DeletedContact], description: str) -> Change:
    def undo() -> Change:
        for item in reversed(deleted):
            services.contacts.restore_contact(item)

        def delete_again() -> Change:
            again = [services.contacts.delete_contact(item.row.id) for item in deleted]
            return _deleted(services, again, description)

        return _people(description, [d.row.id for d in deleted], owners=True).with_undo(
            delete_again
        )

    owned = any(item.owned_item_ids for item in deleted)
    return _people(description, [d.row.id for d in deleted], owners=owned).with_undo(undo)


def assign_role(services: Services, contact_id: int, role_key: str) -> Change:
    """Give a person a role (a one-person role someone else holds is refused)."""
    if role_key in services.contacts.contact(contact_id).roles:
        return nothing_changed()
    services.contacts.assign_role(contact_id, role_key)
    name = services.contacts.roles.name_of(role_key)
    return _people(f"name someone as {name}", [contact_id]).with_undo(
        lambda: unassign_role(services, contact_id, role_key)
    )


def unassign_role(services: Services, contact_id: int, role_key: str) -> Change:
    """Take a role away from a person."""
    if role_key not in services.contacts.contact(contact_id).roles:
        return nothing_changed()
    services.contacts.unassign_role(contact_id, role_key)
    name = services.contacts.roles.name_of(role_key)
    return _people(f"no longer {name}", [contact_id]).with_undo(
        lambda: assign_role(services, contact_id, role_key)
    )


def import_contacts(
    services: Services, inspection_id: int, preview: ImportedContacts
) -> tuple[ImportResult, Change]:
    """Store a previewed import, all rows or none; a second run updates instead of doubling."""
    result = services.contacts.import_preview(inspection_id, preview)
    return result, _people(f"import {result.summary}", [])
