"""The home screen as a two-level item model: headings, and under each the entries it lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inspection_desktop.domain.home.home_facts import HomeEntry, HomeFacts, HomeGroup, home_groups
from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMN_WHAT, COLUMN_WHEN, COLUMN_DETAIL = range(3)
HEADERS = ("What", "When", "Who, papers or responses")
URGENT = QColor("#A4262C")
_GROUP = 0xFFFFFFFF  # internal id of a heading row; entries carry their group's row


class HomeModel(QAbstractItemModel):
    """Headings (overdue, due this week, …) with their entries as children."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[HomeGroup] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_facts(self, facts: HomeFacts | None) -> None:
        """Show another day's facts (the view is reset once)."""
        self.beginResetModel()
        self._groups = home_groups(facts) if facts is not None else []
        self.endResetModel()

    def groups(self) -> list[HomeGroup]:
        """The headings shown, in order."""
        return list(self._groups)

    def entry_at(self, index: ModelIndex) -> HomeEntry | None:
        """The entry at an index, or None for a heading."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId()].entries[index.row()]

    def group_index(self, key: str) -> QModelIndex:
        """The index of a heading by its key."""
        for row, group in enumerate(self._groups):
            if group.key == key:
                return self.index(row, 0)
        return QModelIndex()

    # Qt ----------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        """Qt: headings at the top level, entries under them."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Qt: an entry's parent is its heading."""
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _GROUP)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        """Qt: headings, or a heading's entries."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].entries)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        """Qt: what, when, and the detail."""
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt: the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Qt: headings and entries can be selected; nothing is edited here."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the text of headings and entries; urgent entries in red, and saying why."""
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == COLUMN_WHAT:
                    count = len(group.entries)
                    return (
                        f"{group.heading} ({count})" if group.key != "progress" else group.heading
                    )
                if index.column() == COLUMN_DETAIL and not group.entries:
                    return group.empty_text
                return None
            if role == Qt.ItemDataRole.FontRole and index.column() == COLUMN_WHAT:
                return self._bold
            if role == RECORD_KEY_ROLE:
                return group.key
            return None
        entry = self._groups[index.internalId()].entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (entry.title, entry.when, entry.detail)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and entry.urgent:
            return QBrush(URGENT)
        if role == RECORD_KEY_ROLE:
            return entry
        return None
