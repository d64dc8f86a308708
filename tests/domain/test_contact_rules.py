"""Tests for the contact domain: checks, tidying, young people's minimum data and matching."""

from __future__ import annotations

import pytest

from inspection_desktop.domain.people.contacts import (
    YOUNG_PERSON_PRIVACY_NOTE,
    ContactDraft,
    OrganisationKind,
    contact_problems,
    email_problem,
    guess_organisation_kind,
    is_first_name_or_initials,
    match_key,
    single_role_problems,
    tidy_contact,
)
from inspection_desktop.domain.people.phone_numbers import phone_problem, readable_phone
from inspection_desktop.domain.roles import RoleCatalogue, default_roles


@pytest.fixture
def roles() -> RoleCatalogue:
    """The bundled role catalogue."""
    return default_roles()


def test_name_is_required(roles: RoleCatalogue) -> None:
    """A contact with a blank name is refused in plain words."""
    assert contact_problems(ContactDraft(name="  "), roles) == ["A name is needed."]


def test_well_formed_contact_has_no_problems(roles: RoleCatalogue) -> None:
    """A complete adult contact passes every check."""
    draft = ContactDraft(
        name="Morag Testperson",
        email="morag.testperson@example.gov.uk",
        phone="0131 496 0123",
        roles=("inspection_coordinator", "local_file_reader"),
    )
    assert contact_problems(draft, roles) == []


@pytest.mark.parametrize("email", ["morag@", "morag.example.gov.uk", "a@b", "a b@example.org"])
def test_bad_email_shapes_are_explained(email: str) -> None:
    """An email without one @ and a dotted domain gets a reason naming the address."""
    problem = email_problem(email)
    assert problem is not None and email in problem


@pytest.mark.parametrize(
    ("typed", "readable"),
    [
        ("01314960123", "0131 496 0123"),
        ("+44 (0)131 496 0123", "0131 496 0123"),
        ("0044 7700 900123", "07700 900123"),
        ("020-7946-0123", "020 7946 0123"),
        ("(01382) 496012", "01382 496012"),
        ("0300 1234567", "0300 123 4567"),
        ("0141 496 0000 x 204", "0141 496 0000 ext. 204"),
        ("+33 1 42 86 82 00", "+33142868200"),
    ],
)
def test_phone_numbers_are_put_in_readable_uk_form(typed: str, readable: str) -> None:
    """Phone numbers typed in any common way come out grouped as UK print does."""
    assert readable_phone(typed) == readable


@pytest.mark.parametrize("typed", ["12345", "0131 496 01234567", "call reception"])
def test_unreadable_phone_numbers_are_problems(typed: str) -> None:
    """A number with too few or too many digits, or letters, is explained."""
    assert phone_problem(typed) is not None


def test_tidy_contact_trims_and_formats(roles: RoleCatalogue) -> None:
    """Tidying trims spaces, strips mailto:, formats the phone and drops repeated roles."""
    draft = ContactDraft(
        name="  Ewan   Placeholder ",
        email=" mailto:ewan@example.org ",
        phone="07700900456",
        roles=("chief_officer", "chief_officer"),
        address=" 1 Sample Street \n\n Anytown \n",
    )
    tidy = tidy_contact(draft)
    assert (tidy.name, tidy.email, tidy.phone, tidy.roles, tidy.address) == (
        "Ewan Placeholder",
        "ewan@example.org",
        "07700 900456",
        ("chief_officer",),
        "1 Sample Street\nAnytown",
    )


def test_young_person_with_contact_details_is_refused(roles: RoleCatalogue) -> None:
    """A young person's email, phone and address are each named as not to be kept."""
    draft = ContactDraft(
        name="Robin",
        email="robin@example.org",
        phone="07700 900111",
        address="2 Sample Road",
        roles=("representative_young_person",),
        group="Champions Board",
    )
    (problem,) = contact_problems(draft, roles)
    assert "email address, phone number and address must not be kept" in problem


def test_young_person_needs_first_name_or_initials(roles: RoleCatalogue) -> None:
    """A young person recorded by full name is refused."""
    draft = ContactDraft(
        name="Robin Fictional", roles=("young_inspection_volunteer",), group="Volunteers"
    )
    assert contact_problems(draft, roles) == [
        'For a young person keep only a first name or initials, not "Robin Fictional".'
    ]


def test_young_person_needs_a_group(roles: RoleCatalogue) -> None:
    """A young person without a group is asked for one."""
    draft = ContactDraft(name="J.D.", roles=("representative_young_person",))
    assert contact_problems(draft, roles) == [
        "Say which group the young person belongs to, such as a Champions Board."
    ]


def test_young_person_with_least_data_passes(roles: RoleCatalogue) -> None:
    """Initials and a group are all a young person's record needs."""
    draft = ContactDraft(name="JD", roles=("representative_young_person",), group="Champions Board")
    assert contact_problems(draft, roles) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Sam", True), ("Anne-Marie", True), ("J.D.", True), ("J D", True), ("Sam Fictional", False)],
)
def test_first_name_or_initials(name: str, expected: bool) -> None:
    """First names and initials are recognised; a full name is not."""
    assert is_first_name_or_initials(name) is expected


def test_privacy_note_says_why() -> None:
    """The note the register shows names what is kept and why the rest is not."""
    assert "first name or initials" in YOUNG_PERSON_PRIVACY_NOTE
    assert "least personal information" in YOUNG_PERSON_PRIVACY_NOTE


def test_match_key_prefers_email() -> None:
    """Two drafts with the same email (any case) are the same person whatever their names."""
    first = ContactDraft(name="Ailsa Sample", email="Ailsa.Sample@Example.org")
    second = ContactDraft(name="A. Sample", email="ailsa.sample@example.org")
    assert match_key(first) == match_key(second)


def test_match_key_without_email_uses_name_and_organisation() -> None:
    """Without an email, case, accents and punctuation don't make a different person."""
    first = ContactDraft(name="Siobhán O’Neil", organisation="Anytown Council")
    second = ContactDraft(name="siobhan  oneil", organisation="ANYTOWN COUNCIL")
    other = ContactDraft(name="Siobhán O’Neil", organisation="NHS Anyshire")
    assert match_key(first) == match_key(second) != match_key(other)


def test_single_role_clash_is_reported(roles: RoleCatalogue) -> None:
    """A second inspection co-ordinator is refused, naming who holds the role."""
    holder = ContactDraft(name="Iona Example", email="iona@example.gov.uk")
    draft = ContactDraft(name="Fraser Example", roles=("inspection_coordinator",))
    problems = single_role_problems(draft, {"inspection_coordinator": holder}, roles)
    assert problems == [
        "Only one person can be the Inspection co-ordinator, and Iona Example already is."
    ]


def test_shared_roles_allow_many_holders(roles: RoleCatalogue) -> None:
    """Roles the guide gives to several people, such as file readers, never clash."""
    holder = ContactDraft(name="Iona Example")
    draft = ContactDraft(name="Fraser Example", roles=("local_file_reader",))
    assert single_role_problems(draft, {"local_file_reader": holder}, roles) == []


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("NHS Anyshire", OrganisationKind.NHS_BOARD),
        ("Police Scotland", OrganisationKind.POLICE_SCOTLAND),
        ("Anytown Council", OrganisationKind.LOCAL_AUTHORITY),
        ("Scottish Children's Reporter Administration", OrganisationKind.SCRA),
        ("Education Scotland", OrganisationKind.SCRUTINY_PARTNER),
        ("Example Children's Charity", OrganisationKind.THIRD_SECTOR),
        ("Somewhere Ltd", OrganisationKind.OTHER),
    ],
)
def test_organisation_kind_is_guessed_from_name(name: str, kind: OrganisationKind) -> None:
    """Common Scottish bodies are recognised by name."""
    assert guess_organisation_kind(name) is kind


def test_organisation_kinds_have_uk_labels() -> None:
    """Every kind has a readable label."""
    assert OrganisationKind.NHS_BOARD.label == "NHS board"
    assert all(kind.label for kind in OrganisationKind)


def test_holder_without_email_in_the_file_is_still_the_holder(roles: RoleCatalogue) -> None:
    """The register's co-ordinator (with email) matches a file row with no email by name."""
    holder = ContactDraft(
        name="Iona Example", organisation="Anytown Council", email="i@example.org"
    )
    draft = ContactDraft(
        name="Iona Example", organisation="Anytown Council", roles=("inspection_coordinator",)
    )
    assert single_role_problems(draft, {"inspection_coordinator": holder}, roles) == []
