"""Tests for exporting contacts to a CSV that is safe to open in Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from inspection_desktop.documents.people.contact_mapping import preview_contact_file
from inspection_desktop.documents.people.contacts_csv import EXPORT_HEADERS, write_contacts_csv
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.roles import RoleCatalogue, default_roles
from inspection_desktop.errors import UserFacingError

CONTACTS = (
    ContactDraft(
        name="Siobhán Testperson",
        job_title="Head of Children's Services",
        organisation="Anytown Council",
        email="siobhan@example.gov.uk",
        phone="0131 496 0003",
        address="1 Sample Street\nAnytown\nAB1 2XY",
        notes='=HYPERLINK("http://example.invalid")',
        roles=("inspection_coordinator", "chief_constable"),
    ),
    ContactDraft(name="Robin", roles=("representative_young_person",), group="Champions Board"),
)


@pytest.fixture
def roles() -> RoleCatalogue:
    """The bundled role catalogue."""
    return default_roles()


def test_export_is_utf8_with_bom_and_neutralised(tmp_path: Path, roles: RoleCatalogue) -> None:
    """The file starts with a BOM, keeps accents and role names, and holds no live formula."""
    path = tmp_path / "contacts.csv"
    write_contacts_csv(CONTACTS, path, roles)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == EXPORT_HEADERS
    assert rows[1][0] == "Siobhán Testperson"
    assert rows[1][7] == "Inspection co-ordinator; Chief Constable, Police Scotland"
    assert rows[1][8].startswith("'=")
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_export_round_trips_through_import(tmp_path: Path, roles: RoleCatalogue) -> None:
    """Importing an exported file gives back the same contacts, formula guard undone."""
    path = tmp_path / "contacts.csv"
    write_contacts_csv(CONTACTS, path, roles)
    assert preview_contact_file(path, roles).contacts == CONTACTS


def test_export_replaces_the_file_whole(tmp_path: Path, roles: RoleCatalogue) -> None:
    """Exporting over an older file replaces it and leaves no temporary file behind."""
    path = tmp_path / "contacts.csv"
    path.write_text("old")
    write_contacts_csv(CONTACTS[:1], path, roles)
    assert "Siobhán" in path.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.csv"]


def test_export_to_missing_folder_is_explained(tmp_path: Path, roles: RoleCatalogue) -> None:
    """Saving into a folder that doesn't exist raises a plain message."""
    with pytest.raises(
        UserFacingError, match=r"Cannot save contacts\.csv: the folder .* not exist"
    ):
        write_contacts_csv(CONTACTS, tmp_path / "absent" / "contacts.csv", roles)
