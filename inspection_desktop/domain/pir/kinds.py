"""What a column can be found to hold: a personal identifier, or something the sample needs."""

from __future__ import annotations

from enum import StrEnum


class IdentifierKind(StrEnum):
    """A kind of personal identifier the Care Inspectorate does not want in the PIR."""

    CHI_NUMBER = "chi_number"
    CANDIDATE_NUMBER = "candidate_number"
    NI_NUMBER = "ni_number"
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    ADDRESS = "address"
    DATE_OF_BIRTH = "date_of_birth"
    EXACT_AGE = "exact_age"
    NAME = "name"
    FREE_TEXT = "free_text"

    @property
    def label(self) -> str:
        """How the kind reads in a reason, e.g. "CHI number"."""
        return _IDENTIFIER_LABELS[self]


_IDENTIFIER_LABELS = {
    IdentifierKind.CHI_NUMBER: "CHI number",
    IdentifierKind.CANDIDATE_NUMBER: "Scottish Candidate Number",
    IdentifierKind.NI_NUMBER: "National Insurance number",
    IdentifierKind.EMAIL: "Email address",
    IdentifierKind.PHONE: "Phone number",
    IdentifierKind.POSTCODE: "Postcode",
    IdentifierKind.ADDRESS: "Street address",
    IdentifierKind.DATE_OF_BIRTH: "Date of birth",
    IdentifierKind.EXACT_AGE: "Exact age",
    IdentifierKind.NAME: "Personal name",
    IdentifierKind.FREE_TEXT: "Free text",
}


class AllowedKind(StrEnum):
    """Something the case-file sample needs, which may be sent."""

    CASE_REFERENCE = "case_reference"
    AGE_BAND = "age_band"
    AGE_IN_YEARS = "age_in_years"
    GENDER = "gender"
    LEGAL_STATUS = "legal_status"
    TEAM = "team"
    SIBLING_GROUP = "sibling_group"

    @property
    def label(self) -> str:
        """How the kind reads on screen, e.g. "Case-record reference"."""
        return _ALLOWED_LABELS[self]


_ALLOWED_LABELS = {
    AllowedKind.CASE_REFERENCE: "Case-record reference",
    AllowedKind.AGE_BAND: "Age band",
    AllowedKind.AGE_IN_YEARS: "Age in years",
    AllowedKind.GENDER: "Gender",
    AllowedKind.LEGAL_STATUS: "Legal status",
    AllowedKind.TEAM: "Team or locality",
    AllowedKind.SIBLING_GROUP: "Sibling group",
}
