"""Recognise one value as an identifier: CHI, SCN, NI number, email, phone, postcode, address."""

from __future__ import annotations

import re

from inspection_desktop.domain.pir.check_digits import is_candidate_number, is_chi_number

_SEPARATORS = re.compile(r"[\s\-]")
_DIGIT_RUN = re.compile(r"(?<![\d])\d[\d \-]{7,12}\d(?![\d])")

_EMAIL = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
_EMAIL_LOCAL_DIGITS = re.compile(r"(?<!\d)(\d{9})(?!\d)")

# Two prefix letters (not D F I Q U V; O not second), six digits, suffix A-D (optional: often lost).
_NI_NUMBER = re.compile(
    r"(?<![A-Z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![A-Z0-9])",
    re.IGNORECASE,
)

_POSTCODE = re.compile(
    r"(?<![A-Z0-9])(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
    r"\s*[0-9][ABD-HJLNP-UW-Z]{2}(?![A-Z0-9])",
    re.IGNORECASE,
)

_STREET_WORDS = (
    "street|st|road|rd|avenue|ave|drive|dr|lane|ln|crescent|cres|place|pl|terrace|terr|court|ct"
    "|gardens|gdns|way|close|square|sq|grove|wynd|brae|loan|row|walk|mews|rise|vale|quadrant"
    "|circle|view|park|green|gate|hill|path|parade|boulevard|broadway|loaning|vennel|neuk"
)
_STREET = re.compile(
    rf"(?:\bflat\s+\w+[,\s]+)?\b\d{{1,4}}[A-Z]?(?:/\d{{1,2}})?,?\s+(?:[A-Z][\w'’\-]*\s+){{1,3}}"
    rf"(?:{_STREET_WORDS})\b\.?",
    re.IGNORECASE,
)
_FLAT = re.compile(r"\b(?:flat|apartment|apt)\s+\d+(?:/\d+)?\b", re.IGNORECASE)

_PHONE_CHARS = re.compile(r"[\s\-().]")
_UK_PHONE = re.compile(r"0(?:1\d{8,9}|2\d{9}|3\d{9}|7\d{9}|8\d{9})")


def chi_in(value: str) -> bool:
    """True when the value is (or holds) a CHI number, spaced or not."""
    for match in _DIGIT_RUN.finditer(value):
        digits = _SEPARATORS.sub("", match.group())
        if len(digits) in (9, 10) and is_chi_number(digits):
            return True
    return False


def candidate_number_in(value: str) -> bool:
    """True when the value is a Scottish Candidate Number (nine digits, valid check digit)."""
    digits = _SEPARATORS.sub("", value)
    return is_candidate_number(digits)


def candidate_number_in_email(value: str) -> bool:
    """True when an email address carries a Scottish Candidate Number, as pupil addresses can."""
    match = _EMAIL.search(value)
    if match is None:
        return False
    local = match.group().split("@", 1)[0]
    return any(is_candidate_number(m.group(1)) for m in _EMAIL_LOCAL_DIGITS.finditer(local))


def email_in(value: str) -> bool:
    """True when the value holds an email address."""
    return "@" in value and _EMAIL.search(value) is not None


def ni_number_in(value: str) -> bool:
    """True when the value holds a National Insurance number."""
    return _NI_NUMBER.search(value) is not None


def postcode_in(value: str) -> bool:
    """True when the value holds a full UK postcode."""
    return _POSTCODE.search(value) is not None


def street_address_in(value: str) -> bool:
    """True for a house number and street ("12 Rose Street"), a flat, or a line with a postcode."""
    if _STREET.search(value) or _FLAT.search(value):
        return True
    return "," in value and postcode_in(value) and any(ch.isdigit() for ch in value.split(",")[0])


def phone_number_in(value: str) -> bool:
    """True for a UK phone number: landline or mobile, spaced or bracketed, with or without +44."""
    compact = _PHONE_CHARS.sub("", value)
    if compact == value.strip() and is_chi_number(compact):
        return False  # ten bare digits with a valid date and check digit: a CHI number
    if compact.startswith("+44"):
        compact = "0" + compact[3:]
    elif compact.startswith("0044"):
        compact = "0" + compact[4:]
    return _UK_PHONE.fullmatch(compact) is not None


def identifier_part(value: str, kind_pattern: str) -> str:
    """The part of a longer value that is the identifier ("EH1 2AB" in a whole address line)."""
    pattern = {
        "postcode": _POSTCODE,
        "ni_number": _NI_NUMBER,
        "email": _EMAIL,
        "candidate_number": _EMAIL_LOCAL_DIGITS,
    }.get(kind_pattern)
    if kind_pattern == "chi_number":
        pattern = _DIGIT_RUN
    match = pattern.search(value) if pattern is not None else None
    return match.group() if match else value
