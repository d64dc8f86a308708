"""Bringing an existing tracker in: choose the columns, see every row checked, then import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QWidget

from inspection_desktop.documents.common.tabular_reader import PopulationTable
from inspection_desktop.documents.plan.tracker_import import (
    PlanContext,
    TrackerField,
    TrackerPreview,
    TrackerRow,
    apply_tracker_mapping,
    guess_tracker_mapping,
)
from inspection_desktop.domain.dates import long_date
from inspection_desktop.ui.common.row_table_model import RowTableModel
from inspection_desktop.ui.forms.ui_tracker_import_dialog import Ui_TrackerImportDialog

ModelIndex = QModelIndex | QPersistentModelIndex
PREVIEW_HEADERS = ("Row", "Title", "Due", "Owner", "Status", "Refused because")
_REFUSED = QColor("#FBEAEA")


class TrackerPreviewModel(RowTableModel[TrackerRow]):
    """The tracker's rows as they would be imported, refused ones tinted with their reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PREVIEW_HEADERS, parent)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: each cell's text; refused rows tinted, so the reason column is not the only sign."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and row.refused:
            return _REFUSED
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 5):
            return row.draft.title if index.column() == 1 else row.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        draft = row.draft
        due = long_date(draft.due_on) if draft.due_on else ""
        return (
            str(row.number),
            draft.title,
            due,
            row.owner_text,
            draft.status.label,
            row.reason,
        )[index.column()]


class TrackerImportDialog(QDialog):
    """A column-mapping preview of a tracker file; OK imports the rows not refused."""

    def __init__(
        self, table: PopulationTable, context: PlanContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TrackerImportDialog()
        self.ui.setupUi(self)
        self._table = table
        self._context = context
        self._model = TrackerPreviewModel(self)
        self.ui.previewView.setModel(self._model)
        header = self.ui.previewView.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 50)
        header.resizeSection(2, 130)
        header.resizeSection(5, 260)
        self.ui.fileLabel.setText(
            f"{table.path.name} ({table.description}): {len(table.rows)} rows. Choose which "
            "column holds each detail; the rows below show what will be imported."
        )
        self._combos: dict[TrackerField, QComboBox] = {
            TrackerField.TITLE: self.ui.titleCombo,
            TrackerField.DUE: self.ui.dueCombo,
            TrackerField.OWNER: self.ui.ownerCombo,
            TrackerField.STATUS: self.ui.statusCombo,
            TrackerField.NOTES: self.ui.notesCombo,
        }
        guessed = guess_tracker_mapping(table.headings)
        for field, combo in self._combos.items():
            combo.addItem("(not imported)", None)
            for number, heading in enumerate(table.headings):
                combo.addItem(heading, number)
            combo.setCurrentIndex(combo.findData(guessed.get(field)))
        self.preview = TrackerPreview(())
        self._connect_signals()
        self._on_mapping_changed()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for combo in self._combos.values():
            combo.currentIndexChanged.connect(self._on_mapping_changed)
        self.ui.refusedOnlyCheck.toggled.connect(self._on_mapping_changed)

    @property
    def accepted_rows(self) -> tuple[TrackerRow, ...]:
        """The rows OK will import."""
        return self.preview.accepted

    @Slot()
    def _on_mapping_changed(self) -> None:
        mapping = {
            field: combo.currentData()
            for field, combo in self._combos.items()
            if combo.currentData() is not None
        }
        self.preview = apply_tracker_mapping(self._table, mapping, self._context)
        shown = self.preview.refused if self.ui.refusedOnlyCheck.isChecked() else self.preview.rows
        self._model.set_rows(shown)
        self.ui.summaryLabel.setText(self.preview.summary)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"Import {len(self.preview.accepted)}")
        ok.setEnabled(bool(self.preview.accepted))
