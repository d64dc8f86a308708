"""What a column heading says about its contents; a hint only, as headings are often neutral."""

from __future__ import annotations

import re

from inspection_desktop.domain.pir.kinds import AllowedKind, IdentifierKind

_WORD = re.compile(r"[a-z0-9]+")

# Phrases (as word sequences) that name an identifier. Checked after the allowed phrases, so
# "Team name" and "School name" are not read as a person's name.
_IDENTIFIER_PHRASES: tuple[tuple[tuple[str, ...], IdentifierKind], ...] = (
    (("chi",), IdentifierKind.CHI_NUMBER),
    (("chi", "number"), IdentifierKind.CHI_NUMBER),
    (("nhs", "number"), IdentifierKind.CHI_NUMBER),
    (("scn",), IdentifierKind.CANDIDATE_NUMBER),
    (("candidate", "number"), IdentifierKind.CANDIDATE_NUMBER),
    (("ni", "number"), IdentifierKind.NI_NUMBER),
    (("ni", "no"), IdentifierKind.NI_NUMBER),
    (("nino",), IdentifierKind.NI_NUMBER),
    (("national", "insurance"), IdentifierKind.NI_NUMBER),
    (("email",), IdentifierKind.EMAIL),
    (("e", "mail"), IdentifierKind.EMAIL),
    (("phone",), IdentifierKind.PHONE),
    (("telephone",), IdentifierKind.PHONE),
    (("tel",), IdentifierKind.PHONE),
    (("mobile",), IdentifierKind.PHONE),
    (("postcode",), IdentifierKind.POSTCODE),
    (("post", "code"), IdentifierKind.POSTCODE),
    (("address",), IdentifierKind.ADDRESS),
    (("street",), IdentifierKind.ADDRESS),
    (("dob",), IdentifierKind.DATE_OF_BIRTH),
    (("d", "o", "b"), IdentifierKind.DATE_OF_BIRTH),
    (("birth",), IdentifierKind.DATE_OF_BIRTH),
    (("birthdate",), IdentifierKind.DATE_OF_BIRTH),
    (("birthday",), IdentifierKind.DATE_OF_BIRTH),
    (("born",), IdentifierKind.DATE_OF_BIRTH),
    (("name",), IdentifierKind.NAME),
    (("names",), IdentifierKind.NAME),
    (("forename",), IdentifierKind.NAME),
    (("forenames",), IdentifierKind.NAME),
    (("surname",), IdentifierKind.NAME),
    (("firstname",), IdentifierKind.NAME),
    (("lastname",), IdentifierKind.NAME),
    (("fullname",), IdentifierKind.NAME),
    (("notes",), IdentifierKind.FREE_TEXT),
    (("comments",), IdentifierKind.FREE_TEXT),
)

_ALLOWED_PHRASES: tuple[tuple[tuple[str, ...], AllowedKind], ...] = (
    (("team",), AllowedKind.TEAM),
    (("locality",), AllowedKind.TEAM),
    (("area",), AllowedKind.TEAM),
    (("office",), AllowedKind.TEAM),
    (("service",), AllowedKind.TEAM),
    (("school",), AllowedKind.TEAM),
    (("sibling",), AllowedKind.SIBLING_GROUP),
    (("siblings",), AllowedKind.SIBLING_GROUP),
    (("gender",), AllowedKind.GENDER),
    (("sex",), AllowedKind.GENDER),
    (("legal",), AllowedKind.LEGAL_STATUS),
    (("status",), AllowedKind.LEGAL_STATUS),
    (("age", "band"), AllowedKind.AGE_BAND),
    (("age", "group"), AllowedKind.AGE_BAND),
    (("age", "range"), AllowedKind.AGE_BAND),
    (("age",), AllowedKind.AGE_IN_YEARS),
    (("case", "ref"), AllowedKind.CASE_REFERENCE),
    (("case", "reference"), AllowedKind.CASE_REFERENCE),
    (("record", "ref"), AllowedKind.CASE_REFERENCE),
    (("case", "number"), AllowedKind.CASE_REFERENCE),
    (("case", "id"), AllowedKind.CASE_REFERENCE),
    (("swift", "id"), AllowedKind.CASE_REFERENCE),
)


def heading_words(heading: str) -> tuple[str, ...]:
    """The heading as lower-case words: "Child's D.O.B." becomes ("child", "s", "d", "o", "b")."""
    return tuple(_WORD.findall(heading.casefold()))


def _holds(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def identifier_named_by(heading: str) -> IdentifierKind | None:
    """The identifier a heading names ("DOB", "Surname", "CHI No."), if any."""
    words = heading_words(heading)
    if allowed_named_by(heading) is not None and not _names_a_birth_or_chi(words):
        return None
    for phrase, kind in _IDENTIFIER_PHRASES:
        if _holds(words, phrase):
            return kind
    return None


def _names_a_birth_or_chi(words: tuple[str, ...]) -> bool:
    # "Date of birth (age band)" or "Legal status / CHI" still name an identifier.
    return any(w in ("dob", "birth", "chi", "postcode", "email", "address") for w in words)


def allowed_named_by(heading: str) -> AllowedKind | None:
    """The allowed field a heading names ("Team", "Age band", "Case ref"), if any."""
    words = heading_words(heading)
    for phrase, kind in sorted(_ALLOWED_PHRASES, key=lambda item: -len(item[0])):
        if _holds(words, phrase):
            return kind
    return None
