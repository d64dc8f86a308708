"""Storing an import in one go: everything read once, checked in memory, then written together."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import insert
from sqlmodel import Session, col, select

from inspection_desktop.domain.people.contacts import (
    ContactDraft,
    contact_problems,
    guess_organisation_kind,
    match_key,
    tidy_contact,
)
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_records import ContactRows, merged_contact
from inspection_desktop.storage.people.models import (
    ContactRecord,
    OrganisationRecord,
    RoleAssignmentRecord,
)


@dataclass
class _Planned:
    """One contact the import will write: an existing record to update, or a new one."""

    draft: ContactDraft
    record: ContactRecord | None
    roles_before: frozenset[str]


def store_contacts(
    session: Session, roles: RoleCatalogue, inspection_id: int, drafts: Sequence[ContactDraft]
) -> tuple[int, int]:
    """Add or update every draft (matched by email, else name and organisation); (added, updated).

    Raises UserFacingError, naming every problem, before anything is written.
    """
    records = session.exec(
        select(ContactRecord).where(ContactRecord.inspection_id == inspection_id)
    ).all()
    current = {row.id: row for row in ContactRows(session, roles).many(records)}
    by_key = {record.match_key: record for record in records}
    single_holders: dict[str, str] = {}  # role key -> match key of its holder
    for record in records:
        assert record.id is not None
        for key in current[record.id].roles:
            if key in roles and roles.get(key).single:
                single_holders[key] = record.match_key
    planned: dict[str, _Planned] = {}
    problems: list[str] = []
    for draft in drafts:
        draft = tidy_contact(draft)
        # Someone kept without an email is still the same person once the sheet gives one.
        found = by_key.get(match_key(draft)) or by_key.get(match_key(replace(draft, email="")))
        before: frozenset[str] = frozenset()
        if found is not None and found.id is not None:
            draft = merged_contact(current[found.id].draft(), draft)
            before = frozenset(current[found.id].roles)
        key = match_key(draft)
        problems += [f"{draft.name}: {problem}" for problem in contact_problems(draft, roles)]
        for role_key in draft.roles:
            if role_key in roles and roles.get(role_key).single:
                holder = single_holders.setdefault(role_key, key)
                if holder != key:
                    name = roles.get(role_key).name
                    problems.append(f"Only one person can be the {name}; {draft.name} cannot be.")
        planned[key] = _Planned(draft, found, before)
    if problems:
        raise UserFacingError(" ".join(problems))
    _write(session, inspection_id, list(planned.values()))
    added = sum(1 for item in planned.values() if item.record is None)
    return added, len(planned) - added


def _write(session: Session, inspection_id: int, planned: list[_Planned]) -> None:
    now = dt.datetime.now(dt.UTC)
    organisations = _organisation_ids(session, inspection_id, [p.draft for p in planned])
    written: list[tuple[int, _Planned]] = []
    new: list[_Planned] = []
    for item in planned:
        if item.record is None:
            new.append(item)
            continue
        record = item.record
        for name, value in _columns(item.draft).items():
            setattr(record, name, value)
        record.organisation_id = organisations.get(item.draft.organisation.casefold())
        record.updated_at = now
        session.add(record)
        assert record.id is not None
        written.append((record.id, item))
    session.flush()
    # Core inserts: one ORM object per imported person (and per role) is slow at import sizes.
    if new:
        values = [
            {
                **_columns(item.draft),
                "inspection_id": inspection_id,
                "organisation_id": organisations.get(item.draft.organisation.casefold()),
                "updated_at": now,
            }
            for item in new
        ]
        session.execute(insert(ContactRecord), values)
        # Read the new ids back by match key (unique in the register, which the checks above
        # keep): SQLite promises no order for the ids of a many-row insert.
        keys = {str(row["match_key"]) for row in values}
        ids = dict(
            session.execute(
                select(ContactRecord.match_key, ContactRecord.id).where(
                    ContactRecord.inspection_id == inspection_id,
                    col(ContactRecord.match_key).in_(keys),
                )
            ).all()
        )
        written += [(int(ids[match_key(item.draft)] or 0), item) for item in new]
    # An import only ever adds roles.
    assignments = [
        {"contact_id": contact_id, "role_key": key, "inspection_id": inspection_id}
        for contact_id, item in written
        for key in item.draft.roles
        if key not in item.roles_before
    ]
    if assignments:
        session.execute(insert(RoleAssignmentRecord), assignments)


def _columns(draft: ContactDraft) -> dict[str, str]:
    """A draft's text columns as the contact table names them."""
    return {
        "name": draft.name,
        "job_title": draft.job_title,
        "email": draft.email,
        "phone": draft.phone,
        "address": draft.address,
        "notes": draft.notes,
        "group_name": draft.group,
        "match_key": match_key(draft),
    }


def _organisation_ids(
    session: Session, inspection_id: int, drafts: Sequence[ContactDraft]
) -> dict[str, int]:
    """Every organisation the drafts name, by folded name; new ones are made."""
    known: dict[str, int] = {}
    for organisation in session.exec(
        select(OrganisationRecord).where(OrganisationRecord.inspection_id == inspection_id)
    ).all():
        assert organisation.id is not None
        known.setdefault(organisation.name.casefold(), organisation.id)
    wanted: dict[str, str] = defaultdict(str)
    for draft in drafts:
        if draft.organisation and draft.organisation.casefold() not in known:
            wanted.setdefault(draft.organisation.casefold(), draft.organisation)
    created = [
        OrganisationRecord(
            inspection_id=inspection_id, name=name, kind=guess_organisation_kind(name).value
        )
        for name in wanted.values()
    ]
    session.add_all(created)
    session.flush()
    for organisation in created:
        assert organisation.id is not None
        known[organisation.name.casefold()] = organisation.id
    return known
