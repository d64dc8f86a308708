"""The agenda as an editable table with running times, reordered by drag and drop or keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from inspection_desktop.domain.meetings.meeting import AgendaItem, running_times
from inspection_desktop.storage.meetings.meeting_rows import AgendaRow
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import RowTableModel

NUMBER, TIME, TITLE, PRESENTER, MINUTES, PAPERS = range(6)
HEADERS = ("No.", "Time", "Item", "Lead", "Mins", "Papers")
EDITABLE = (TITLE, PRESENTER, MINUTES)
MIME_TYPE = "application/x-inspection-desktop-agenda-row"
MAX_MINUTES = 600

_Index = QModelIndex | QPersistentModelIndex


class AgendaModel(RowTableModel[AgendaRow]):
    """Agenda rows in order; edits and moves are announced for the section to save."""

    item_edited = Signal(int, object)  # agenda item id, the new AgendaRow
    order_changed = Signal(list, list)  # item ids before, item ids after

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)
        self._starts: dt.datetime | None = None

    # Contents ----------------------------------------------------------------------------

    set_agenda = RowTableModel.set_rows

    def set_start(self, starts: dt.datetime | None) -> None:
        """Set the meeting's start, from which running times are worked out."""
        self._starts = starts
        self._times_changed()

    item_at = RowTableModel.row_at

    def row_of(self, item_id: int) -> int | None:
        """The model row of an agenda item."""
        return next((n for n, r in enumerate(self._rows) if r.id == item_id), None)

    def item_ids(self) -> list[int]:
        """Item ids in the order shown."""
        return [row.id for row in self._rows]

    def total_minutes(self) -> int:
        """The time the items add up to."""
        return sum(row.minutes for row in self._rows)

    def replace_item(self, row: AgendaRow) -> None:
        """Show a changed item in place (after papers or notes changed)."""
        number = self.row_of(row.id)
        if number is not None:
            self._rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, PAPERS))

    # Reading -----------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, edit values, sort keys and tooltips for one cell."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == MINUTES and role == Qt.ItemDataRole.EditRole:
                return row.minutes
            return self._text(index.row(), row, column)
        if role == SORT_KEY_ROLE:
            return (
                index.row(),
                index.row(),
                row.title.casefold(),
                row.presenter,
                row.minutes,
                len(row.papers),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE and row.confidential:
            return "Confidential: left out of a recipient's copy when you choose so"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, MINUTES, PAPERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, number: int, row: AgendaRow, column: int) -> str:
        if column == NUMBER:
            return str(number + 1)
        if column == TIME:
            return self.time_text(number)
        if column == TITLE:
            return f"{row.title} (confidential)" if row.confidential else row.title
        if column == PRESENTER:
            return row.presenter
        if column == MINUTES:
            return str(row.minutes)
        return str(len(row.papers) or "")

    def time_text(self, number: int) -> str:
        """The running time of the item at a row, "10:20–10:35", or "" with no start time."""
        if self._starts is None:
            return ""
        items = [AgendaItem(r.title, minutes=r.minutes) for r in self._rows]
        start, end = running_times(self._starts, items)[number]
        return f"{start:%H:%M}–{end:%H:%M}"

    def _times_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, TIME), self.index(len(self._rows) - 1, TIME))

    # Editing -----------------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Title, lead and minutes are editable; every row can be dragged."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change a title, lead or time; announced through item_edited."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        column = index.column()
        if column == TITLE:
            text = " ".join(str(value).split())
            if not text:
                return False
            changed = replace(row, title=text)
        elif column == PRESENTER:
            changed = replace(row, presenter=str(value).strip())
        elif column == MINUTES:
            try:
                minutes = int(str(value))
            except ValueError:
                return False
            if not 0 <= minutes <= MAX_MINUTES:
                return False
            changed = replace(row, minutes=minutes)
        else:
            return False
        if changed == row:
            return True
        self._rows[index.row()] = changed
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), PAPERS))
        if column == MINUTES:
            self._times_changed()
        self.item_edited.emit(row.id, changed)
        return True

    # Moving ------------------------------------------------------------------------------

    def move_item(self, source: int, target: int) -> bool:
        """Move the item at ``source`` so that it ends at row ``target``; announce the order."""
        if source == target or not (0 <= source < len(self._rows)):
            return False
        if not 0 <= target < len(self._rows):
            return False
        before = self.item_ids()
        order = [*before[:source], *before[source + 1 :]]
        order.insert(target, before[source])
        self.set_order(order)
        self.order_changed.emit(before, order)
        return True

    def set_order(self, item_ids: list[int]) -> None:
        """Show the items in this order (ids not shown are ignored)."""
        by_id = {row.id: row for row in self._rows}
        if set(item_ids) != set(by_id):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows = [by_id[item_id] for item_id in item_ids]
        self.layoutChanged.emit()
        self._times_changed()

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows move within the agenda."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows move within the agenda."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The one private type a dragged agenda row carries."""
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """The dragged row's number."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        """Move the dragged row to where it was dropped.

        Returns False on purpose: the move is done here, and a True would make the view
        delete the "moved-away" source row as well.
        """
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode() or -1)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        target = row - 1 if row > source else row
        self.move_item(source, max(0, min(target, len(self._rows) - 1)))
        return False
