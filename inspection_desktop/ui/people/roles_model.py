"""Every role with its holders; an empty role the plan needs shows its gap in words and colour."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inspection_desktop.domain.people.role_gaps import RoleGap
from inspection_desktop.domain.roles import Role, RoleCatalogue
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE, SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMN_ROLE = 0
COLUMN_HOLDERS = 1
COLUMN_STATUS = 2
HEADERS = ("Role", "Held by", "Status")
ROLE_KEY_ROLE = RECORD_KEY_ROLE

OVERDUE_BACKGROUND = QColor("#f9d6d5")
GAP_BACKGROUND = QColor("#fcebc4")


@dataclass(frozen=True)
class RoleStatus:
    """A role as the roles panel shows it."""

    role: Role
    holders: tuple[str, ...]
    gap: RoleGap | None

    @property
    def status_text(self) -> str:
        """Whether the role is filled, or the gap in words (never colour alone)."""
        if self.holders:
            return "Named"
        if self.gap is None:
            return "Not yet named"
        text = f"Not yet named: needed by week {self.gap.needed_by_week}"
        return f"{text} (overdue)" if self.gap.overdue else text


def role_statuses(
    roles: RoleCatalogue, holders: Mapping[str, Sequence[ContactRow]], gaps: Sequence[RoleGap]
) -> list[RoleStatus]:
    """Every role in catalogue order, with its holders' names and its gap, if any."""
    by_key = {gap.role_key: gap for gap in gaps}
    return [
        RoleStatus(role, tuple(row.name for row in holders.get(role.key, ())), by_key.get(role.key))
        for role in roles
    ]


class RolesTableModel(RowTableModel[RoleStatus]):
    """One role per row: its name and side, who holds it, and its status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HEADERS, parent)

    set_statuses = RowTableModel.set_rows
    status_at = RowTableModel.row_at

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        status = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(status, column)
        if role == ROLE_KEY_ROLE:
            return status.role.key
        if role == SORT_KEY_ROLE:
            if column == COLUMN_STATUS:
                gap = status.gap
                # Overdue gaps first, then gaps by week, then filled roles.
                if gap is None:
                    return 10_000
                return gap.needed_by_week + (0 if gap.overdue else 1_000)
            return index.row() if column == COLUMN_ROLE else self._display(status, column)
        if role == Qt.ItemDataRole.BackgroundRole and status.gap is not None:
            return QBrush(OVERDUE_BACKGROUND if status.gap.overdue else GAP_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and status.gap is not None:
            return QBrush(QColor("#1a1a1a"))  # keeps contrast on the tinted rows
        if role == Qt.ItemDataRole.FontRole and status.gap and status.gap.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            only = "One person holds this role." if status.role.single else "Several may hold it."
            return f"{status.role.description}\n{status.role.side.label}. {only}".strip()
        return None

    @staticmethod
    def _display(status: RoleStatus, column: int) -> str:
        if column == COLUMN_ROLE:
            return status.role.name
        if column == COLUMN_HOLDERS:
            return ", ".join(status.holders) or "—"
        return status.status_text
