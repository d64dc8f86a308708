"""Between contact records and rows: reading rows, organisations by name, merging imports."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlmodel import Session, col, select

from inspection_desktop.domain.people.contacts import (
    ContactDraft,
    OrganisationKind,
    guess_organisation_kind,
)
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.storage.damaged_text import damaged_fields
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.storage.people.models import (
    ContactRecord,
    OrganisationRecord,
    RoleAssignmentRecord,
)


class ContactRows:
    """Turns contact records into rows, reading organisations and roles once per session."""

    def __init__(self, session: Session, roles: RoleCatalogue) -> None:
        self._session = session
        self._order = {role.key: position for position, role in enumerate(roles)}

    def one(self, record: ContactRecord) -> ContactRow:
        """The row for one record."""
        return self.many([record])[0]

    def many(self, records: Sequence[ContactRecord]) -> list[ContactRow]:
        """The rows for several records of one inspection."""
        if not records:
            return []
        ids = [record.id for record in records]
        roles: dict[int, list[str]] = defaultdict(list)
        for assignment in self._session.exec(
            select(RoleAssignmentRecord).where(col(RoleAssignmentRecord.contact_id).in_(ids))
        ).all():
            roles[assignment.contact_id].append(assignment.role_key)
        organisations = {
            organisation.id: organisation
            for organisation in self._session.exec(
                select(OrganisationRecord).where(
                    OrganisationRecord.inspection_id == records[0].inspection_id
                )
            ).all()
        }
        rows = []
        for record in records:
            assert record.id is not None
            organisation = organisations.get(record.organisation_id)
            held = sorted(roles[record.id], key=lambda key: self._order.get(key, len(self._order)))
            organisation_name = organisation.name if organisation else ""
            damaged = damaged_fields(
                (
                    ("name", record.name),
                    ("job_title", record.job_title),
                    ("organisation", organisation_name),
                    ("email", record.email),
                    ("phone", record.phone),
                    ("address", record.address),
                    ("notes", record.notes),
                    ("group", record.group_name),
                )
            )
            rows.append(
                ContactRow(
                    id=record.id,
                    inspection_id=record.inspection_id,
                    name=record.name,
                    job_title=record.job_title,
                    organisation=organisation_name,
                    organisation_kind=OrganisationKind(organisation.kind) if organisation else None,
                    email=record.email,
                    phone=record.phone,
                    address=record.address,
                    notes=record.notes,
                    group=record.group_name,
                    roles=tuple(held),
                    damaged=damaged,
                )
            )
        return rows


def contact_record(session: Session, contact_id: int) -> ContactRecord:
    """The contact record with this id; RecordNotFoundError when there is none."""
    record = session.get(ContactRecord, contact_id)
    if record is None:
        raise RecordNotFoundError(f"There is no contact with id {contact_id}.")
    return record


def new_contact_record(inspection_id: int, contact_id: int | None = None) -> ContactRecord:
    """An empty contact record, to be filled in from a checked draft."""
    # Every field is filled in by ContactService._write before the record is flushed.
    return ContactRecord(
        id=contact_id,
        inspection_id=inspection_id,
        name="",
        match_key="",
        updated_at=dt.datetime.now(dt.UTC),
    )


def organisation_id_for(
    session: Session, inspection_id: int, name: str, kind: OrganisationKind | None
) -> int | None:
    """The organisation of this name in the inspection (matched ignoring case), made if new."""
    if not name:
        return None
    for organisation in session.exec(
        select(OrganisationRecord).where(OrganisationRecord.inspection_id == inspection_id)
    ).all():
        if organisation.name.casefold() == name.casefold():
            if kind is not None and organisation.kind != kind.value:
                organisation.kind = kind.value
                session.add(organisation)
            return organisation.id
    organisation = OrganisationRecord(
        inspection_id=inspection_id,
        name=name,
        kind=(kind or guess_organisation_kind(name)).value,
    )
    session.add(organisation)
    session.flush()
    return organisation.id


def merged_contact(current: ContactDraft, imported: ContactDraft) -> ContactDraft:
    """An existing contact updated from an import: filled-in cells win; roles are added."""
    fields = {
        name: (getattr(imported, name) or getattr(current, name))
        for name in ("name", "job_title", "organisation", "email", "phone", "address", "notes")
    }
    return ContactDraft(
        **fields,
        roles=tuple(dict.fromkeys((*current.roles, *imported.roles))),
        group=imported.group or current.group,
    )
