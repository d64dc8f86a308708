"""Editing one reader's file-reading details: agency, team, days, conflicts, agreement, logins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.file_reading.sample import AgencySystem, LoginStatus
from inspection_desktop.storage.file_reading.rows import ReaderDetails
from inspection_desktop.ui.forms.ui_reader_dialog import Ui_ReaderDialog
from inspection_desktop.usecases.file_reading.readers import FileReader


class ReaderDialog(QDialog):
    """The details file reading keeps about one reader from the register."""

    def __init__(
        self, reader: FileReader, reading_days: Sequence[dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReaderDialog()
        self.ui.setupUi(self)
        self._reader = reader
        self._days = tuple(reading_days)
        self.setWindowTitle(f"Reader: {reader.name}")
        self.ui.readerHeading.setText(
            f"<b>{_escape(reader.name)}</b> · {reader.side.label} · {_escape(reader.organisation)}"
        )
        self._combos: dict[AgencySystem, QComboBox] = {
            AgencySystem.SOCIAL_WORK: self.ui.socialWorkCombo,
            AgencySystem.HEALTH: self.ui.healthCombo,
            AgencySystem.EDUCATION: self.ui.educationCombo,
            AgencySystem.POLICE: self.ui.policeCombo,
            AgencySystem.SCRA: self.ui.scraCombo,
        }
        self._days_model = QStandardItemModel(self)
        self.ui.daysView.setModel(self._days_model)
        self._fill(reader)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        """Close with Save, unless no reading day is ticked."""
        if self._days and not self._chosen_days():
            from inspection_desktop.ui.common import dialogs

            dialogs.show_error(
                self,
                "Choose a reading day",
                "Tick at least one day the reader can come, or take them out of their pair.",
            )
            return
        super().accept()

    def _chosen_days(self) -> tuple[dt.date, ...]:
        return tuple(
            day
            for row, day in enumerate(self._days)
            if self._days_model.item(row).checkState() == Qt.CheckState.Checked
        )

    def _fill(self, reader: FileReader) -> None:
        details = reader.details
        self.ui.agencyEdit.setText(details.agency or reader.organisation)
        self.ui.serviceEdit.setText(details.service)
        self.ui.teamEdit.setText(details.team)
        self.ui.conflictTeamsEdit.setPlainText("\n".join(details.conflict_teams))
        self.ui.conflictRecordsEdit.setPlainText("\n".join(details.conflict_records))
        self.ui.agreementCheck.setChecked(details.agreement_signed)
        for day in self._days:
            item = QStandardItem(f"{day:%A} {long_date(day)}")
            item.setCheckable(True)
            item.setEditable(False)
            chosen = not details.days or day in details.days
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self._days_model.appendRow(item)
        if not self._days:
            self.ui.daysView.setEnabled(False)
            self.ui.daysView.setToolTip("Add the reading base's days first (on the Base page).")
        for system, combo in self._combos.items():
            for status in LoginStatus:
                combo.addItem(status.label, status.value)
            combo.setCurrentIndex(combo.findData(details.login(system).value))
        if reader.trained is None:
            text = "Not needed for inspectors."
        elif reader.trained:
            text = "Attended (marked present at the week-11 training meeting)."
        else:
            text = "Not yet: mark them present at the week-11 training meeting under Meetings."
        self.ui.trainingLabel.setText(text)

    def details(self) -> ReaderDetails:
        """The details as the dialog holds them."""
        chosen = self._chosen_days()
        return ReaderDetails(
            agency=self.ui.agencyEdit.text().strip(),
            service=self.ui.serviceEdit.text().strip(),
            team=" ".join(self.ui.teamEdit.text().split()),
            days=() if len(chosen) == len(self._days) else chosen,
            conflict_teams=_lines(self.ui.conflictTeamsEdit.toPlainText()),
            conflict_records=_lines(self.ui.conflictRecordsEdit.toPlainText()),
            agreement_signed=self.ui.agreementCheck.isChecked(),
            logins=tuple(
                (system, LoginStatus(combo.currentData())) for system, combo in self._combos.items()
            ),
        )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
