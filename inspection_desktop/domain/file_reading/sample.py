"""The case-file sample: what a record is, how far its reading has got, which agencies' files."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AgencySystem(StrEnum):
    """An agency whose case-record system readers may need a login to."""

    SOCIAL_WORK = "social_work"
    HEALTH = "health"
    EDUCATION = "education"
    POLICE = "police"
    SCRA = "scra"

    @property
    def label(self) -> str:
        """How the system reads on screen and on paper."""
        return _SYSTEM_LABELS[self]


_SYSTEM_LABELS = {
    AgencySystem.SOCIAL_WORK: "Social work",
    AgencySystem.HEALTH: "Health",
    AgencySystem.EDUCATION: "Education",
    AgencySystem.POLICE: "Police",
    AgencySystem.SCRA: "SCRA",
}


def systems_read(child_protection: bool) -> tuple[AgencySystem, ...]:
    """The agencies whose records are read: all five for a child on the register, else social
    work."""
    return tuple(AgencySystem) if child_protection else (AgencySystem.SOCIAL_WORK,)


class RecordStatus(StrEnum):
    """How far the reading of one record has got."""

    NOT_STARTED = "not_started"
    READING = "reading"
    READ = "read"
    NEEDS_FOLLOW_UP = "needs_follow_up"

    @property
    def label(self) -> str:
        """How the status reads on screen."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    RecordStatus.NOT_STARTED: "Not started",
    RecordStatus.READING: "Reading",
    RecordStatus.READ: "Read",
    RecordStatus.NEEDS_FOLLOW_UP: "Needs follow-up",
}


class LoginStatus(StrEnum):
    """Where a reader's login to one agency system has got."""

    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    ISSUED = "issued"
    TESTED = "tested"

    @property
    def label(self) -> str:
        """How the status reads on screen."""
        return _LOGIN_LABELS[self]


_LOGIN_LABELS = {
    LoginStatus.NOT_REQUESTED: "Not requested",
    LoginStatus.REQUESTED: "Requested",
    LoginStatus.ISSUED: "Issued",
    LoginStatus.TESTED: "Tested",
}


class ReaderSide(StrEnum):
    """Which side of a reading pair a reader comes from."""

    INSPECTOR = "inspector"
    LOCAL = "local"

    @property
    def label(self) -> str:
        """How the side reads on screen."""
        return "Inspector" if self is ReaderSide.INSPECTOR else "Local reader"


def normalise_reference(text: str) -> str:
    """A case-record reference as compared: trimmed, case-folded, inner spaces dropped."""
    return "".join(text.split()).casefold()


def normalise_team(text: str) -> str:
    """A team name as compared: trimmed, case-folded, runs of spaces made one."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class SampleLine:
    """One record as the Care Inspectorate's sample list gives it: references only."""

    reference: str
    team: str = ""
    service: str = ""
    child_protection: bool = False
    sibling_group: str = ""
