"""Tests for vCard 4.0 export: structure, escaping, folding and line endings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from inspection_desktop.documents.people.vcard import (
    escape_text,
    fold_line,
    vcard_for,
    write_vcards,
)
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.roles import RoleCatalogue, default_roles

CONTACT = ContactDraft(
    name="Dr Łukasz Example-Testperson",
    job_title="Service Manager; Child Protection, North",
    organisation="NHS Anyshire",
    email="lukasz@example.org",
    phone="0131 496 0004",
    address="Room 2, Sample House\n1 Sample Street\nAnytown\nAB1 2XY",
    notes="Back\\slash, comma; semicolon\nand a second line that is long enough to need folding "
    "with accents: Siobhán Zoë Łukasz",
    roles=("chief_officer", "chief_constable"),
)


@pytest.fixture
def roles() -> RoleCatalogue:
    """The bundled role catalogue."""
    return default_roles()


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _property(lines: list[str], name: str) -> str:
    (line,) = [line for line in lines if re.match(rf"{name}[;:]", line)]
    return line.split(":", 1)[1]


def test_card_has_the_required_structure(roles: RoleCatalogue) -> None:
    """A card begins, declares version 4.0, has FN and N, and ends."""
    lines = _unfold(vcard_for(CONTACT, roles))
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert lines[-1] == "END:VCARD"
    assert _property(lines, "FN") == "Dr Łukasz Example-Testperson"
    assert _property(lines, "N") == "Example-Testperson;Łukasz;;Dr;"


def test_every_line_ends_with_crlf(roles: RoleCatalogue) -> None:
    """Lines end with CRLF and no bare LF or CR appears."""
    text = vcard_for(CONTACT, roles)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")


def test_lines_fold_at_75_octets(roles: RoleCatalogue) -> None:
    """No physical line exceeds 75 octets and continuation lines start with a space."""
    physical = vcard_for(CONTACT, roles).split("\r\n")[:-1]
    assert max(len(line.encode("utf-8")) for line in physical) <= 75
    assert any(line.startswith(" ") for line in physical)


def test_folding_never_splits_a_character() -> None:
    """A line of two-byte letters folds between characters, and unfolds to the original."""
    line = "NOTE:" + "ł" * 100
    folded = fold_line(line)
    for piece in folded.split("\r\n"):
        piece.encode("utf-8").decode("utf-8")
        assert len(piece.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_text_escaping_round_trips(roles: RoleCatalogue) -> None:
    """Backslashes, commas, semicolons and newlines are escaped and read back intact."""
    lines = _unfold(vcard_for(CONTACT, roles))
    assert _unescape(_property(lines, "NOTE")) == CONTACT.notes
    assert _unescape(_property(lines, "TITLE")) == CONTACT.job_title
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"


def test_address_keeps_lines_and_postcode(roles: RoleCatalogue) -> None:
    """The address goes in ADR with the UK postcode in its own part."""
    adr = _property(_unfold(vcard_for(CONTACT, roles)), "ADR;TYPE=work")
    parts = re.split(r"(?<!\\);", adr)
    assert _unescape(parts[2]) == "Room 2, Sample House\n1 Sample Street\nAnytown"
    assert parts[5] == "AB1 2XY"


def test_phone_is_a_tel_uri(roles: RoleCatalogue) -> None:
    """A UK number becomes an international tel: URI."""
    lines = _unfold(vcard_for(CONTACT, roles))
    assert "TEL;VALUE=uri;TYPE=work:tel:+44-131-496-0004" in lines


def test_roles_become_role_and_categories(roles: RoleCatalogue) -> None:
    """Each role is a ROLE line, and all of them are CATEGORIES with commas escaped."""
    lines = _unfold(vcard_for(CONTACT, roles))
    assert "ROLE:Chief officer" in lines
    assert "CATEGORIES:Chief officer,Chief Constable\\, Police Scotland" in lines


def test_young_person_card_has_no_contact_details(roles: RoleCatalogue) -> None:
    """A young person's card carries the first name and group, nothing to reach them by."""
    young = ContactDraft(
        name="Robin", roles=("representative_young_person",), group="Champions Board"
    )
    lines = _unfold(vcard_for(young, roles))
    assert _property(lines, "N") == ";Robin;;;"
    assert not [line for line in lines if line.startswith(("EMAIL", "TEL", "ADR"))]
    assert "CATEGORIES:Representative young person,Champions Board" in lines


def test_many_contacts_go_into_one_file(tmp_path: Path, roles: RoleCatalogue) -> None:
    """Several contacts are written to one UTF-8 .vcf, one card each."""
    path = tmp_path / "contacts.vcf"
    write_vcards([CONTACT, ContactDraft(name="Grace Example")], path, roles)
    text = path.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\n") == 2
    assert "FN:Grace Example\r\n" in text
