"""Recognise values the case-file sample needs: references, age bands, gender, status, teams."""

from __future__ import annotations

import re

_CASE_REFERENCE = re.compile(r"[A-Z]{1,4}[-/ ]?\d{3,10}[A-Z]?", re.IGNORECASE)
_AGE_BAND = re.compile(
    r"\d{1,2}\s*(?:-|–|to)\s*\d{1,2}(?:\s*(?:yrs|years))?|\d{1,2}\s*\+|(?:under|over)\s*\d{1,2}",
    re.IGNORECASE,
)
_AGE_YEARS = re.compile(r"\d{1,2}")
_SIBLING_GROUP = re.compile(r"(?:sg|sib|sibling(?:\s+group)?|group)[\s\-_]*\d{1,4}[a-z]?", re.I)
_GENDER_WORDS = frozenset(
    {"m", "f", "male", "female", "boy", "girl", "man", "woman", "non-binary", "nonbinary"}
    | {"other", "unknown", "not known", "not recorded", "prefer not to say", "x", "u", "trans"}
)
_STATUS_WORDS = re.compile(
    r"\b(?:cso|cpo|cpr|pvg|ico|s\.?\s?25|s\.?\s?83|section|order|supervision|compulsory|"
    r"looked\s+after|at\s+home|away\s+from\s+home|kinship|foster|residential|secure|"
    r"voluntary|aftercare|continuing\s+care|permanence|adoption|register(?:ed)?|"
    r"child\s+protection|cp|lac|laac|referral|scra|hearing|interim)\b",
    re.IGNORECASE,
)
_TEAM_WORDS = re.compile(
    r"\b(?:team|locality|area|office|service|hub|unit|north|south|east|west|central|"
    r"throughcare|duty|intake|long[- ]term|children\s+and\s+families)\b",
    re.IGNORECASE,
)


def is_case_reference(value: str) -> bool:
    """True for a local case-record reference such as "SW100234" or "CR-0042"."""
    return _CASE_REFERENCE.fullmatch(value.strip()) is not None


def is_age_band(value: str) -> bool:
    """True for an age band such as "12-15", "16+" or "under 5"."""
    return _AGE_BAND.fullmatch(value.strip()) is not None


def is_age_in_years(value: str) -> bool:
    """True for a whole number of years a child or young person could be (0 to 26)."""
    text = value.strip()
    return _AGE_YEARS.fullmatch(text) is not None and int(text) <= 26


def is_gender(value: str) -> bool:
    """True for a gender or sex value such as "Female", "M" or "Not known"."""
    return value.strip().casefold() in _GENDER_WORDS


def is_legal_status(value: str) -> bool:
    """True for a legal status or register label such as "CSO" or "Looked after at home"."""
    return _STATUS_WORDS.search(value) is not None


def is_sibling_group(value: str) -> bool:
    """True for a sibling-group label such as "SG-04"."""
    return _SIBLING_GROUP.fullmatch(value.strip()) is not None


def is_team_label(value: str) -> bool:
    """True for a team or locality label such as "Locality North"."""
    return _TEAM_WORDS.search(value) is not None
