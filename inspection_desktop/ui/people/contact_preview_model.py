"""The import preview as a table: each row of the file, what it becomes, and why it is refused."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inspection_desktop.documents.people.contact_mapping import ImportPreview, PreviewRow
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import RowTableModel

(ROW, STATUS, REASON, NAME, JOB_TITLE, ORGANISATION, EMAIL, PHONE, ADDRESS, ROLES, GROUP, NOTES) = (
    range(12)
)
HEADERS = (
    "Row",
    "Status",
    "Why refused",
    "Name",
    "Job title",
    "Organisation",
    "Email",
    "Phone",
    "Address",
    "Roles",
    "Group",
    "Notes",
)
IMPORT_TEXT = "Import"
REFUSED_TEXT = "Refused"
# Refused rows also say so in words: colour only reinforces the Status and reason columns.
_REFUSED_COLOUR = QColor("#a4262c")

_Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(RowTableModel[PreviewRow]):
    """Read-only rows of an ImportPreview; SORT_KEY_ROLE gives a raw value to sort by."""

    def __init__(self, roles: RoleCatalogue, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)
        self._roles = roles

    def set_preview(self, preview: ImportPreview | None) -> None:
        """Show a new preview (None shows nothing)."""
        self.set_rows(preview.rows if preview else ())

    preview_row = RowTableModel.row_at

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, sort keys, tooltips and colour for one cell."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_KEY_ROLE:
            if column == ROW:
                return row.number
            if column == STATUS:
                return int(row.refused)
            return self._text(row, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and row.refused:
            return f"Row {row.number} is refused: {row.reason}"
        if role == Qt.ItemDataRole.ForegroundRole and row.refused and column in (STATUS, REASON):
            return QBrush(_REFUSED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        draft = row.draft
        texts = {
            ROW: str(row.number),
            STATUS: REFUSED_TEXT if row.refused else IMPORT_TEXT,
            NAME: draft.name,
            JOB_TITLE: draft.job_title,
            ORGANISATION: draft.organisation,
            EMAIL: draft.email,
            PHONE: draft.phone,
            ADDRESS: ", ".join(draft.address.splitlines()),
            ROLES: "; ".join(self._roles.name_of(key) for key in draft.roles),
            GROUP: draft.group,
            NOTES: " ".join(draft.notes.split()),
            REASON: row.reason,
        }
        return texts[column]
