"""The register's contacts as a table model, and the filter behind the search box."""

from __future__ import annotations

from collections.abc import Sequence
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
        # The register is sorted here, by keys worked out once per contact and column, in one
        # Python sort: a proxy sorting it asks for two cells' keys per comparison, thousands a
        # click. The rows as they came, so ties keep that order whatever was sorted before.
        self._arrived: list[ContactRow] = []
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._sort_keys: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Sequence[ContactRow]) -> None:
        """Show other contacts, in the order last sorted by (the views are reset)."""
        self.beginResetModel()
        self._sort_keys.clear()
        self._arrived = list(rows)
        self._rows = self._in_order()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt: order the contacts by a column, keeping every index on the contact it was on."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in before]
        self._rows = self._in_order()
        place = {row.id: number for number, row in enumerate(self._rows)}
        after = [self.index(place[i], index.column()) for i, index in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _in_order(self) -> list[ContactRow]:
        if self._order is None:
            return list(self._arrived)
        column, order = self._order
        return sorted(
            self._arrived,
            key=lambda row: self._sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _sort_key(self, row: ContactRow, column: int) -> str:
        key = self._sort_keys.get((row.id, column))
        if key is None:
            key = self._sort_keys[row.id, column] = sort_name(self._display(row, column))
        return key

    set_contacts = set_rows
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
            return self._sort_key(row, column)
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt: the contacts model sorts itself (once, by keys it keeps); this only filters."""
        model = self.sourceModel()
        if isinstance(model, ContactsTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

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
