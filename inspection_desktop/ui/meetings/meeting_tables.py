"""Small tables of the meeting editor: papers of an item, attendees, and actions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from inspection_desktop.domain.dates import long_date
from inspection_desktop.storage.meetings.meeting_rows import ActionRow, AttendeeRow, PaperRow
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import RowT, RowTableModel

_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(RowTableModel[RowT]):
    """Read-only rows of frozen records, one column per header."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.HEADERS, parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, with the same text lower-cased as the sort key."""
        if not index.isValid():
            return None
        text = self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_KEY_ROLE:
            return text.casefold()
        return None

    def cell(self, row: RowT, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError


PAPER_TITLE, PAPER_CONFIDENTIAL, PAPER_FILE = range(3)


class PapersModel(_RowsModel[PaperRow]):
    """The papers attached to one agenda item."""

    HEADERS = ("Paper", "Confidential", "File")

    def cell(self, row: PaperRow, column: int) -> str:
        """Title, confidential or not, and the file's path."""
        return (row.title, "Confidential" if row.confidential else "", row.path)[column]


ATTENDEE_NAME, ATTENDEE_ORGANISATION, ATTENDEE_ROLE, ATTENDEE_ATTENDANCE = range(4)


class AttendeesModel(_RowsModel[AttendeeRow]):
    """The people invited to a meeting, with their attendance."""

    HEADERS = ("Name", "Organisation", "Role", "Attendance")

    def cell(self, row: AttendeeRow, column: int) -> str:
        """Name (or role while unnamed), organisation, role and attendance."""
        return (row.shown_name, row.organisation, row.role_name, row.attendance.label)[column]


ACTION_DESCRIPTION, ACTION_OWNER, ACTION_DUE, ACTION_CHECKLIST = range(4)


class ActionsModel(_RowsModel[ActionRow]):
    """The actions agreed at a meeting, and whether each is on the checklist and done."""

    HEADERS = ("Action", "Owner", "Due", "On the checklist")

    def cell(self, row: ActionRow, column: int) -> str:
        """Description, owner, due date and checklist state."""
        if column == ACTION_DUE:
            return long_date(row.due) if row.due else ""
        if column == ACTION_CHECKLIST:
            if row.plan_item_id is None:
                return "Not yet"
            return "Done" if row.done else "Open"
        return (row.description, row.owner)[column]
