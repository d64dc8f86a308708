"""Meetings see people through the contact register: one place that wires the two together."""

from __future__ import annotations

from inspection_desktop.storage.meetings.meeting_service import AttendeeResolver, MeetingService
from inspection_desktop.storage.people.contact_service import ContactService
from inspection_desktop.storage.plan.inspection_service import InspectionService


def register_resolver(contacts: ContactService) -> AttendeeResolver:
    """Resolve a role to the register's people who hold it, as (name, organisation) pairs."""

    def people_in_role(inspection_id: int, role_key: str) -> list[tuple[str, str]]:
        holders = contacts.role_holders(inspection_id).get(role_key, ())
        return [(person.name, person.organisation) for person in holders]

    return people_in_role


def meeting_service(
    inspections: InspectionService, contacts: ContactService | None = None
) -> MeetingService:
    """A meeting service whose attendees named by role resolve to the register's people."""
    contacts = contacts or ContactService(inspections.database, inspections.roles)
    return MeetingService(inspections.database, inspections, register_resolver(contacts))
