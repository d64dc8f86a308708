"""Who a letter goes to: holders of roles, the people invited to a meeting, or chosen by hand."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from inspection_desktop.domain.letters.merge import Recipient
from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.people.contacts import ContactDraft, same_person
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_rows import ContactRow, sort_name

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services


def recipient_of(row: ContactRow) -> Recipient:
    """A register entry as a letter's recipient."""
    return Recipient(row.name, row.job_title, row.organisation, row.email, row.address, row.id)


def in_order(recipients: Iterable[Recipient]) -> list[Recipient]:
    """Each person once, in the order a list of names sorts them."""
    seen: set[tuple[int | None, str]] = set()
    unique = []
    for recipient in recipients:
        key = (recipient.contact_id, "" if recipient.contact_id else recipient.name)
        if key not in seen:
            seen.add(key)
            unique.append(recipient)
    return sorted(unique, key=lambda r: (sort_name(r.name), r.organisation))


def by_role(services: Services, inspection_id: int, roles: Sequence[str]) -> list[Recipient]:
    """Everyone holding any of the roles (given by key or by name, as the guide spells them)."""
    catalogue = services.contacts.roles
    keys = []
    for text in roles:
        role = catalogue.find(text)
        if role is None:
            raise UserFacingError(f'There is no role "{text}".')
        keys.append(role.key)
    holders = services.contacts.role_holders(inspection_id)
    return in_order(recipient_of(row) for key in keys for row in holders.get(key, ()))


def by_hand(services: Services, inspection_id: int, contact_ids: Iterable[int]) -> list[Recipient]:
    """The register entries chosen by hand."""
    wanted = set(contact_ids)
    rows = [row for row in services.contacts.contacts(inspection_id) if row.id in wanted]
    return in_order(recipient_of(row) for row in rows)


def by_meeting(
    services: Services, meeting_id: int, attendance: Attendance | None = None
) -> list[Recipient]:
    """The people invited to a meeting (those with the given attendance, when one is given).

    A role on the invitation stands for its holders; a name typed on the invitation is found
    in the register where it can be, so the letter gets their address.
    """
    details = services.meetings.meeting(meeting_id)
    register = services.contacts.contacts(details.inspection_id)
    holders = services.contacts.role_holders(details.inspection_id)
    chosen: list[Recipient] = []
    for row in details.attendees:
        if attendance is not None and row.attendance is not attendance:
            continue
        if row.name:
            typed = ContactDraft(name=row.name, organisation=row.organisation)
            found = next((c for c in register if same_person(c.draft(), typed)), None)
            chosen.append(
                recipient_of(found) if found else Recipient(row.name, "", row.organisation)
            )
        elif row.role_key:
            chosen.extend(recipient_of(person) for person in holders.get(row.role_key, ()))
    return in_order(chosen)
