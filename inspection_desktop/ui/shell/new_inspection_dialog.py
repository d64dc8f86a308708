"""The dialog that creates an inspection from the notification letter's date, with its holidays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date, week_span
from inspection_desktop.domain.plan.holiday_suggestions import festive_weeks
from inspection_desktop.domain.plan.inspection_calendar import (
    HolidayPeriod,
    InspectionCalendar,
    monday_of,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common.date_limits import limit_date_fields
from inspection_desktop.ui.common.holidays_model import HolidaysTableModel
from inspection_desktop.ui.common.qt_dates import from_qdate, to_qdate
from inspection_desktop.ui.forms.ui_new_inspection_dialog import Ui_NewInspectionDialog

PHASE_ONE_WEEKS = 11


class NewInspectionDialog(QDialog):
    """Asks for the partnership's name, the notification date and the holiday periods.

    When the weeks hold Christmas Day or New Year's Day the dialog offers those weeks as
    holidays; they are added only when the co-ordinator presses the button, and can be removed.
    """

    def __init__(
        self, parent: QWidget | None = None, weeks: int = PHASE_ONE_WEEKS, **kwargs: Any
    ) -> None:
        super().__init__(parent, **kwargs)
        self.ui = Ui_NewInspectionDialog()
        self.ui.setupUi(self)
        limit_date_fields(self)
        self._weeks = weeks
        self._periods: list[HolidayPeriod] = []
        self._offer: list[HolidayPeriod] = []
        self._model = HolidaysTableModel(self)
        self.ui.holidaysView.setModel(self._model)
        self.ui.holidaysView.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        today = clock.today()
        self.ui.notifiedEdit.setDate(to_qdate(today))
        self.ui.fromEdit.setDate(to_qdate(today))
        self.ui.toEdit.setDate(to_qdate(today))
        self._connect_signals()
        self._on_inputs_changed()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.areaEdit.textChanged.connect(self._on_inputs_changed)
        self.ui.notifiedEdit.dateChanged.connect(self._on_inputs_changed)
        self.ui.offerButton.clicked.connect(self._on_offer_button_clicked)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        self.ui.fromEdit.dateChanged.connect(self._on_from_edit_changed)

    @property
    def area(self) -> str:
        """The partnership's name as typed, tidied."""
        return " ".join(self.ui.areaEdit.text().split())

    @property
    def notified_on(self) -> dt.date:
        """The date on the notification letter."""
        return from_qdate(self.ui.notifiedEdit.date())

    @property
    def holidays(self) -> list[HolidayPeriod]:
        """The holiday periods to record with the new inspection, earliest first."""
        return sorted(self._periods, key=lambda period: period.starts_on)

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _on_inputs_changed(self) -> None:
        ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(bool(self.area))
        monday = monday_of(self.notified_on)
        self.ui.weekOneLabel.setText(
            f"Week 1 will be {week_span(monday, monday + dt.timedelta(days=6))}; "
            f"letter dated {long_date(self.notified_on)}."
        )
        self._show_holidays()

    def _show_holidays(self) -> None:
        self._model.set_periods(self.holidays)
        self.ui.removeButton.setEnabled(bool(self._periods))
        self._offer = festive_weeks(self.notified_on, self._weeks, self._periods)
        if self._offer:
            spans = "; ".join(
                f"{p.label}: {long_date(p.starts_on)} to {long_date(p.ends_on)}"
                for p in self._offer
            )
            self.ui.offerLabel.setText(
                f"Your {self._weeks} weeks run over Christmas or New Year. "
                f"Leave these weeks out of the count? {spans}."
            )
        self.ui.offerLabel.setVisible(bool(self._offer))
        self.ui.offerButton.setVisible(bool(self._offer))
        try:
            calendar = InspectionCalendar(self.notified_on, self._periods, self._weeks)
        except UserFacingError as exc:
            self.ui.lastWeekLabel.setText(str(exc))
            return
        last = calendar.week(self._weeks)
        self.ui.lastWeekLabel.setText(
            f"Week {self._weeks} will be {week_span(last.starts_on, last.friday)}."
        )

    @Slot()
    def _on_offer_button_clicked(self) -> None:
        self._periods.extend(self._offer)
        self._show_holidays()

    @Slot()
    def _on_from_edit_changed(self) -> None:
        if self.ui.toEdit.date() < self.ui.fromEdit.date():
            self.ui.toEdit.setDate(self.ui.fromEdit.date())

    @Slot()
    def _on_add_button_clicked(self) -> None:
        starts = from_qdate(self.ui.fromEdit.date())
        ends = from_qdate(self.ui.toEdit.date())
        if ends < starts:
            ends = starts
        if any(p.starts_on == starts and p.ends_on == ends for p in self._periods):
            return
        self._periods.append(HolidayPeriod(starts, ends, self.ui.labelEdit.text().strip()))
        self.ui.labelEdit.clear()
        self._show_holidays()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        selected = self.ui.holidaysView.selectionModel().selectedRows()
        row = selected[0].row() if selected else self._model.rowCount() - 1
        if row < 0:
            return
        period = self._model.period_at(row)
        self._periods.remove(period)
        self._show_holidays()
