"""The dialog listing an inspection's holiday periods, to add and remove them."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.date_limits import limit_date_fields
from inspection_desktop.ui.common.holidays_model import HolidaysTableModel
from inspection_desktop.ui.common.qt_dates import from_qdate, to_qdate
from inspection_desktop.ui.common.undo_commands import ChangeCommand
from inspection_desktop.ui.forms.ui_holidays_dialog import Ui_HolidaysDialog
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.plan.holidays import add_holiday, remove_holiday
from inspection_desktop.usecases.services import Services


class HolidaysDialog(QDialog):
    """Add and remove holiday periods; the plan's weeks move as they change."""

    holidays_changed = Signal()

    def __init__(
        self,
        services: Services,
        inspection_id: int,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HolidaysDialog()
        self.ui.setupUi(self)
        limit_date_fields(self)
        self._services = services
        self._service = services.inspections
        self._inspection_id = inspection_id
        self._undo_stack = undo_stack
        self._model = HolidaysTableModel(self)
        self.ui.holidaysView.setModel(self._model)
        self.ui.holidaysView.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        today = clock.today()
        self.ui.fromEdit.setDate(to_qdate(today))
        self.ui.toEdit.setDate(to_qdate(today))
        self._connect_signals()
        self._reload()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        self.ui.fromEdit.dateChanged.connect(self._on_from_edit_changed)

    def _reload(self) -> None:
        self._model.set_periods(self._service.holidays(self._inspection_id))
        self.ui.removeButton.setEnabled(self._model.rowCount() > 0)

    @Slot()
    def _on_from_edit_changed(self) -> None:
        if self.ui.toEdit.date() < self.ui.fromEdit.date():
            self.ui.toEdit.setDate(self.ui.fromEdit.date())

    @Slot()
    def _on_add_button_clicked(self) -> None:
        starts = from_qdate(self.ui.fromEdit.date())
        ends = from_qdate(self.ui.toEdit.date())
        try:
            _added, change = add_holiday(
                self._services, self._inspection_id, starts, ends, self.ui.labelEdit.text()
            )
        except UserFacingError as exc:
            dialogs.show_error(self, "Holiday not added", str(exc))
            return
        self.ui.labelEdit.clear()
        self._changed()
        self._record(change)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        selected = self.ui.holidaysView.selectionModel().selectedRows()
        if not selected:
            dialogs.show_info(self, "Remove holiday", "Select a holiday period first.")
            return
        period = self._model.period_at(selected[0].row())
        if period.id is None:
            return
        try:
            change = remove_holiday(self._services, self._inspection_id, period)
        except UserFacingError as exc:
            dialogs.show_error(self, "Holiday not removed", str(exc))
            return
        self._changed()
        self._record(change)

    def _changed(self) -> None:
        self._reload()
        self.holidays_changed.emit()

    def _record(self, change: Change) -> None:
        """Put a change just made on the undo stack, so Ctrl+Z reverses it like any other."""
        if self._undo_stack is not None:
            self._undo_stack.push(
                ChangeCommand(change, lambda _change: self._changed(), self._on_undo_error)
            )

    def _on_undo_error(self, exc: UserFacingError) -> None:
        dialogs.show_error(self.parentWidget(), "The change was not saved", str(exc))
