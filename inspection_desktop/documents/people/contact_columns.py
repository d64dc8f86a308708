"""The details a contact file's columns can fill, and how their header names are recognised."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class ContactField(StrEnum):
    """A piece of a contact that a column of the file can fill, in the order the dialog shows."""

    NAME = "name"
    TITLE = "title"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    JOB_TITLE = "job_title"
    ORGANISATION = "organisation"
    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    ADDRESS = "address"
    TOWN = "town"
    POSTCODE = "postcode"
    ROLES = "roles"
    GROUP = "group"
    NOTES = "notes"

    @property
    def label(self) -> str:
        """How the field reads on screen."""
        return _LABELS[self]


_LABELS = {
    ContactField.NAME: "Full name",
    ContactField.TITLE: "Title (Mr, Dr, …)",
    ContactField.FIRST_NAME: "First name",
    ContactField.MIDDLE_NAME: "Middle name",
    ContactField.LAST_NAME: "Last name",
    ContactField.JOB_TITLE: "Job title",
    ContactField.ORGANISATION: "Organisation",
    ContactField.EMAIL: "Email",
    ContactField.PHONE: "Phone",
    ContactField.MOBILE: "Mobile",
    ContactField.ADDRESS: "Address (street)",
    ContactField.TOWN: "Town",
    ContactField.POSTCODE: "Postcode",
    ContactField.ROLES: "Roles (separated by ;)",
    ContactField.GROUP: "Group (young people)",
    ContactField.NOTES: "Notes",
}

# Header spellings, compared lower-case with only letters and digits kept. Outlook's export,
# Google Contacts' export and plain hand-made sheets.
_ALIASES: dict[ContactField, tuple[str, ...]] = {
    ContactField.NAME: ("name", "fullname", "contactname", "displayname"),
    ContactField.TITLE: ("title", "prefix", "nameprefix", "honorific"),
    ContactField.FIRST_NAME: ("firstname", "givenname", "forename", "forenames"),
    ContactField.MIDDLE_NAME: ("middlename", "additionalname"),
    ContactField.LAST_NAME: ("lastname", "surname", "familyname"),
    ContactField.JOB_TITLE: (
        "jobtitle",
        "position",
        "designation",
        "post",
        "organization1title",
        "organizationtitle",
    ),
    ContactField.ORGANISATION: (
        "organisation",
        "organization",
        "company",
        "agency",
        "employer",
        "organisationname",
        "organizationname",
        "organization1name",
    ),
    ContactField.EMAIL: ("email", "emailaddress", "mail", "email1value", "workemail"),
    ContactField.PHONE: (
        "phone",
        "telephone",
        "tel",
        "businessphone",
        "workphone",
        "phonenumber",
        "telephonenumber",
        "officephone",
        "primaryphone",
        "phone1value",
    ),
    ContactField.MOBILE: ("mobile", "mobilephone", "mobilenumber", "cell", "cellphone"),
    ContactField.ADDRESS: (
        "address",
        "addressforletters",
        "postaladdress",
        "businessstreet",
        "street",
        "addressline1",
        "address1street",
    ),
    ContactField.TOWN: ("town", "city", "businesscity", "address1city"),
    ContactField.POSTCODE: ("postcode", "postalcode", "businesspostalcode", "zip", "zipcode"),
    ContactField.ROLES: ("role", "roles", "inspectionrole", "inspectionroles"),
    ContactField.GROUP: ("group", "youngpeoplesgroup"),
    ContactField.NOTES: ("notes", "note", "comments"),
}

ColumnMapping = Mapping[ContactField, int]
"""Which column (0-based) fills each field; a field left out is not imported."""


def _header_key(header: str) -> str:
    return "".join(ch for ch in header.casefold() if ch.isalnum())


def guess_column_mapping(headers: tuple[str, ...] | list[str]) -> dict[ContactField, int]:
    """Guess which column fills each field from the header names (first match wins)."""
    keys = [_header_key(header) for header in headers]
    mapping: dict[ContactField, int] = {}
    for field, aliases in _ALIASES.items():
        for index, key in enumerate(keys):
            if key in aliases and index not in mapping.values():
                mapping[field] = index
                break
    # Outlook's "Title" is Mr or Dr; in a hand-made sheet with no name parts it is the job title.
    split_name = ContactField.FIRST_NAME in mapping or ContactField.LAST_NAME in mapping
    if ContactField.TITLE in mapping and not split_name and ContactField.JOB_TITLE not in mapping:
        mapping[ContactField.JOB_TITLE] = mapping.pop(ContactField.TITLE)
    return mapping
