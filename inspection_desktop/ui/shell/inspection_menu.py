"""The File menu's inspection commands (new, open, demo) and Help > About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from inspection_desktop import __version__
from inspection_desktop.domain.dates import long_date
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs

if TYPE_CHECKING:
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


class InspectionMenu(QObject):
    """Opens, creates and adjusts inspections for the window, through its dialogs."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._service = services.inspections
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self._window.ui
        ui.actionNewInspection.triggered.connect(self._on_new_inspection_triggered)
        ui.actionSwitchInspection.triggered.connect(self._on_switch_inspection_triggered)
        ui.actionAddDemo.triggered.connect(self._on_add_demo_triggered)
        ui.actionAbout.triggered.connect(self._on_about_triggered)

    @Slot()
    def _on_new_inspection_triggered(self) -> None:
        from inspection_desktop.ui.shell.new_inspection_dialog import NewInspectionDialog

        dialog = NewInspectionDialog(self._window)
        if dialog.exec() != NewInspectionDialog.DialogCode.Accepted:
            return
        try:
            inspection = self._service.create_inspection(
                dialog.area, dialog.notified_on, dialog.holidays
            )
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Inspection not created", str(exc))
            return
        self._window.open_inspection(inspection.id)

    @Slot()
    def _on_switch_inspection_triggered(self) -> None:
        inspections = self._service.list_inspections()
        labels = [f"{i.area} (notified {long_date(i.notified_on)})" for i in inspections]
        open_id = self._window.inspection_id
        current = next((n for n, i in enumerate(inspections) if i.id == open_id), 0)
        chosen = dialogs.ask_choice(self._window, "Open inspection", "Inspection:", labels, current)
        if chosen is not None:
            self._window.open_inspection(inspections[chosen].id)

    @Slot()
    def _on_add_demo_triggered(self) -> None:
        from inspection_desktop.demo.inspection import add_demo_inspection

        try:
            inspection = add_demo_inspection(self._services)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Demo not added", str(exc))
            return
        self._window.open_inspection(inspection.id)

    @Slot()
    def _on_about_triggered(self) -> None:
        dialogs.show_info(
            self._window,
            "About Inspection Desktop",
            f"Inspection Desktop {__version__}\n\nPlan and run a partnership's preparation "
            "for a joint inspection of services for children and young people.",
        )
