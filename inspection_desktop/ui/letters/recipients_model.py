"""The people a letter can go to, each with a tick: the register and names typed on invitations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from inspection_desktop.domain.letters.merge import Recipient
from inspection_desktop.ui.common.model_roles import FILTER_TEXT_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RecipientRow:
    """One person in the list, with their roles by name for the line and the filter."""

    recipient: Recipient
    roles: str = ""

    @property
    def key(self) -> tuple[int | None, str]:
        """What identifies the person, whatever the list's order."""
        r = self.recipient
        return (r.contact_id, "" if r.contact_id is not None else f"{r.name}|{r.organisation}")


class RecipientsModel(QAbstractListModel):
    """Register entries as a checkable list; the ticks are kept apart from the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RecipientRow] = []
        self._ticked: set[tuple[int | None, str]] = set()

    def set_rows(self, rows: Sequence[RecipientRow]) -> None:
        """Show other people, keeping the ticks of those still listed."""
        self.beginResetModel()
        self._rows = list(rows)
        keys = {row.key for row in self._rows}
        self._ticked &= keys
        self.endResetModel()

    def add_rows(self, rows: Iterable[RecipientRow]) -> None:
        """Add people not yet listed (names typed on a meeting's invitation)."""
        known = {row.key for row in self._rows}
        new = [row for row in rows if row.key not in known]
        if new:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._rows += new
            self.endInsertRows()

    def tick(self, recipients: Iterable[Recipient]) -> int:
        """Tick these people (adding any not listed); returns how many are newly ticked."""
        rows = [RecipientRow(r) for r in recipients]
        self.add_rows(rows)
        before = len(self._ticked)
        self._ticked |= {row.key for row in rows}
        self._changed_all()
        return len(self._ticked) - before

    def untick_all(self) -> None:
        """Clear every tick."""
        self._ticked.clear()
        self._changed_all()

    def chosen(self) -> list[Recipient]:
        """The ticked people, in the list's order."""
        return [row.recipient for row in self._rows if row.key in self._ticked]

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        """Qt: one row per person."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the person's line, their tick, and the text the filter matches."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        r = row.recipient
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [r.name or "(no name)", r.organisation, row.roles]
            text = " · ".join(part for part in parts if part)
            return text if r.address.strip() else f"{text}  (no address)"
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = row.key in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == FILTER_TEXT_ROLE:
            return f"{r.name} {r.organisation} {row.roles} {r.job_title}".casefold()
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt: tick or untick one person."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._rows[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(key)
        else:
            self._ticked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Qt: every row can be ticked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable


class RecipientsFilter(QSortFilterProxyModel):
    """Narrows the list to people whose name, organisation or roles hold the typed words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        """Filter by these words (all must match)."""
        words = text.casefold().split()
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Qt: keep rows holding every word."""
        model = self.sourceModel()
        text = str(model.data(model.index(source_row, 0, source_parent), FILTER_TEXT_ROLE) or "")
        return all(word in text for word in self._words)
