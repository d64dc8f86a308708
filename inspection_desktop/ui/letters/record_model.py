"""The record of letters as a table: when, which letter and version, to whom, in what form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.letters.templates import SentLetter
from inspection_desktop.storage.people.contact_rows import sort_name
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import ModelIndex, RowTableModel

COLUMN_WHEN, COLUMN_LETTER, COLUMN_VERSION, COLUMN_TO, COLUMN_ORGANISATION, COLUMN_FORMAT = range(6)
HEADERS = ("Produced", "Letter", "Version", "To", "Organisation", "Format")


class RecordModel(RowTableModel[SentLetter]):
    """One row per letter produced."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the cell's text, and its raw value to sort by."""
        if not index.isValid():
            return None
        sent = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(sent, column)
        if role == SORT_KEY_ROLE:
            if column == COLUMN_WHEN:
                return sent.produced_at.isoformat()
            if column == COLUMN_VERSION:
                return sent.template_version
            if column == COLUMN_TO:
                return sort_name(sent.recipient_name)
            return self._text(sent, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_LETTER:
            return sent.file_path
        return None

    @staticmethod
    def _text(sent: SentLetter, column: int) -> str:
        local = sent.produced_at.astimezone() if sent.produced_at.tzinfo else sent.produced_at
        return (
            f"{long_date(local.date())} {local:%H:%M}",
            sent.template_title,
            f"{sent.template_version}{' (own)' if sent.own_template else ''}",
            sent.recipient_name,
            sent.recipient_organisation,
            "Word" if sent.file_format == "docx" else "PDF",
        )[column]
