"""The contact register: people, the roles they hold, the gaps, and item owners who are people."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sized
from dataclasses import replace
from typing import Protocol

from sqlmodel import Session, col, select

from inspection_desktop.domain.people.contacts import (
    ContactDraft,
    OrganisationKind,
    contact_problems,
    match_key,
    tidy_contact,
)
from inspection_desktop.domain.people.role_gaps import RoleGap, find_role_gaps
from inspection_desktop.domain.plan.template import PlanTemplate
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.people.contact_import import store_contacts
from inspection_desktop.storage.people.contact_records import (
    ContactRows,
    contact_record,
    new_contact_record,
    organisation_id_for,
)
from inspection_desktop.storage.people.contact_rows import (
    ContactRow,
    DeletedContact,
    ImportResult,
    sort_name,
)
from inspection_desktop.storage.people.models import (
    ContactRecord,
    OrganisationRecord,
    RoleAssignmentRecord,
)
from inspection_desktop.storage.plan import plan_items
from inspection_desktop.storage.plan.models import InspectionRecord, PlanItemRecord
from inspection_desktop.storage.safety.versions import refuse_outside_change


class ImportedContacts(Protocol):
    """What an import hands the register (an ImportPreview): contacts to store, rows refused."""

    @property
    def contacts(self) -> tuple[ContactDraft, ...]:
        """The contacts that passed the checks."""

    @property
    def refused(self) -> Sized:
        """The rows left out."""


class ContactService:
    """People and roles of each inspection, over one database."""

    def __init__(self, database: Database, roles: RoleCatalogue) -> None:
        self._database = database
        self._roles = roles

    @property
    def roles(self) -> RoleCatalogue:
        """The role catalogue the register uses."""
        return self._roles

    # Reading -----------------------------------------------------------------------------

    def contacts(self, inspection_id: int) -> list[ContactRow]:
        """Everyone in the inspection's register, by name."""
        with self._database.transaction() as session:
            records = session.exec(
                select(ContactRecord).where(ContactRecord.inspection_id == inspection_id)
            ).all()
            rows = ContactRows(session, self._roles).many(records)
        return sorted(rows, key=lambda row: (sort_name(row.name), row.id))

    def contact(self, contact_id: int) -> ContactRow:
        """One contact by id."""
        with self._database.transaction() as session:
            return ContactRows(session, self._roles).one(contact_record(session, contact_id))

    def role_holders(self, inspection_id: int) -> dict[str, tuple[ContactRow, ...]]:
        """Each role key that someone holds, mapped to its holders by name."""
        holders: dict[str, list[ContactRow]] = defaultdict(list)
        for row in self.contacts(inspection_id):
            for key in row.roles:
                holders[key].append(row)
        return {key: tuple(rows) for key, rows in holders.items()}

    def people_in_roles(
        self, inspection_id: int, role_keys: Collection[str] | None = None
    ) -> dict[str, list[tuple[str, str]]]:
        """Each held role (of ``role_keys``, or all) mapped to its holders' names and
        organisations, by name: what a document prints for a role, read as one light query."""
        if role_keys is not None and not role_keys:
            return {}
        query = (
            select(
                RoleAssignmentRecord.role_key,
                ContactRecord.id,
                ContactRecord.name,
                OrganisationRecord.name,
            )
            .join_from(RoleAssignmentRecord, ContactRecord)
            .outerjoin(
                OrganisationRecord, col(ContactRecord.organisation_id) == OrganisationRecord.id
            )
            .where(ContactRecord.inspection_id == inspection_id)
        )
        if role_keys is not None:
            query = query.where(col(RoleAssignmentRecord.role_key).in_(sorted(role_keys)))
        with self._database.transaction() as session:
            found = session.exec(query).all()
        holders: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # The register's order (as role_holders gives it): by name, then as entered.
        for role_key, _id, name, organisation in sorted(
            found, key=lambda row: (sort_name(row[2]), row[1] or 0)
        ):
            holders[role_key].append((name, organisation or ""))
        return dict(holders)

    def single_role_holders(self, inspection_id: int) -> dict[str, ContactDraft]:
        """Each one-person role that is held, mapped to its holder (what an import checks)."""
        return {
            key: rows[0].draft()
            for key, rows in self.role_holders(inspection_id).items()
            if key in self._roles and self._roles.get(key).single
        }

    def role_gaps(
        self, inspection_id: int, template: PlanTemplate, current_week: int
    ) -> list[RoleGap]:
        """Roles the plan needs that nobody holds, soonest first; overdue once their week comes."""
        filled = set(self.role_holders(inspection_id))
        return find_role_gaps(template.roles_needed_by_week(), filled, self._roles, current_week)

    # Changing contacts -------------------------------------------------------------------

    def add_contact(
        self,
        inspection_id: int,
        draft: ContactDraft,
        organisation_kind: OrganisationKind | None = None,
    ) -> ContactRow:
        """Add a person to the register; refused with a plain message if the rules are broken."""
        draft = tidy_contact(draft)
        with self._database.transaction() as session:
            if session.get(InspectionRecord, inspection_id) is None:
                raise RecordNotFoundError(f"There is no inspection with id {inspection_id}.")
            self._check(session, inspection_id, draft, None)
            record = new_contact_record(inspection_id)
            self._write(session, record, draft, organisation_kind)
            return ContactRows(session, self._roles).one(record)

    def update_contact(
        self,
        contact_id: int,
        draft: ContactDraft,
        organisation_kind: OrganisationKind | None = None,
        *,
        undoing: bool = False,
    ) -> ContactRow:
        """Replace a contact's details and roles with the draft's.

        Refused if another program changed the contact since this one last did (``undoing``)
        or since this one last showed it.
        """
        draft = tidy_contact(draft)
        with self._database.transaction() as session:
            record = contact_record(session, contact_id)
            refuse_outside_change(
                session, self._database, "contact", contact_id, "This contact", undoing=undoing
            )
            self._check(session, record.inspection_id, draft, contact_id)
            self._write(session, record, draft, organisation_kind)
            return ContactRows(session, self._roles).one(record)

    def delete_contact(self, contact_id: int) -> DeletedContact:
        """Remove a contact; what is returned puts them back (with the items they owned)."""
        with self._database.transaction() as session:
            record = contact_record(session, contact_id)
            row = ContactRows(session, self._roles).one(record)
            owned = plan_items.items_owned_by(session, contact_id)
            session.delete(record)
        return DeletedContact(row, owned)

    def restore_contact(self, deleted: DeletedContact) -> ContactRow:
        """Put a deleted contact back under the same id, with their roles and owned items."""
        row = deleted.row
        with self._database.transaction() as session:
            self._check(session, row.inspection_id, row.draft(), None)
            record = new_contact_record(row.inspection_id, row.id)
            self._write(session, record, row.draft(), row.organisation_kind)
            plan_items.give_back_ownership(session, deleted.owned_item_ids, row.id)
            return ContactRows(session, self._roles).one(record)

    def assign_role(self, contact_id: int, role_key: str) -> ContactRow:
        """Give a contact a role (refused if it is a one-person role someone else holds)."""
        row = self.contact(contact_id)
        if role_key in row.roles:
            return row
        draft = row.draft()
        return self.update_contact(contact_id, replace(draft, roles=(*draft.roles, role_key)))

    def unassign_role(self, contact_id: int, role_key: str) -> ContactRow:
        """Take a role away from a contact."""
        row = self.contact(contact_id)
        draft = row.draft()
        kept = tuple(key for key in draft.roles if key != role_key)
        return self.update_contact(contact_id, replace(draft, roles=kept))

    # Importing ---------------------------------------------------------------------------

    def import_preview(self, inspection_id: int, preview: ImportedContacts) -> ImportResult:
        """Store every accepted row of a preview in one transaction: all of them, or none.

        A row matching someone already in the register (same email, else same name and
        organisation) updates that person: filled-in cells win and roles are added.
        """
        with self._database.transaction() as session:
            if session.get(InspectionRecord, inspection_id) is None:
                raise RecordNotFoundError(f"There is no inspection with id {inspection_id}.")
            added, updated = store_contacts(session, self._roles, inspection_id, preview.contacts)
        return ImportResult(added, updated, len(preview.refused))

    # Item owners -------------------------------------------------------------------------

    def item_owner(self, item_id: int) -> int | None:
        """The id of the person named as an item's owner, if one is."""
        with self._database.transaction() as session:
            return plan_items.item_record(session, item_id).owner_contact_id

    def owner_names(self, inspection_id: int) -> dict[int, str]:
        """Each item whose owner is known as a person, mapped to that person's name.

        That is the person named on the item, else the only holder of the item's owner role.
        """
        # Three reads of bare columns, whatever the number of items, owners or roles.
        with self._database.transaction() as session:
            names = dict(
                session.exec(
                    select(ContactRecord.id, ContactRecord.name).where(
                        ContactRecord.inspection_id == inspection_id
                    )
                ).all()
            )
            holders: dict[str, list[int]] = defaultdict(list)
            for held_role, holder_id in session.exec(
                select(RoleAssignmentRecord.role_key, RoleAssignmentRecord.contact_id).where(
                    RoleAssignmentRecord.inspection_id == inspection_id
                )
            ).all():
                holders[held_role].append(holder_id)
            items = session.exec(
                select(
                    PlanItemRecord.id, PlanItemRecord.owner_contact_id, PlanItemRecord.owner_role
                ).where(PlanItemRecord.inspection_id == inspection_id)
            ).all()
        owners: dict[int, str] = {}
        for item_id, contact_id, role_key in items:
            assert item_id is not None
            if contact_id is not None and contact_id in names:
                owners[item_id] = names[contact_id]
            elif contact_id is None and len(holders.get(role_key, ())) == 1:
                owners[item_id] = names[holders[role_key][0]]
        return owners

    # Helpers -----------------------------------------------------------------------------

    def _check(
        self, session: Session, inspection_id: int, draft: ContactDraft, contact_id: int | None
    ) -> None:
        """Refuse a draft that breaks the register's rules, with every reason at once."""
        problems = contact_problems(draft, self._roles)
        # The match key is indexed: one look-up, however many people the register holds.
        same_person = session.exec(
            select(ContactRecord.name).where(
                ContactRecord.inspection_id == inspection_id,
                ContactRecord.match_key == match_key(draft),
                col(ContactRecord.id) != contact_id,
            )
        ).all()
        problems += [f"{name} is already in the register." for name in same_person]
        held = session.exec(
            select(RoleAssignmentRecord, ContactRecord)
            .join(ContactRecord, col(ContactRecord.id) == RoleAssignmentRecord.contact_id)
            .where(
                RoleAssignmentRecord.inspection_id == inspection_id,
                col(RoleAssignmentRecord.role_key).in_(draft.roles),
                col(RoleAssignmentRecord.contact_id) != contact_id,
            )
        ).all()
        for assignment, holder in held:
            role = self._roles.get(assignment.role_key)
            if role.single:
                problems.append(
                    f"Only one person can be the {role.name}, and {holder.name} already is; "
                    "take the role from them first."
                )
        if problems:
            raise UserFacingError(" ".join(problems))

    def _write(
        self,
        session: Session,
        record: ContactRecord,
        draft: ContactDraft,
        organisation_kind: OrganisationKind | None,
    ) -> None:
        """Copy a checked draft into a record, with its organisation and roles."""
        record.name = draft.name
        record.job_title = draft.job_title
        record.email = draft.email
        record.phone = draft.phone
        record.address = draft.address
        record.notes = draft.notes
        record.group_name = draft.group
        record.match_key = match_key(draft)
        record.organisation_id = organisation_id_for(
            session, record.inspection_id, draft.organisation, organisation_kind
        )
        record.updated_at = dt.datetime.now(dt.UTC)
        session.add(record)
        session.flush()
        assert record.id is not None
        wanted = set(draft.roles)
        kept = set()
        for old in session.exec(
            select(RoleAssignmentRecord).where(RoleAssignmentRecord.contact_id == record.id)
        ).all():
            if old.role_key in wanted:
                kept.add(old.role_key)
            else:
                session.delete(old)
        for key in draft.roles:
            if key in kept:
                continue
            session.add(
                RoleAssignmentRecord(
                    contact_id=record.id, role_key=key, inspection_id=record.inspection_id
                )
            )
        session.flush()
