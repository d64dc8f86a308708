"""Holiday periods as a table: the holidays dialog and the new-inspection dialog both list them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod
from inspection_desktop.ui.common.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
HOLIDAY_HEADERS = ("From", "To", "Name")


class HolidaysTableModel(RowTableModel[HolidayPeriod]):
    """Holiday periods, one per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HOLIDAY_HEADERS, parent)

    set_periods = RowTableModel.set_rows
    period_at = RowTableModel.row_at

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        period = self._rows[index.row()]
        return (long_date(period.starts_on), long_date(period.ends_on), period.label)[
            index.column()
        ]
