"""The record of letters as a table: when, which letter and version, to whom, in what form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from inspection_desktop.domain.letters.templates import SentLetter
from inspection_desktop.storage.people.contact_rows import sort_name
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import ModelIndex, RowTableModel

COLUMN_TO, COLUMN_LETTER, COLUMN_WHEN, COLUMN_VERSION, COLUMN_FORMAT, COLUMN_ORGANISATION = range(6)
HEADERS = ("To", "Letter", "Produced", "Version", "Format", "Organisation")


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
            sent.recipient_name,
            sent.template_title,
            f"{local.day} {local:%b %Y %H:%M}",
            f"{sent.template_version}{' (own)' if sent.own_template else ''}",
            "Word" if sent.file_format == "docx" else "PDF",
            sent.recipient_organisation,
        )[column]
