"""The list of an inspection's meetings as a table: week, date and time, title, people, actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from inspection_desktop.domain.dates import short_date
from inspection_desktop.storage.meetings.meeting_rows import MeetingSummary
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import RowTableModel

WEEK, WHEN, TITLE, ATTENDEES, OPEN_ACTIONS = range(5)
HEADERS = ("Week", "When", "Meeting", "People", "Open actions")

_Index = QModelIndex | QPersistentModelIndex


def when_text(summary: MeetingSummary) -> str:
    """ "Tue 17 Nov, 10:00" when timed; the plan date with "(to agree)" when not."""
    if summary.starts is not None:
        return f"{short_date(summary.starts.date())} {summary.starts:%H:%M}"
    if summary.day is not None:
        return f"{short_date(summary.day)} (to agree)"
    return "Not yet dated"


class MeetingListModel(RowTableModel[MeetingSummary]):
    """Read-only rows of MeetingSummary; SORT_KEY_ROLE gives a raw value to sort by."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)

    set_meetings = RowTableModel.set_rows
    meeting_at = RowTableModel.row_at

    def row_of(self, meeting_id: int) -> int | None:
        """The model row showing a meeting, if it is listed."""
        for number, summary in enumerate(self._rows):
            if summary.id == meeting_id:
                return number
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, sort keys and alignment for one cell."""
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(summary.week or ""),
                when_text(summary),
                summary.title,
                str(summary.attendee_count),
                str(summary.open_actions or ""),
            )[column]
        if role == SORT_KEY_ROLE:
            return (
                summary.week or 0,
                (summary.starts or dt.datetime.combine(summary.day or dt.date.max, dt.time.max)),
                summary.title.casefold(),
                summary.attendee_count,
                summary.open_actions,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            agenda = "\n".join(f"• {title}" for title in summary.agenda_titles)
            return f"{summary.title}\n{agenda or 'No agenda yet'}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WEEK, ATTENDEES, OPEN_ACTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
