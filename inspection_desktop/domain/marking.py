"""Protective markings for printed documents (the Government Security Classifications)."""

from __future__ import annotations

OFFICIAL = "OFFICIAL"
OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"
MARKINGS = (OFFICIAL, OFFICIAL_SENSITIVE)


def marking_for(*, confidential: bool) -> str:
    """The default marking: OFFICIAL-SENSITIVE when confidential material is inside."""
    return OFFICIAL_SENSITIVE if confidential else OFFICIAL


def clean_marking(text: str) -> str:
    """A marking as printed: capitals, single spaces; OFFICIAL when left blank."""
    return " ".join(text.upper().split()) or OFFICIAL
