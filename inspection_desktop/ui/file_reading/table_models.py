"""The file-reading tables: readers, the sample, who is not ready, progress, the rooms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.file_reading.sample import RecordStatus
from inspection_desktop.storage.file_reading.rows import RoomRow
from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE, SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import RowTableModel
from inspection_desktop.usecases.file_reading.placements import PairInfo, PlacedRecord
from inspection_desktop.usecases.file_reading.readers import FileReader

ModelIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
WARNING_BACKGROUND = QColor("#f9d6d5")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """A column: its header, the text shown, and the raw value it sorts by."""

    header: str
    text: Callable[[RowT], str]
    sort: Callable[[RowT], Any] | None = None


class ColumnsModel(RowTableModel[RowT]):
    """Rows of frozen records under columns that say what each cell shows."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        key: Callable[[RowT], Any],
        tint: Callable[[RowT], QColor | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__([column.header for column in columns], parent)
        self._columns = tuple(columns)
        self._key = key
        self._tint = tint

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the cell's text, sort key, record key and tint."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_KEY_ROLE:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == RECORD_KEY_ROLE:
            return self._key(row)
        if role == Qt.ItemDataRole.BackgroundRole and self._tint is not None:
            return self._tint(row)
        return None

    def row_index(self, key: Any) -> int | None:
        """The model row of the record with this key."""
        for number, row in enumerate(self._rows):
            if self._key(row) == key:
                return number
        return None


def _day(day: dt.date | None) -> str:
    return f"{day:%a} {day.day} {day:%b}" if day else ""


def _yes(value: bool | None, yes: str = "Yes", no: str = "No", none: str = "Not needed") -> str:
    return none if value is None else (yes if value else no)


# Readers ------------------------------------------------------------------------------------


def readers_model(pair_names: Callable[[int], str], parent: QObject) -> ColumnsModel[FileReader]:
    """One reader a row: who, their team, days, conflicts, pair, training, readiness."""
    columns: list[Column[FileReader]] = [
        Column("Name", lambda r: r.name),
        Column("Reading as", lambda r: r.side.label),
        Column(
            "Ready",
            lambda r: "Ready" if r.ready else f"{len(r.gaps)} to do",
            lambda r: len(r.gaps),
        ),
        Column("Reads with", lambda r: pair_names(r.contact_id)),
        Column("Agency", lambda r: r.agency),
        Column("Team", lambda r: r.details.team),
        Column(
            "Days",
            lambda r: ", ".join(_day(d) for d in r.details.days) or "Every day",
            lambda r: len(r.details.days) or 99,
        ),
        Column(
            "Conflicts",
            lambda r: "; ".join((*r.details.conflict_teams, *r.details.conflict_records)),
        ),
        Column("Training", lambda r: _yes(r.trained, "Attended", "Not yet")),
        Column("Agreement", lambda r: _yes(r.details.agreement_signed, "Signed", "Not signed")),
        Column(
            "Logins",
            lambda r: ", ".join(f"{s.label} {r.details.login(s).label.lower()}" for s in r.systems),
        ),
    ]
    return ColumnsModel(
        columns,
        key=lambda r: r.contact_id,
        parent=parent,
    )


@dataclass(frozen=True)
class NotReady:
    """One thing one reader still needs."""

    name: str
    what: str
    needed_by: dt.date | None
    contact_id: int


def not_ready_rows(readers: Sequence[FileReader]) -> list[NotReady]:
    """Everything every reader still needs, soonest needed first."""
    rows = [
        NotReady(reader.name, gap.what, gap.needed_by, reader.contact_id)
        for reader in readers
        for gap in reader.gaps
    ]
    return sorted(rows, key=lambda r: (r.needed_by or dt.date.max, r.name.casefold()))


def not_ready_model(today: Callable[[], dt.date], parent: QObject) -> ColumnsModel[NotReady]:
    """Who is not ready, what they need and by when (red once the day is near)."""

    def tint(row: NotReady) -> QColor | None:
        if row.needed_by is not None and row.needed_by <= today() + dt.timedelta(days=14):
            return WARNING_BACKGROUND
        return None

    columns: list[Column[NotReady]] = [
        Column("Reader", lambda r: r.name),
        Column("Still needs", lambda r: r.what),
        Column(
            "Needed by",
            lambda r: long_date(r.needed_by) if r.needed_by else "No date yet",
            lambda r: r.needed_by or dt.date.max,
        ),
    ]
    return ColumnsModel(columns, key=lambda r: (r.contact_id, r.what), tint=tint, parent=parent)


# The sample ---------------------------------------------------------------------------------


def sample_model(parent: QObject) -> ColumnsModel[PlacedRecord]:
    """One record a row: reference, team, CP, siblings, readers, session, status, note."""
    columns: list[Column[PlacedRecord]] = [
        Column("Record", lambda r: r.row.reference),
        Column("Team", lambda r: r.row.team),
        Column("CP", lambda r: "Yes" if r.row.child_protection else ""),
        Column("Siblings", lambda r: r.row.sibling_group),
        Column("Readers", lambda r: r.pair.name if r.pair and r.session else ""),
        Column(
            "Day",
            lambda r: _day(r.session.day) if r.session else "",
            lambda r: r.session.day if r.session else dt.date.max,
        ),
        Column("Room", lambda r: r.session.room if r.session else ""),
        Column(
            "Status", lambda r: r.row.status.label, lambda r: list(RecordStatus).index(r.row.status)
        ),
        Column(
            "Concern passed on",
            lambda r: long_date(r.row.concern_passed_on) if r.row.concern_passed_on else "",
            lambda r: r.row.concern_passed_on or dt.date.max,
        ),
        Column("Note", _note),
    ]

    def tint(record: PlacedRecord) -> QColor | None:
        if record.reason:
            return WARNING_BACKGROUND
        return None

    return ColumnsModel(columns, key=lambda r: r.row.id, tint=tint, parent=parent)


def _note(record: PlacedRecord) -> str:
    if record.reason:
        return record.reason
    if record.row.by_hand:
        return "Placed by hand"
    if record.session is None:
        return "Not allocated yet"
    return ""


# Progress -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgressRow:
    """Counts of records by status for a day or a pair."""

    label: str
    total: int
    counts: tuple[int, ...]
    concerns: int
    order: Any


def progress_rows(
    records: Sequence[PlacedRecord], pairs: Sequence[PairInfo]
) -> tuple[list[ProgressRow], list[ProgressRow]]:
    """Progress by day and by reading pair."""
    by_day: dict[dt.date | None, list[PlacedRecord]] = {}
    by_pair: dict[int | None, list[PlacedRecord]] = {}
    for record in records:
        by_day.setdefault(record.session.day if record.session else None, []).append(record)
        by_pair.setdefault(record.pair.id if record.pair and record.session else None, []).append(
            record
        )
    names = {pair.id: pair.name for pair in pairs}
    days = [
        _progress(f"{day:%A} {long_date(day)}" if day else "Not placed", group, day or dt.date.max)
        for day, group in by_day.items()
    ]
    readers = [
        _progress(
            names.get(pair_id, "") if pair_id else "Not placed", group, names.get(pair_id or 0, "~")
        )
        for pair_id, group in by_pair.items()
    ]
    return sorted(days, key=lambda r: r.order), sorted(readers, key=lambda r: r.order)


def _progress(label: str, records: Sequence[PlacedRecord], order: Any) -> ProgressRow:
    counts = tuple(sum(1 for r in records if r.row.status is status) for status in RecordStatus)
    concerns = sum(1 for r in records if r.row.concern_passed_on is not None)
    return ProgressRow(label, len(records), counts, concerns, order)


def progress_model(first_header: str, parent: QObject) -> ColumnsModel[ProgressRow]:
    """Records by status, with how far through they are."""
    columns: list[Column[ProgressRow]] = [
        Column(first_header, lambda r: r.label, lambda r: r.order),
        Column("Records", lambda r: str(r.total), lambda r: r.total),
    ]
    for index, status in enumerate(RecordStatus):
        columns.append(_count_column(status.label, index))
    columns.append(
        Column(
            "Done",
            lambda r: f"{_done(r):.0%}" if r.total else "",
            _done,
        )
    )
    columns.append(Column("Concerns passed on", lambda r: str(r.concerns), lambda r: r.concerns))
    return ColumnsModel(columns, key=lambda r: r.label, parent=parent)


def _count_column(header: str, index: int) -> Column[ProgressRow]:
    def count(row: ProgressRow) -> int:
        return row.counts[index]

    return Column(header, lambda row: str(count(row)), count)


def _done(row: ProgressRow) -> float:
    read = row.counts[list(RecordStatus).index(RecordStatus.READ)]
    return read / row.total if row.total else 0.0


# Rooms --------------------------------------------------------------------------------------

ROOM_NAME = 0
ROOM_DESKS = 1


class RoomsModel(RowTableModel[RoomRow]):
    """The base's rooms, edited in place: a name and a number of desks each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(("Room", "Desks"), parent)

    def rooms(self) -> tuple[RoomRow, ...]:
        """The rooms as they stand."""
        return tuple(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the room's name or desks."""
        if not index.isValid():
            return None
        room = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return room.name if index.column() == ROOM_NAME else room.desks
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Qt: every cell can be edited."""
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt: a new name (not blank) or number of desks (1 to 200)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        room = self._rows[index.row()]
        if index.column() == ROOM_NAME:
            name = str(value).strip()
            if not name:
                return False
            room = replace(room, name=name)
        else:
            try:
                desks = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= desks <= 200:
                return False
            room = replace(room, desks=desks)
        self._rows[index.row()] = room
        self.dataChanged.emit(index, index)
        return True

    def add_room(self) -> int:
        """Add a room with a name not yet used; its row."""
        names = {room.name for room in self._rows}
        number = len(self._rows) + 1
        while f"Room {number}" in names:
            number += 1
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(RoomRow(f"Room {number}", 6))
        self.endInsertRows()
        return len(self._rows) - 1

    def remove_room(self, row: int) -> None:
        """Take a room out of the list."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
