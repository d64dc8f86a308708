"""The dialog that pins a checklist item to a date of the co-ordinator's choosing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QWidget

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.bank_holidays import bank_holiday_name
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.ui.common.date_limits import limit_date_fields
from inspection_desktop.ui.common.qt_dates import from_qdate, to_qdate
from inspection_desktop.ui.forms.ui_move_item_dialog import Ui_MoveItemDialog


class MoveItemDialog(QDialog):
    """Choose a new date for an item, or put it back on its plan week (Reset)."""

    def __init__(self, row: PlanRow, plan_due: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MoveItemDialog()
        self.ui.setupUi(self)
        limit_date_fields(self)
        self.back_to_plan = False
        self.ui.itemLabel.setText(row.title)
        self.ui.planDateLabel.setText(
            f"The plan puts it in week {row.week}, due {long_date(plan_due)}. A date you choose "
            "here stays put when holiday periods change."
        )
        self.ui.dateEdit.setDate(to_qdate(row.due))
        reset = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset)
        reset.setText("&Back to plan week")
        reset.setEnabled(row.moved)
        self._connect_signals()
        self._on_date_changed()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.clicked.connect(self._on_button_box_clicked)
        self.ui.dateEdit.dateChanged.connect(self._on_date_changed)

    @property
    def chosen_date(self) -> dt.date | None:
        """The new date, or None to return the item to its plan week."""
        return None if self.back_to_plan else from_qdate(self.ui.dateEdit.date())

    @Slot(QAbstractButton)
    def _on_button_box_clicked(self, button: QAbstractButton) -> None:
        role = self.ui.buttonBox.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ResetRole:
            self.back_to_plan = True
            self.accept()

    @Slot()
    def _on_date_changed(self) -> None:
        day = from_qdate(self.ui.dateEdit.date())
        warnings = []
        if day.weekday() >= 5:
            warnings.append("That is a weekend.")
        holiday = bank_holiday_name(day)
        if holiday:
            warnings.append(f"That is a bank holiday in Scotland: {holiday}.")
        self.ui.warningLabel.setText(" ".join(warnings))
