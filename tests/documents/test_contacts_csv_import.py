"""Tests for reading contact CSVs in every usual encoding and delimiter, and mapping columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspection_desktop.documents.people.contact_columns import ContactField, guess_column_mapping
from inspection_desktop.documents.people.contact_mapping import apply_mapping, preview_contact_file
from inspection_desktop.documents.people.contacts_csv import (
    Delimiter,
    TextEncoding,
    read_contact_table,
)
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.roles import RoleCatalogue, default_roles
from inspection_desktop.errors import UserFacingError

OUTLOOK_HEADERS = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Street 2,Business City,Business Postal Code,Business Phone,"
    "Mobile Phone,E-mail Address,E-mail Display Name,Notes,Categories"
)


@pytest.fixture
def roles() -> RoleCatalogue:
    """The bundled role catalogue."""
    return default_roles()


def _write(tmp_path: Path, text: str, encoding: str, name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


PLAIN = (
    "Name,Email,Phone,Organisation\n"
    "Siobhán Testperson,siobhan@example.org,0131 496 0001,Łukasz Trust\n"
)


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", TextEncoding.UTF8),
        ("utf-8-sig", TextEncoding.UTF8_BOM),
        ("utf-16", TextEncoding.UTF16),
    ],
)
def test_unicode_encodings_are_detected(tmp_path: Path, codec: str, expected: TextEncoding) -> None:
    """UTF-8, UTF-8 with BOM and UTF-16 files read with accents and Polish letters intact."""
    table = read_contact_table(_write(tmp_path, PLAIN, codec))
    assert table.encoding is expected
    assert table.headers == ("Name", "Email", "Phone", "Organisation")
    assert table.rows[0][0] == "Siobhán Testperson"
    assert table.rows[0][3] == "Łukasz Trust"


def test_windows_1252_is_detected(tmp_path: Path) -> None:
    """A Windows-1252 file (as old Excel saves it) reads "Siobhán" and the euro sign."""
    text = "Name,Notes\nSiobhán Testperson,Expenses €20\n"
    table = read_contact_table(_write(tmp_path, text, "cp1252"))
    assert table.encoding is TextEncoding.WINDOWS_1252
    assert table.rows[0] == ("Siobhán Testperson", "Expenses €20")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    """Comma, semicolon and tab files are split into the right columns."""
    text = delimiter.join(["Name", "Email", "Role"]) + "\n"
    text += delimiter.join(
        ["Ailsa Sample", "ailsa@example.org", '"Chief officer;Local file reader"']
    )
    table = read_contact_table(_write(tmp_path, text + "\n", "utf-8"))
    assert table.delimiter is Delimiter(delimiter)
    assert table.rows[0] == ("Ailsa Sample", "ailsa@example.org", "Chief officer;Local file reader")


def test_excel_separator_line_is_honoured(tmp_path: Path) -> None:
    """A first line "sep=;" names the delimiter and is not taken as the header."""
    table = read_contact_table(
        _write(tmp_path, "sep=;\nName;Email\nA Sample;a@example.org\n", "utf-8")
    )
    assert table.delimiter is Delimiter.SEMICOLON
    assert table.headers == ("Name", "Email")


def test_delimiter_and_encoding_can_be_overridden(tmp_path: Path) -> None:
    """Forcing Windows-1252 and semicolon reads the file that way even if detection differs."""
    path = _write(tmp_path, "Name;Notes\nZoë Sample;x,y\n", "utf-8")
    table = read_contact_table(path, TextEncoding.WINDOWS_1252, Delimiter.SEMICOLON)
    assert table.rows[0] == ("ZoÃ« Sample", "x,y")


def test_forcing_the_wrong_encoding_is_explained(tmp_path: Path) -> None:
    """Forcing UTF-8 on a Windows-1252 file raises a plain message suggesting another encoding."""
    path = _write(tmp_path, "Name\nSiobhán\n", "cp1252")
    with pytest.raises(UserFacingError, match="can't be read as UTF-8"):
        read_contact_table(path, TextEncoding.UTF8)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\n\n  \n", "is empty"),
        (b"PK\x03\x04\x14\x00\x00\x00", "Excel workbook"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ],
)
def test_unreadable_files_raise_user_facing_errors(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """Empty, zipped and binary files are refused with a plain reason."""
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserFacingError, match=message):
        read_contact_table(path)


def test_missing_file_is_explained(tmp_path: Path) -> None:
    """A file that isn't there is a user-facing error, not a traceback."""
    with pytest.raises(UserFacingError, match="There is no file"):
        read_contact_table(tmp_path / "absent.csv")


def test_outlook_export_is_mapped_and_imported(tmp_path: Path, roles: RoleCatalogue) -> None:
    """An Outlook contacts export maps its columns and builds full names and addresses."""
    row = (
        'Dr,Morag,Ann,Testperson,,NHS Anyshire,Children,"Lead Nurse, Child Protection",'
        '"1 Sample Street",,Anytown,AB1 2XY,0131 496 0002,07700 900002,'
        'morag.testperson@example.org,Morag,"Prefers email",'
    )
    path = _write(tmp_path, OUTLOOK_HEADERS + "\r\n" + row + "\r\n", "cp1252")
    table = read_contact_table(path)
    mapping = guess_column_mapping(table.headers)
    assert mapping[ContactField.TITLE] == 0
    assert mapping[ContactField.EMAIL] == table.headers.index("E-mail Address")
    preview = apply_mapping(table, mapping, roles)
    assert preview.contacts == (
        ContactDraft(
            name="Dr Morag Ann Testperson",
            job_title="Lead Nurse, Child Protection",
            organisation="NHS Anyshire",
            email="morag.testperson@example.org",
            phone="0131 496 0002",
            address="1 Sample Street\nAnytown\nAB1 2XY",
            notes="Prefers email\nMobile: 07700 900002",
        ),
    )


def test_plain_sheet_with_organization_spelling_is_mapped() -> None:
    """A hand-made sheet's Name/Email/Phone/Organization/Roles headers are recognised."""
    mapping = guess_column_mapping(["Name", "E-mail", "Phone", "Organization", "Roles", "Title"])
    assert mapping == {
        ContactField.NAME: 0,
        ContactField.EMAIL: 1,
        ContactField.PHONE: 2,
        ContactField.ORGANISATION: 3,
        ContactField.ROLES: 4,
        ContactField.JOB_TITLE: 5,
    }


def test_role_column_accepts_names_and_keys(tmp_path: Path, roles: RoleCatalogue) -> None:
    """Guide names (any case, with commas) and keys both assign roles."""
    text = (
        "Name,Email,Role\n"
        'Fraser Example,fraser@example.org,"INSPECTION CO-ORDINATOR; local_file_reader"\n'
        'Grace Example,grace@example.org,"Chief Constable, Police Scotland"\n'
    )
    preview = preview_contact_file(_write(tmp_path, text, "utf-8"), roles)
    assert [draft.roles for draft in preview.contacts] == [
        ("inspection_coordinator", "local_file_reader"),
        ("chief_constable",),
    ]


def test_bad_rows_are_refused_with_reasons_and_the_rest_kept(
    tmp_path: Path, roles: RoleCatalogue
) -> None:
    """Unknown roles, missing names, bad emails and repeats are refused; good rows survive."""
    text = (
        "Name,Email,Role\n"
        "Ailsa Sample,ailsa@example.org,Chief officer\n"
        "Bruce Sample,bruce@example.org,Chief Wizard\n"
        ",nobody@example.org,\n"
        "Callum Sample,callum.example.org,\n"
        "\n"
        "Dana Sample,dana@example.org,\n"
        "A. Sample,AILSA@example.org,\n"
    )
    preview = preview_contact_file(_write(tmp_path, text, "utf-8"), roles)
    assert [draft.name for draft in preview.contacts] == ["Ailsa Sample", "Dana Sample"]
    assert [(row.number, row.reason) for row in preview.refused] == [
        (3, 'Unknown role "Chief Wizard".'),
        (4, "A name is needed."),
        (
            5,
            'The email address "callum.example.org" doesn\'t look right: it needs one @ '
            "and a domain such as example.gov.uk.",
        ),
        (8, "Repeats the contact in row 2 (same email address)."),
    ]
    assert preview.summary == "2 to import, 4 refused"


def test_second_holder_of_a_single_role_is_refused(tmp_path: Path, roles: RoleCatalogue) -> None:
    """Two inspection co-ordinators in one file: the second is refused."""
    text = (
        "Name,Role\nIona Example,Inspection co-ordinator\nFraser Example,Inspection co-ordinator\n"
    )
    preview = preview_contact_file(_write(tmp_path, text, "utf-8"), roles)
    assert [row.number for row in preview.refused] == [3]
    assert "Iona Example already is" in preview.refused[0].reason


def test_existing_holder_may_be_updated(tmp_path: Path, roles: RoleCatalogue) -> None:
    """The register's co-ordinator appearing in the file is an update, not a clash."""
    holder = ContactDraft(name="Iona Example", email="iona@example.gov.uk")
    text = "Name,Email,Role\nIona Example,iona@example.gov.uk,Inspection co-ordinator\n"
    path = _write(tmp_path, text, "utf-8")
    preview = preview_contact_file(path, roles, {"inspection_coordinator": holder})
    assert preview.refused == ()


def test_young_person_row_with_email_is_refused(tmp_path: Path, roles: RoleCatalogue) -> None:
    """A representative young person imported with an email is refused, saying why."""
    text = (
        "Name,Email,Role,Group\n"
        "Robin,robin@example.org,Representative young person,Champions Board\n"
    )
    preview = preview_contact_file(_write(tmp_path, text, "utf-8"), roles)
    assert "must not be kept" in preview.refused[0].reason


def test_short_rows_leave_missing_cells_blank(tmp_path: Path, roles: RoleCatalogue) -> None:
    """A row with fewer cells than the header still imports what it has."""
    preview = preview_contact_file(
        _write(tmp_path, "Name,Email,Phone\nEwan Sample\n", "utf-8"), roles
    )
    assert preview.contacts == (ContactDraft(name="Ewan Sample"),)


FULL_OUTLOOK_HEADERS = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home Postal Code",
    "Assistant's Phone",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Company Main Phone",
    "Home Phone",
    "Mobile Phone",
    "Other Phone",
    "Primary Phone",
    "Categories",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "Initials",
    "Location",
    "Notes",
    "Office Location",
    "Profession",
    "Web Page",
]


def test_full_outlook_header_row_picks_business_columns() -> None:
    """Among Outlook's many columns the business address, phone and first email are chosen."""
    mapping = guess_column_mapping(FULL_OUTLOOK_HEADERS)
    chosen = {field: FULL_OUTLOOK_HEADERS[index] for field, index in mapping.items()}
    assert chosen == {
        ContactField.TITLE: "Title",
        ContactField.FIRST_NAME: "First Name",
        ContactField.MIDDLE_NAME: "Middle Name",
        ContactField.LAST_NAME: "Last Name",
        ContactField.JOB_TITLE: "Job Title",
        ContactField.ORGANISATION: "Company",
        ContactField.EMAIL: "E-mail Address",
        ContactField.PHONE: "Business Phone",
        ContactField.MOBILE: "Mobile Phone",
        ContactField.ADDRESS: "Business Street",
        ContactField.TOWN: "Business City",
        ContactField.POSTCODE: "Business Postal Code",
        ContactField.NOTES: "Notes",
    }


def test_google_contacts_headers_are_recognised() -> None:
    """Google Contacts' export spellings map to our fields."""
    headers = ["Name", "Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value"]
    headers += ["Organization 1 - Name", "Organization 1 - Title"]
    mapping = guess_column_mapping(headers)
    assert mapping[ContactField.EMAIL] == 3
    assert mapping[ContactField.ORGANISATION] == 5
    assert mapping[ContactField.JOB_TITLE] == 6


def test_folder_instead_of_file_is_explained(tmp_path: Path) -> None:
    """Choosing a folder gives a plain message."""
    with pytest.raises(UserFacingError, match="is a folder"):
        read_contact_table(tmp_path)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A file far bigger than any contact list is refused by its size."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(30_000_000)  # sparse: costs no disk or time
    with pytest.raises(UserFacingError, match="too big"):
        read_contact_table(path)
