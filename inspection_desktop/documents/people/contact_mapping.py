"""Turn a contact file's rows into contacts to import, each checked, with reasons for refusals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.documents.people.contact_columns import (
    ColumnMapping,
    ContactField,
    guess_column_mapping,
)
from inspection_desktop.documents.people.contacts_csv import ContactTable, read_contact_table
from inspection_desktop.domain.people.contacts import (
    ContactDraft,
    contact_problems,
    match_key,
    single_role_problems,
    tidy_contact,
)
from inspection_desktop.domain.roles import Role, RoleCatalogue


@dataclass(frozen=True)
class PreviewRow:
    """One row of the file as it would be imported, with the reasons it can't be, if any."""

    number: int  # as the spreadsheet numbers it: the header is row 1
    draft: ContactDraft
    problems: tuple[str, ...]

    @property
    def refused(self) -> bool:
        """Whether the row will be left out of the import."""
        return bool(self.problems)

    @property
    def reason(self) -> str:
        """Why the row is refused, in one line ("" when it is not)."""
        return " ".join(self.problems)


@dataclass(frozen=True)
class ImportPreview:
    """Every non-blank row of a contact file, mapped and checked, ready to confirm."""

    rows: tuple[PreviewRow, ...]

    @property
    def contacts(self) -> tuple[ContactDraft, ...]:
        """The contacts that will be imported."""
        return tuple(row.draft for row in self.rows if not row.refused)

    @property
    def refused(self) -> tuple[PreviewRow, ...]:
        """The rows that will be left out, each with its reason."""
        return tuple(row for row in self.rows if row.refused)

    @property
    def summary(self) -> str:
        """Counts in words, e.g. "42 to import, 3 refused"."""
        return f"{len(self.contacts)} to import, {len(self.refused)} refused"


def apply_mapping(
    table: ContactTable,
    mapping: ColumnMapping,
    roles: RoleCatalogue,
    existing_holders: Mapping[str, ContactDraft] | None = None,
) -> ImportPreview:
    """Map and check every row; ``existing_holders`` maps one-person role keys to their holder."""
    holders = dict(existing_holders or {})
    seen: dict[str, int] = {}
    found_roles: dict[str, Role | None] = {}
    rows = []
    for index, cells in enumerate(table.rows):
        if not any(cell.strip() for cell in cells):
            continue
        number = index + 2
        draft, problems = _row_to_draft(cells, mapping, roles, found_roles)
        problems += contact_problems(draft, roles)
        key = match_key(draft)
        if draft.name and key in seen:
            same = "email address" if key.startswith("email:") else "name and organisation"
            problems.append(f"Repeats the contact in row {seen[key]} (same {same}).")
        problems += single_role_problems(draft, holders, roles)
        if not problems:
            seen[key] = number
            for role_key in draft.roles:
                if roles.get(role_key).single:
                    holders.setdefault(role_key, draft)
        rows.append(PreviewRow(number, draft, tuple(problems)))
    return ImportPreview(tuple(rows))


def preview_contact_file(
    path: Path,
    roles: RoleCatalogue,
    existing_holders: Mapping[str, ContactDraft] | None = None,
) -> ImportPreview:
    """Read a contact file and map it by its headers, with no one to confirm (the command line)."""
    table = read_contact_table(path)
    return apply_mapping(table, guess_column_mapping(table.headers), roles, existing_holders)


def _row_to_draft(
    cells: tuple[str, ...],
    mapping: ColumnMapping,
    roles: RoleCatalogue,
    found_roles: dict[str, Role | None],
) -> tuple[ContactDraft, list[str]]:
    def cell(field: ContactField) -> str:
        index = mapping.get(field)
        if index is None or index >= len(cells):
            return ""
        value = cells[index].strip()
        # Undo our own export's formula guard so a round trip gives back what went out.
        if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
            value = value[1:]
        return value

    parts = (ContactField.TITLE, ContactField.FIRST_NAME, ContactField.MIDDLE_NAME)
    name = cell(ContactField.NAME) or " ".join(
        part for part in (*(cell(p) for p in parts), cell(ContactField.LAST_NAME)) if part
    )
    phone, mobile, notes = (
        cell(ContactField.PHONE),
        cell(ContactField.MOBILE),
        cell(ContactField.NOTES),
    )
    if phone and mobile and mobile != phone:
        notes = "\n".join(part for part in (notes, f"Mobile: {mobile}") if part)
    address_parts = (ContactField.ADDRESS, ContactField.TOWN, ContactField.POSTCODE)
    role_keys, problems = _read_roles(cell(ContactField.ROLES), roles, found_roles)
    draft = ContactDraft(
        name=name,
        job_title=cell(ContactField.JOB_TITLE),
        organisation=cell(ContactField.ORGANISATION),
        email=cell(ContactField.EMAIL),
        phone=phone or mobile,
        address="\n".join(cell(part) for part in address_parts if cell(part)),
        notes=notes,
        roles=role_keys,
        group=cell(ContactField.GROUP),
    )
    return tidy_contact(draft), problems


def _read_roles(
    text: str, roles: RoleCatalogue, found: dict[str, Role | None]
) -> tuple[tuple[str, ...], list[str]]:
    """Role names or keys separated by ";" (role names themselves may hold commas)."""
    keys: list[str] = []
    problems: list[str] = []
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        # Looking a role up is slow next to the rest of a row, and files repeat the same few.
        if part not in found:
            found[part] = roles.find(part)
        role = found[part]
        if role is None:
            problems.append(f'Unknown role "{part.strip()}".')
        elif role.key not in keys:
            keys.append(role.key)
    return tuple(keys), problems
