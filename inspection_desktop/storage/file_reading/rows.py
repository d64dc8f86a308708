"""File reading as the window and command line read it: frozen rows, never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.domain.file_reading.sample import AgencySystem, LoginStatus, RecordStatus


@dataclass(frozen=True)
class RoomRow:
    """A room at a base; ``id`` is None for a room not yet stored."""

    name: str
    desks: int
    id: int | None = None


@dataclass(frozen=True)
class ReadingDay:
    """A day the base can be used, and its hours."""

    day: dt.date
    opens: dt.time = dt.time(9, 0)
    closes: dt.time = dt.time(17, 0)


@dataclass(frozen=True)
class BaseDraft:
    """A reading base as the co-ordinator fills it in."""

    venue: str
    address: str = ""
    access: str = ""
    printers: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    ict_process: str = ""
    rooms: tuple[RoomRow, ...] = ()
    days: tuple[ReadingDay, ...] = ()


@dataclass(frozen=True)
class BaseRow:
    """A stored reading base."""

    id: int
    inspection_id: int
    draft: BaseDraft

    @property
    def venue(self) -> str:
        """The base's venue."""
        return self.draft.venue


@dataclass(frozen=True)
class ReaderDetails:
    """What file reading keeps about one reader: the register holds their name and roles."""

    agency: str = ""
    service: str = ""
    team: str = ""
    days: tuple[dt.date, ...] = ()
    """The reading days they can come; empty means every reading day."""
    conflict_teams: tuple[str, ...] = ()
    conflict_records: tuple[str, ...] = ()
    agreement_signed: bool = False
    logins: tuple[tuple[AgencySystem, LoginStatus], ...] = ()

    def login(self, system: AgencySystem) -> LoginStatus:
        """Where the reader's login to a system has got."""
        return dict(self.logins).get(system, LoginStatus.NOT_REQUESTED)


@dataclass(frozen=True)
class PairRow:
    """Readers (by contact id) who read together; ``id`` is None for a pair not yet stored."""

    contact_ids: tuple[int, ...]
    id: int | None = None


@dataclass(frozen=True)
class SampleRow:
    """One case record of the sample and where it is read."""

    reference: str
    team: str = ""
    service: str = ""
    child_protection: bool = False
    sibling_group: str = ""
    status: RecordStatus = RecordStatus.NOT_STARTED
    concern_passed_on: dt.date | None = None
    pair_id: int | None = None
    room_id: int | None = None
    day: dt.date | None = None
    by_hand: bool = False
    unplaced_rule: str = ""
    unplaced_reason: str = ""
    position: int = 0
    id: int | None = None

    @property
    def placed(self) -> bool:
        """Whether it has a pair, a room and a day."""
        return self.pair_id is not None and self.room_id is not None and self.day is not None
