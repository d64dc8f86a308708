"""Editing the inspection itself: the partnership's name and the notification date, with a
preview of the dates that move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from inspection_desktop.domain.dates import long_date
from inspection_desktop.storage.plan.inspection_service import InspectionSummary
from inspection_desktop.ui.common.qt_dates import from_qdate, to_qdate
from inspection_desktop.ui.forms.ui_inspection_edit_dialog import Ui_InspectionEditDialog
from inspection_desktop.usecases.plan.inspection_edits import DateMove

MovesFor = Callable[[dt.date], Sequence[DateMove]]


class InspectionEditDialog(QDialog):
    """Name and notification date; before saving, the dates a new date would move are listed."""

    def __init__(
        self, inspection: InspectionSummary, moves_for: MovesFor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionEditDialog()
        self.ui.setupUi(self)
        self._moves_for = moves_for
        self._moves = QStringListModel(self)
        self.ui.movesView.setModel(self._moves)
        self.ui.areaEdit.setText(inspection.area)
        self.ui.notifiedEdit.setDate(to_qdate(inspection.notified_on))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.areaEdit.textChanged.connect(self._on_inputs_changed)
        self.ui.notifiedEdit.dateChanged.connect(self._on_inputs_changed)
        self._on_inputs_changed()

    @property
    def area(self) -> str:
        """The partnership's name as typed, tidied."""
        return " ".join(self.ui.areaEdit.text().split())

    @property
    def notified_on(self) -> dt.date:
        """The notification date chosen."""
        return from_qdate(self.ui.notifiedEdit.date())

    @Slot()
    def _on_inputs_changed(self) -> None:
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.area))
        moves = self._moves_for(self.notified_on)
        self._moves.setStringList(
            [
                f"Week {m.week}: {m.title} — {long_date(m.due)} → {long_date(m.new_due)}"
                for m in moves
            ]
        )
        if moves:
            self.ui.movesLabel.setText(
                f"{len(moves)} due date{'s' if len(moves) != 1 else ''} will move. Items you "
                "pinned to a date by hand stay where they are."
            )
        else:
            self.ui.movesLabel.setText("No due date moves.")
