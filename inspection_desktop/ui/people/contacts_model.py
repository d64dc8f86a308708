"""The register's contacts as a table model, and the filter behind the search box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.storage.people.contact_rows import ContactRow, sort_name
from inspection_desktop.ui.common.model_roles import (
    FILTER_TEXT_ROLE,
    RECORD_KEY_ROLE,
    SORT_KEY_ROLE,
)
from inspection_desktop.ui.common.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMN_NAME = 0
COLUMN_ORGANISATION = 1
COLUMN_ROLES = 2
COLUMN_EMAIL = 3
COLUMN_PHONE = 4
HEADERS = ("Name", "Organisation", "Roles", "Email", "Phone")

CONTACT_ID_ROLE = RECORD_KEY_ROLE
# Dark red: readable on white, and said in words too ("(damaged)"), not by colour alone.
DAMAGED_HEX = "#a4262c"


class ContactsTableModel(RowTableModel[ContactRow]):
    """One contact per row: name, organisation (or a young person's group), roles, email, phone."""

    def __init__(self, roles: RoleCatalogue, parent: Any = None) -> None:
        super().__init__(HEADERS, parent)
        self._roles = roles

    set_contacts = RowTableModel.set_rows
    contact_at = RowTableModel.row_at

    def row_of(self, contact_id: int) -> int | None:
        """The row showing a contact, if it is shown."""
        return next((n for n, row in enumerate(self._rows) if row.id == contact_id), None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(row, column)
            if column == COLUMN_NAME and row.is_damaged:
                return f"{text} (damaged)"
            return text
        if role == Qt.ItemDataRole.ForegroundRole and row.is_damaged:
            return QColor(DAMAGED_HEX)
        if role == SORT_KEY_ROLE:
            return sort_name(self._display(row, column))
        if role == CONTACT_ID_ROLE:
            return row.id
        if role == FILTER_TEXT_ROLE:
            return " ".join(
                (row.name, row.organisation, row.group, row.role_names(self._roles), row.email)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _display(self, row: ContactRow, column: int) -> str:
        if column == COLUMN_NAME:
            return row.name
        if column == COLUMN_ORGANISATION:
            return row.organisation or row.group
        if column == COLUMN_ROLES:
            return row.role_names(self._roles)
        if column == COLUMN_EMAIL:
            return row.email
        return row.phone

    @staticmethod
    def _tooltip(row: ContactRow) -> str:
        lines = [row.damage_note] if row.is_damaged else []
        lines.append(row.name)
        if row.job_title:
            lines.append(row.job_title)
        if row.organisation:
            lines.append(row.organisation)
        if row.group:
            lines.append(f"Group: {row.group}")
        if row.address:
            lines.append(row.address)
        return "\n".join(lines)


class ContactsFilterModel(QSortFilterProxyModel):
    """Keeps the contacts whose name, organisation, roles or email hold every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_KEY_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        """Filter by the words typed (all must appear, in any column, ignoring case and accents)."""
        self.beginFilterChange()
        self._words = sort_name(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = sort_name(
            str(model.data(model.index(source_row, 0, source_parent), FILTER_TEXT_ROLE))
        )
        return all(word in text for word in self._words)
