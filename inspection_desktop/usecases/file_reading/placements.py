"""The sample with its placements spelt out: readers' names, session, base; and what the
allocation needs, built from the store and the register."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.domain.file_reading import allocation as alloc
from inspection_desktop.domain.file_reading.sample import systems_read
from inspection_desktop.storage.file_reading.rows import BaseRow, PairRow, SampleRow
from inspection_desktop.usecases.file_reading.readers import FileReader, file_readers
from inspection_desktop.usecases.services import Services


@dataclass(frozen=True)
class SessionInfo:
    """A reading session: a room of a base on a day, with the base's hours that day."""

    key: str
    day: dt.date
    room_id: int
    room: str
    desks: int
    base_id: int
    base: str
    address: str
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class PairInfo:
    """A reading pair with its readers' names."""

    id: int
    contact_ids: tuple[int, ...]
    names: tuple[str, ...]

    @property
    def name(self) -> str:
        """The readers' names, joined."""
        return " and ".join(self.names) or "An empty pair"


@dataclass(frozen=True)
class PlacedRecord:
    """A record of the sample with its pair and session, or why it could not be placed."""

    row: SampleRow
    pair: PairInfo | None
    session: SessionInfo | None

    @property
    def reason(self) -> str:
        """Why it is not placed, or the rule its hand placement breaks; empty when all is well."""
        return self.row.unplaced_reason


@dataclass(frozen=True)
class FileReadingPicture:
    """Everything file reading shows at once, read in one go."""

    bases: list[BaseRow]
    readers: list[FileReader]
    pairs: list[PairInfo]
    sessions: dict[str, SessionInfo]
    records: list[PlacedRecord]


def session_key(room_id: int, day: dt.date) -> str:
    """The key of a room's session on a day."""
    return f"{room_id}:{day.isoformat()}"


def sessions_of(bases: list[BaseRow]) -> dict[str, SessionInfo]:
    """Every room of every base on each of its days, in day then base then room order."""
    sessions = {}
    for base in bases:
        for day in base.draft.days:
            for room in base.draft.rooms:
                if room.id is None:
                    continue
                key = session_key(room.id, day.day)
                sessions[key] = SessionInfo(
                    key,
                    day.day,
                    room.id,
                    room.name,
                    room.desks,
                    base.id,
                    base.venue,
                    base.draft.address,
                    day.opens,
                    day.closes,
                )
    return dict(
        sorted(sessions.items(), key=lambda item: (item[1].day, item[1].base, item[1].room))
    )


def picture(services: Services, inspection_id: int) -> FileReadingPicture:
    """Bases, readers, pairs, sessions and the placed sample, read together."""
    store = services.file_reading
    bases = store.bases(inspection_id)
    sample = store.sample(inspection_id)
    readers = file_readers(services, inspection_id, bases=bases, sample=sample)
    names = {reader.contact_id: reader.name for reader in readers}
    pairs = [_pair_info(pair, names) for pair in store.pairs(inspection_id)]
    sessions = sessions_of(bases)
    by_id = {pair.id: pair for pair in pairs}
    records = [
        PlacedRecord(
            row,
            by_id.get(row.pair_id) if row.pair_id is not None else None,
            sessions.get(session_key(row.room_id, row.day))
            if row.room_id is not None and row.day is not None
            else None,
        )
        for row in sample
    ]
    return FileReadingPicture(bases, readers, pairs, sessions, records)


def _pair_info(pair: PairRow, names: dict[int, str]) -> PairInfo:
    assert pair.id is not None
    shown = tuple(names.get(contact_id, "(no longer a reader)") for contact_id in pair.contact_ids)
    return PairInfo(pair.id, pair.contact_ids, shown)


def allocation_inputs(
    view: FileReadingPicture,
) -> tuple[list[alloc.CaseRecord], list[alloc.Pair], list[alloc.Session]]:
    """The records, pairs and sessions as the allocation takes them."""
    readers = {
        reader.contact_id: alloc.Reader(
            key=reader.contact_id,
            name=reader.name,
            team=reader.details.team,
            conflict_teams=frozenset(reader.details.conflict_teams),
            conflict_records=frozenset(reader.details.conflict_records),
            days=frozenset(reader.days),
        )
        for reader in view.readers
    }
    pairs = [
        alloc.Pair(
            pair.id,
            tuple(
                readers.get(contact_id, alloc.Reader(contact_id, name))
                for contact_id, name in zip(pair.contact_ids, pair.names, strict=True)
            ),
        )
        for pair in view.pairs
    ]
    sessions = [
        alloc.Session(s.key, s.day, s.room, s.desks, s.base) for s in view.sessions.values()
    ]
    records = [case_record(placed.row) for placed in view.records]
    return records, pairs, sessions


def case_record(row: SampleRow, *, all_placed_fixed: bool = False) -> alloc.CaseRecord:
    """A sample row as the allocation sees it; its placement is kept if made by hand."""
    assert row.id is not None
    fixed = None
    if row.placed and (row.by_hand or all_placed_fixed):
        assert row.pair_id is not None and row.room_id is not None and row.day is not None
        fixed = alloc.Placement(row.pair_id, session_key(row.room_id, row.day))
    return alloc.CaseRecord(
        key=row.id,
        reference=row.reference,
        team=row.team,
        sibling_group=row.sibling_group or None,
        weight=len(systems_read(row.child_protection)),
        by_hand=fixed,
    )
