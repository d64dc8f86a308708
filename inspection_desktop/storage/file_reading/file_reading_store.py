"""The one writer of the file-reading tables: bases, readers' details, pairs and the sample."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import bindparam, delete, insert, update
from sqlmodel import Session, col, select

from inspection_desktop.domain.file_reading.sample import AgencySystem, LoginStatus, RecordStatus
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.file_reading.models import (
    FileReaderRecord,
    ReaderLoginRecord,
    ReadingBaseRecord,
    ReadingDayRecord,
    ReadingPairMemberRecord,
    ReadingPairRecord,
    ReadingRoomRecord,
    SampleRecordRecord,
)
from inspection_desktop.storage.file_reading.rows import (
    BaseDraft,
    BaseRow,
    PairRow,
    ReaderDetails,
    ReadingDay,
    RoomRow,
    SampleRow,
)
from inspection_desktop.storage.plan.models import InspectionRecord

_SAMPLE_FIELDS = (
    "reference",
    "team",
    "service",
    "child_protection",
    "sibling_group",
    "status",
    "concern_passed_on",
    "pair_id",
    "room_id",
    "day",
    "by_hand",
    "unplaced_rule",
    "unplaced_reason",
    "position",
)


class FileReadingStore:
    """Bases, readers' details and logins, pairs and the sample of each inspection."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # Bases -------------------------------------------------------------------------------

    def bases(self, inspection_id: int) -> list[BaseRow]:
        """The inspection's reading bases with their rooms and days (three queries in all)."""
        with self._database.transaction() as session:
            bases = session.exec(
                select(ReadingBaseRecord)
                .where(ReadingBaseRecord.inspection_id == inspection_id)
                .order_by(col(ReadingBaseRecord.position), col(ReadingBaseRecord.id))
            ).all()
            ids = [base.id for base in bases]
            rooms: dict[int, list[RoomRow]] = defaultdict(list)
            for room in session.exec(
                select(ReadingRoomRecord)
                .where(col(ReadingRoomRecord.base_id).in_(ids))
                .order_by(col(ReadingRoomRecord.position), col(ReadingRoomRecord.id))
            ).all():
                rooms[room.base_id].append(RoomRow(room.name, room.desks, room.id))
            days: dict[int, list[ReadingDay]] = defaultdict(list)
            for day in session.exec(
                select(ReadingDayRecord)
                .where(col(ReadingDayRecord.base_id).in_(ids))
                .order_by(col(ReadingDayRecord.day))
            ).all():
                days[day.base_id].append(ReadingDay(day.day, day.opens, day.closes))
            rows = []
            for base in bases:
                assert base.id is not None
                draft = BaseDraft(
                    venue=base.venue,
                    address=base.address,
                    access=base.access,
                    printers=base.printers,
                    contact_name=base.contact_name,
                    contact_phone=base.contact_phone,
                    ict_process=base.ict_process,
                    rooms=tuple(rooms[base.id]),
                    days=tuple(days[base.id]),
                )
                rows.append(BaseRow(base.id, base.inspection_id, draft))
            return rows

    def save_base(self, inspection_id: int, draft: BaseDraft, base_id: int | None = None) -> int:
        """Add a base (``base_id`` None) or replace one's details, rooms and days; its id.

        A room keeps its id (and the records placed in it) while its id is in the draft; a room
        left out is removed, and records placed in it are no longer placed.
        """
        with self._database.transaction() as session:
            if session.get(InspectionRecord, inspection_id) is None:
                raise RecordNotFoundError(f"There is no inspection with id {inspection_id}.")
            record = self._base_record(session, inspection_id, base_id)
            for name in ("venue", "address", "access", "printers", "contact_name"):
                setattr(record, name, getattr(draft, name))
            record.contact_phone = draft.contact_phone
            record.ict_process = draft.ict_process
            session.add(record)
            session.flush()
            assert record.id is not None
            self._write_rooms(session, record.id, draft.rooms)
            session.execute(
                delete(ReadingDayRecord).where(col(ReadingDayRecord.base_id) == record.id)
            )
            if draft.days:
                session.execute(
                    insert(ReadingDayRecord),
                    [
                        {"base_id": record.id, "day": d.day, "opens": d.opens, "closes": d.closes}
                        for d in draft.days
                    ],
                )
            return record.id

    def delete_base(self, base_id: int) -> None:
        """Remove a base with its rooms and days (records placed there are no longer placed)."""
        with self._database.transaction() as session:
            record = session.get(ReadingBaseRecord, base_id)
            if record is None:
                raise RecordNotFoundError(f"There is no reading base with id {base_id}.")
            room_ids = session.exec(
                select(ReadingRoomRecord.id).where(ReadingRoomRecord.base_id == base_id)
            ).all()
            self._unplace_rooms(session, [room for room in room_ids if room is not None])
            session.delete(record)

    def _base_record(
        self, session: Session, inspection_id: int, base_id: int | None
    ) -> ReadingBaseRecord:
        if base_id is None:
            return ReadingBaseRecord(inspection_id=inspection_id, venue="")
        record = session.get(ReadingBaseRecord, base_id)
        if record is None:
            # Undo puts a deleted base back under its old id.
            return ReadingBaseRecord(id=base_id, inspection_id=inspection_id, venue="")
        if record.inspection_id != inspection_id:
            raise UserFacingError("That reading base belongs to another inspection.")
        return record

    def _write_rooms(self, session: Session, base_id: int, rooms: Sequence[RoomRow]) -> None:
        existing = {
            room.id: room
            for room in session.exec(
                select(ReadingRoomRecord).where(ReadingRoomRecord.base_id == base_id)
            ).all()
        }
        kept = {room.id for room in rooms if room.id is not None}
        gone = [room_id for room_id in existing if room_id not in kept and room_id is not None]
        self._unplace_rooms(session, gone)
        for room_id in gone:
            session.delete(existing[room_id])
        for position, room in enumerate(rooms):
            record = existing.get(room.id) if room.id is not None else None
            if record is None:
                record = ReadingRoomRecord(id=room.id, base_id=base_id, name="", desks=0)
            record.name, record.desks, record.position = room.name, room.desks, position
            session.add(record)
        session.flush()

    @staticmethod
    def _unplace_rooms(session: Session, room_ids: Sequence[int]) -> None:
        if room_ids:
            session.execute(
                update(SampleRecordRecord)
                .where(col(SampleRecordRecord.room_id).in_(room_ids))
                .values(room_id=None, day=None, pair_id=None, by_hand=False)
            )

    # Readers -----------------------------------------------------------------------------

    def reader_details(self, inspection_id: int) -> dict[int, ReaderDetails]:
        """Each reader's details and logins, by contact id (readers with none are left out)."""
        with self._database.transaction() as session:
            logins: dict[int, list[tuple[AgencySystem, LoginStatus]]] = defaultdict(list)
            for login in session.exec(
                select(ReaderLoginRecord).where(ReaderLoginRecord.inspection_id == inspection_id)
            ).all():
                logins[login.contact_id].append(
                    (AgencySystem(login.system), LoginStatus(login.status))
                )
            details = {}
            for record in session.exec(
                select(FileReaderRecord).where(FileReaderRecord.inspection_id == inspection_id)
            ).all():
                details[record.contact_id] = ReaderDetails(
                    agency=record.agency,
                    service=record.service,
                    team=record.team,
                    days=tuple(dt.date.fromisoformat(d) for d in record.days.split(",") if d),
                    conflict_teams=_lines(record.conflict_teams),
                    conflict_records=_lines(record.conflict_records),
                    agreement_signed=record.agreement_signed,
                    logins=tuple(sorted(logins.pop(record.contact_id, []))),
                )
            for contact_id, statuses in logins.items():
                details[contact_id] = ReaderDetails(logins=tuple(sorted(statuses)))
            return details

    def save_reader(self, inspection_id: int, contact_id: int, details: ReaderDetails) -> None:
        """Replace what file reading keeps about one reader, logins included."""
        with self._database.transaction() as session:
            record = session.exec(
                select(FileReaderRecord).where(
                    FileReaderRecord.inspection_id == inspection_id,
                    FileReaderRecord.contact_id == contact_id,
                )
            ).first() or FileReaderRecord(inspection_id=inspection_id, contact_id=contact_id)
            record.agency, record.service, record.team = (
                details.agency,
                details.service,
                details.team,
            )
            record.days = ",".join(day.isoformat() for day in sorted(details.days))
            record.conflict_teams = "\n".join(details.conflict_teams)
            record.conflict_records = "\n".join(details.conflict_records)
            record.agreement_signed = details.agreement_signed
            session.add(record)
            session.execute(
                delete(ReaderLoginRecord).where(
                    col(ReaderLoginRecord.inspection_id) == inspection_id,
                    col(ReaderLoginRecord.contact_id) == contact_id,
                )
            )
            logins = [
                {
                    "inspection_id": inspection_id,
                    "contact_id": contact_id,
                    "system": system.value,
                    "status": status.value,
                }
                for system, status in details.logins
                if status is not LoginStatus.NOT_REQUESTED
            ]
            if logins:
                session.execute(insert(ReaderLoginRecord), logins)

    # Pairs -------------------------------------------------------------------------------

    def pairs(self, inspection_id: int) -> list[PairRow]:
        """The inspection's reading pairs, in order."""
        with self._database.transaction() as session:
            members = session.exec(
                select(ReadingPairMemberRecord, ReadingPairRecord)
                .join(
                    ReadingPairRecord, col(ReadingPairRecord.id) == ReadingPairMemberRecord.pair_id
                )
                .where(ReadingPairRecord.inspection_id == inspection_id)
                .order_by(
                    col(ReadingPairRecord.position),
                    col(ReadingPairRecord.id),
                    col(ReadingPairMemberRecord.position),
                )
            ).all()
            grouped: dict[int, list[int]] = {}
            for member, pair in members:
                assert pair.id is not None
                grouped.setdefault(pair.id, []).append(member.contact_id)
            return [PairRow(tuple(ids), pair_id) for pair_id, ids in grouped.items()]

    def replace_pairs(self, inspection_id: int, pairs: Sequence[PairRow]) -> list[PairRow]:
        """Make these the inspection's pairs (a pair with an id keeps it); records placed with a
        pair that is gone are no longer placed."""
        seen: set[int] = set()
        for pair in pairs:
            if seen & set(pair.contact_ids):
                raise UserFacingError("A reader can be in one reading pair only.")
            seen |= set(pair.contact_ids)
        with self._database.transaction() as session:
            old = session.exec(
                select(ReadingPairRecord.id).where(ReadingPairRecord.inspection_id == inspection_id)
            ).all()
            kept = {pair.id for pair in pairs if pair.id is not None}
            gone = [pair_id for pair_id in old if pair_id not in kept]
            if gone:
                session.execute(
                    update(SampleRecordRecord)
                    .where(col(SampleRecordRecord.pair_id).in_(gone))
                    .values(pair_id=None, room_id=None, day=None, by_hand=False)
                )
            session.execute(
                delete(ReadingPairMemberRecord).where(col(ReadingPairMemberRecord.pair_id).in_(old))
            )
            session.execute(delete(ReadingPairRecord).where(col(ReadingPairRecord.id).in_(gone)))
            stored = []
            for position, pair in enumerate(pairs):
                record = session.get(ReadingPairRecord, pair.id) if pair.id is not None else None
                if record is None:
                    record = ReadingPairRecord(id=pair.id, inspection_id=inspection_id)
                record.position = position
                session.add(record)
                session.flush()
                assert record.id is not None
                stored.append(PairRow(pair.contact_ids, record.id))
            members_rows = [
                {"pair_id": pair.id, "contact_id": contact_id, "position": index}
                for pair in stored
                for index, contact_id in enumerate(pair.contact_ids)
            ]
            if members_rows:
                session.execute(insert(ReadingPairMemberRecord), members_rows)
            return stored

    # The sample --------------------------------------------------------------------------

    def sample(self, inspection_id: int) -> list[SampleRow]:
        """Every record of the inspection's sample, in the order imported (one query)."""
        with self._database.transaction() as session:
            table = SampleRecordRecord.__table__  # type: ignore[attr-defined]
            result = session.execute(
                table.select()
                .where(table.c.inspection_id == inspection_id)
                .order_by(table.c.position, table.c.id)
            )
            return [_sample_row(row._mapping) for row in result]

    def replace_sample(self, inspection_id: int, rows: Sequence[SampleRow]) -> None:
        """Make these rows the whole sample (rows with ids keep them): for imports and undo."""
        with self._database.transaction() as session:
            if session.get(InspectionRecord, inspection_id) is None:
                raise RecordNotFoundError(f"There is no inspection with id {inspection_id}.")
            session.execute(
                delete(SampleRecordRecord).where(
                    col(SampleRecordRecord.inspection_id) == inspection_id
                )
            )
            # One executemany per shape: rows put back with their ids, and new rows.
            for kept in (True, False):
                batch = [
                    _sample_values(inspection_id, row)
                    for row in rows
                    if (row.id is not None) == kept
                ]
                if batch:
                    session.execute(insert(SampleRecordRecord), batch)

    def update_sample(self, inspection_id: int, rows: Sequence[SampleRow]) -> None:
        """Write these stored rows' fields back, all in one statement run for every row."""
        if not rows:
            return
        table = SampleRecordRecord.__table__  # type: ignore[attr-defined]
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .where(table.c.inspection_id == inspection_id)
            .values({name: bindparam(f"v_{name}") for name in _SAMPLE_FIELDS})
        )
        values = []
        for row in rows:
            if row.id is None:
                raise ValueError("only stored rows can be updated")
            stored = _sample_values(inspection_id, row)
            values.append({"row_id": row.id, **{f"v_{n}": stored[n] for n in _SAMPLE_FIELDS}})
        with self._database.transaction() as session:
            session.connection().execute(statement, values)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _sample_values(inspection_id: int, row: SampleRow) -> dict[str, Any]:
    values: dict[str, Any] = {"inspection_id": inspection_id}
    if row.id is not None:
        values["id"] = row.id
    for name in _SAMPLE_FIELDS:
        values[name] = getattr(row, name)
    values["status"] = row.status.value
    return values


def _sample_row(mapping: Any) -> SampleRow:
    row = SampleRow(**{name: mapping[name] for name in _SAMPLE_FIELDS}, id=mapping["id"])
    return replace(row, status=RecordStatus(mapping["status"]))
