"""The checklist as a two-level item model: group headings (weeks or owners), then items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from inspection_desktop.domain.dates import short_date
from inspection_desktop.domain.plan.checklist_views import (
    ChecklistGroup,
    attention_text,
    item_words,
)
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.ui.common.model_roles import (
    FILTER_TEXT_ROLE,
    RECORD_KEY_ROLE,
    SORT_KEY_ROLE,
)

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMN_TITLE = 0
COLUMN_WEEK = 1
COLUMN_DUE = 2
COLUMN_OWNER = 3
COLUMN_STATUS = 4
COLUMN_ATTENTION = 5
HEADERS = ("Item", "Week", "Due", "Owner", "Status", "Attention")

ITEM_ID_ROLE = RECORD_KEY_ROLE

OVERDUE_BACKGROUND = QColor("#f9d6d5")
DUE_SOON_BACKGROUND = QColor("#fcebc4")
CLOSED_FOREGROUND = QColor("#6b6b6b")
TINTED_FOREGROUND = QColor("#1a1a1a")

_COLUMNS = len(HEADERS)
# Worked out once: combining flags is Python enum arithmetic, and Qt asks for them per cell.
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# Items never hold children: saying so spares the tree asking each one at every layout.
_ITEM = _SELECTABLE | Qt.ItemFlag.ItemNeverHasChildren
_CHECKABLE = _ITEM | Qt.ItemFlag.ItemIsUserCheckable
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole)
_UNUSED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_GROUP = 0  # internal id of a heading; items carry their group's number plus one


class ChecklistModel(QAbstractItemModel):
    """Groups of plan rows; ticking an item's box asks for a status change, it does not make it."""

    check_toggled = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[ChecklistGroup] = []
        self._today = dt.date.today()
        self._owner_names: dict[int, str] = {}
        # Where each item is (group number, row in the group), and its words for the filter.
        self._places: dict[int, tuple[int, int]] = {}
        self._filter_texts: dict[int, str] = {}
        # Each item's colours and font as last worked out (by id; dropped when it changes).
        self._looks: dict[int, tuple[QBrush | None, QBrush | None, QFont | None]] = {}
        self._bold_font: QFont | None = None

    def set_groups(
        self,
        groups: Sequence[ChecklistGroup],
        today: dt.date,
        owner_names: dict[int, str] | None = None,
    ) -> None:
        """Replace everything the model shows."""
        self.beginResetModel()
        self._groups = list(groups)
        self._today = today
        self._owner_names = dict(owner_names or {})
        self._places = {
            row.id: (group_number, row_number)
            for group_number, group in enumerate(self._groups)
            for row_number, row in enumerate(group.rows)
        }
        self._filter_texts.clear()
        self._looks.clear()
        self.endResetModel()

    def replace_rows(self, rows: Sequence[PlanRow], owner_names: dict[int, str]) -> bool:
        """Show new versions of rows already in their places, without a reset.

        Returns False, changing nothing, when a row is not shown: the caller regroups instead.
        """
        if any(row.id not in self._places for row in rows):
            return False
        self._owner_names = dict(owner_names)
        for row in rows:
            group_number, row_number = self._places[row.id]
            group = self._groups[group_number]
            kept = list(group.rows)
            kept[row_number] = row
            whole = group.whole
            if whole is not None:  # a filter shows part of the group; its counts use all of it
                whole = tuple(row if old.id == row.id else old for old in whole)
            self._groups[group_number] = replace(group, rows=tuple(kept), whole=whole)
            self._filter_texts.pop(row.id, None)
            self._looks.pop(row.id, None)
            last = self.columnCount() - 1
            heading = self.index(group_number, 0)
            self.dataChanged.emit(
                self.index(row_number, 0, heading), self.index(row_number, last, heading)
            )
            self.dataChanged.emit(heading, self.index(group_number, last))
        return True

    def words_of(self, row: PlanRow) -> str:
        """The words an item is found by, folded (worked out once per item shown)."""
        text = self._filter_texts.get(row.id)
        if text is None:
            text = self._filter_texts[row.id] = item_words(row, self._owner(row))
        return text

    def row_at(self, index: ModelIndex) -> PlanRow | None:
        """The plan row at ``index``, or None for a heading or an invalid index."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    def index_of_item(self, item_id: int) -> QModelIndex:
        """The index of an item's title cell, or an invalid index when it is not shown."""
        place = self._places.get(item_id)
        if place is None:
            return QModelIndex()
        group_number, row_number = place
        return self.createIndex(row_number, COLUMN_TITLE, group_number + 1)

    # Qt's model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        # Bounds checked here, not with hasIndex(): that calls back into rowCount() and
        # columnCount(), and the view asks for an index thousands of times per layout.
        if row < 0 or not 0 <= column < _COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _GROUP)
        group = parent.row()
        if parent.internalId() != _GROUP or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._groups[group].rows):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return _SELECTABLE
        return _CHECKABLE if index.column() == COLUMN_TITLE else _ITEM

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self._groups[index.internalId() - 1].rows[index.row()]
        return self._item_data(row, index.column(), role)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.check_toggled.emit(row.id, checked)
        return False  # The window applies the change (undoably) and refreshes the model.

    # Cell contents -----------------------------------------------------------------------

    def _group_data(self, group: ChecklistGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == COLUMN_TITLE:
            if not group.size:
                return f"{group.label}  (nothing planned this week)"
            return f"{group.label}  ({group.done_count} of {group.size} done)"
        if role == _FONT:
            return self._bold()
        if role == FILTER_TEXT_ROLE:
            return group.label
        if role == SORT_KEY_ROLE:
            return group.key
        return None

    def _owner(self, row: PlanRow) -> str:
        return self._owner_names.get(row.id, row.owner_name)

    def _item_data(self, row: PlanRow, column: int, role: int) -> Any:
        # Qt asks for eight roles per cell painted: the common ones first, and the row's
        # colours worked out once per row shown, not once per role and column.
        if role == _DISPLAY:
            return self._display(row, column)
        if role in _UNUSED_ROLES:
            return None
        if role == _CHECK_STATE:
            if column != COLUMN_TITLE:
                return None
            return _CHECKED if row.status is ItemStatus.DONE else _UNCHECKED
        if role == _BACKGROUND:
            return self._look(row)[0]
        if role == _FOREGROUND:
            return self._look(row)[1]
        if role == _FONT:
            return self._look(row)[2] if column == COLUMN_ATTENTION else None
        if role == _TOOL_TIP:
            return f"{row.title}\n{row.description}".strip()
        if role == ITEM_ID_ROLE:
            return row.id
        if role == FILTER_TEXT_ROLE:
            return self.words_of(row)
        if role == SORT_KEY_ROLE:
            return self._sort_key(row, column)
        return None

    def _look(self, row: PlanRow) -> tuple[QBrush | None, QBrush | None, QFont | None]:
        """The row's background, text colour and Attention font, by its dates and status."""
        look = self._looks.get(row.id)
        if look is None:
            overdue = row.is_overdue(self._today)
            due_soon = not overdue and row.is_due_this_week(self._today)
            background = None
            if overdue:
                background = QBrush(OVERDUE_BACKGROUND)
            elif due_soon:
                background = QBrush(DUE_SOON_BACKGROUND)
            foreground = None
            if row.status.is_closed:
                foreground = QBrush(CLOSED_FOREGROUND)
            elif overdue or due_soon:
                foreground = QBrush(TINTED_FOREGROUND)  # keeps contrast on the tinted rows
            look = self._looks[row.id] = (background, foreground, self._bold() if overdue else None)
        return look

    def _bold(self) -> QFont:
        if self._bold_font is None:
            self._bold_font = QFont()
            self._bold_font.setBold(True)
        return self._bold_font

    def _display(self, row: PlanRow, column: int) -> str:
        if column == COLUMN_TITLE:
            return row.title
        if column == COLUMN_WEEK:
            return str(row.week)
        if column == COLUMN_DUE:
            return short_date(row.due) + (" (moved)" if row.moved_by_hand else "")
        if column == COLUMN_OWNER:
            return self._owner(row)
        if column == COLUMN_STATUS:
            return row.status.label
        return attention_text(row, self._today)

    def _sort_key(self, row: PlanRow, column: int) -> Any:
        if column == COLUMN_WEEK:
            return row.week
        if column == COLUMN_DUE:
            return row.due.toordinal()
        if column == COLUMN_STATUS:
            return list(ItemStatus).index(row.status)
        return self._display(row, column).casefold()
