"""The dialog that creates an inspection from the notification letter's date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date, week_span
from inspection_desktop.domain.plan.inspection_calendar import monday_of
from inspection_desktop.ui.common.date_limits import limit_date_fields
from inspection_desktop.ui.common.qt_dates import from_qdate, to_qdate
from inspection_desktop.ui.forms.ui_new_inspection_dialog import Ui_NewInspectionDialog


class NewInspectionDialog(QDialog):
    """Asks for the partnership's name and the notification date."""

    def __init__(self, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.ui = Ui_NewInspectionDialog()
        self.ui.setupUi(self)
        limit_date_fields(self)
        self.ui.notifiedEdit.setDate(to_qdate(clock.today()))
        self._connect_signals()
        self._on_inputs_changed()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.areaEdit.textChanged.connect(self._on_inputs_changed)
        self.ui.notifiedEdit.dateChanged.connect(self._on_inputs_changed)

    @property
    def area(self) -> str:
        """The partnership's name as typed, tidied."""
        return " ".join(self.ui.areaEdit.text().split())

    @property
    def notified_on(self) -> dt.date:
        """The date on the notification letter."""
        return from_qdate(self.ui.notifiedEdit.date())

    @Slot()
    def _on_inputs_changed(self) -> None:
        ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(bool(self.area))
        monday = monday_of(self.notified_on)
        self.ui.weekOneLabel.setText(
            f"Week 1 will be {week_span(monday, monday + dt.timedelta(days=6))}; "
            f"letter dated {long_date(self.notified_on)}."
        )
