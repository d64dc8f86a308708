"""The history of an item or a meeting: what changed, when, from what to what, and where."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from inspection_desktop.domain.dates import long_date
from inspection_desktop.ui.common.row_table_model import RowTableModel
from inspection_desktop.ui.forms.ui_history_dialog import Ui_HistoryDialog
from inspection_desktop.usecases.safety.history import HistoryEntry

COLUMN_WHEN, COLUMN_WHAT, COLUMN_CHANGES, COLUMN_MACHINE = range(4)


def entry_when(entry: HistoryEntry) -> str:
    """The local date and time of a change."""
    local = entry.local_time
    return f"{long_date(local.date())}, {local:%H:%M}"


def entry_changes(entry: HistoryEntry) -> str:
    """One line per field: "status: not started → done"."""
    lines = []
    for field in entry.fields:
        if entry.action == "changed":
            lines.append(f"{field.field}: {field.old or '(blank)'} → {field.new or '(blank)'}")
        else:
            lines.append(f"{field.field}: {field.new or field.old}")
    return "; ".join(lines)


class HistoryModel(RowTableModel[HistoryEntry]):
    """Changes, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(("When", "What", "Old and new values", "Machine"), parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """Qt: the cell's text."""
        if not index.isValid():
            return None
        entry = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_CHANGES:
            return entry_changes(entry).replace("; ", "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COLUMN_WHEN:
            return entry_when(entry)
        if column == COLUMN_WHAT:
            return entry.what
        if column == COLUMN_CHANGES:
            return entry_changes(entry)
        return entry.machine


class HistoryDialog(QDialog):
    """A read-only list of changes."""

    def __init__(
        self, subject: str, entries: Sequence[HistoryEntry], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.model = HistoryModel(self)
        self.model.set_rows(entries)
        self.ui.historyView.setModel(self.model)
        count = len(entries)
        self.ui.subjectLabel.setText(
            f"{subject}: {count} change{'s' if count != 1 else ''} recorded, newest first."
            if count
            else f"{subject}: no changes recorded yet (the history starts with this version)."
        )
        header = self.ui.historyView.horizontalHeader()
        header.resizeSection(COLUMN_WHEN, 170)
        header.resizeSection(COLUMN_WHAT, 240)
        header.resizeSection(COLUMN_MACHINE, 120)
        header.setSectionResizeMode(COLUMN_CHANGES, QHeaderView.ResizeMode.Stretch)
        self.ui.buttonBox.rejected.connect(self.reject)
