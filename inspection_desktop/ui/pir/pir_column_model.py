"""The columns of a checked population list, with their verdicts and a keep tick each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from inspection_desktop.domain.pir.verdicts import ColumnStatus, ColumnVerdict
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

KEEP, COLUMN, VERDICT, REASON = range(4)
HEADERS = ("Keep", "Column", "Verdict", "Reason")
_STATUS_ORDER = {ColumnStatus.FLAGGED: 0, ColumnStatus.NOT_RECOGNISED: 1, ColumnStatus.ALLOWED: 2}
_FLAGGED_BACKGROUND = QColor("#fde2e1")


@dataclass(frozen=True)
class PirColumnRow:
    """One column of the list: the guard's verdict and whether the co-ordinator keeps it."""

    verdict: ColumnVerdict
    keep: bool


def default_keep(verdict: ColumnVerdict) -> bool:
    """Keep every column the guard did not flag; flagged ones are left out unless ticked."""
    return not verdict.flagged


class PirColumnModel(RowTableModel[PirColumnRow]):
    """Rows are the list's columns; the Keep column is a check box the user can toggle."""

    keep_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HEADERS, parent)

    def set_verdicts(self, verdicts: Sequence[ColumnVerdict]) -> None:
        """Show a new file's columns, each with its default keep choice."""
        self.set_rows([PirColumnRow(v, default_keep(v)) for v in verdicts])
        self.keep_changed.emit()

    row = RowTableModel.row_at

    def kept_headings(self) -> tuple[str, ...]:
        """The headings of the columns ticked to keep, in file order."""
        return tuple(r.verdict.heading for r in self._rows if r.keep)

    def flagged_kept_headings(self) -> tuple[str, ...]:
        """Flagged columns that are nevertheless ticked to keep."""
        return tuple(r.verdict.heading for r in self._rows if r.keep and r.verdict.flagged)

    def flagged_headings(self) -> tuple[str, ...]:
        """Every flagged column, kept or not."""
        return tuple(r.verdict.heading for r in self._rows if r.verdict.flagged)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Qt: the Keep cell is checkable."""
        base = super().flags(index)
        if index.isValid() and index.column() == KEEP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: text, check state, sort keys and a tint for flagged columns."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == KEEP:
            return Qt.CheckState.Checked if row.keep else Qt.CheckState.Unchecked
        if role == SORT_KEY_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == REASON:
            return row.verdict.reason
        if role == Qt.ItemDataRole.BackgroundRole and row.verdict.flagged:
            return QBrush(_FLAGGED_BACKGROUND)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt: tick or untick Keep."""
        if not index.isValid() or index.column() != KEEP:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_keep(index.row(), checked)
        return True

    def set_keep(self, number: int, keep: bool) -> None:
        """Keep or leave out one column."""
        if self._rows[number].keep == keep:
            return
        self._rows[number] = replace(self._rows[number], keep=keep)
        changed = self.index(number, KEEP)
        self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.CheckStateRole])
        self.keep_changed.emit()

    @staticmethod
    def _display(row: PirColumnRow, column: int) -> str | None:
        if column == COLUMN:
            return row.verdict.heading
        if column == VERDICT:
            return row.verdict.status.label
        if column == REASON:
            return row.verdict.reason
        return None

    @staticmethod
    def _sort_key(row: PirColumnRow, column: int) -> Any:
        if column == KEEP:
            return int(row.keep)
        if column == COLUMN:
            return row.verdict.index
        if column == VERDICT:
            return _STATUS_ORDER[row.verdict.status]
        return row.verdict.reason.casefold()


class FlaggedOnlyProxy(QSortFilterProxyModel):
    """Sorts by the raw keys and, when asked, shows only flagged columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._flagged_only = False
        self.setSortRole(SORT_KEY_ROLE)

    def set_flagged_only(self, flagged_only: bool) -> None:
        """Show only flagged columns, or all."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._flagged_only = flagged_only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._flagged_only = flagged_only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Qt: hide unflagged columns when showing flagged only."""
        if not self._flagged_only:
            return True
        source = self.sourceModel()
        assert isinstance(source, PirColumnModel)
        return source.row(source_row).verdict.flagged
