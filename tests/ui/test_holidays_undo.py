"""Holiday periods are undoable like any other change: Ctrl+Z puts the weeks back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.plan.holidays_dialog import HolidaysDialog
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


def week_seven_due(service: InspectionService, window: MainWindow) -> dt.date:
    """The due date of the first week-7 item."""
    assert window.inspection_id is not None
    return next(r.due for r in service.plan_rows(window.inspection_id) if r.week == 7)


def test_undo_takes_back_a_holiday_added_in_the_dialog(
    qtbot: QtBot, service: InspectionService, services: Services, when_dialog_opens: Any
) -> None:
    """Adding the October holidays moves week 7; Edit > Undo moves it back, Redo again."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 10, 5))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    window.show()
    before = week_seven_due(service, window)

    def add_october(dialog: HolidaysDialog) -> None:
        dialog.ui.fromEdit.setDate(QDate(2026, 10, 12))
        dialog.ui.toEdit.setDate(QDate(2026, 10, 23))
        dialog.ui.addButton.click()
        dialog.accept()

    when_dialog_opens(HolidaysDialog, add_october)
    plan.ui.actionHolidays.trigger()
    moved = week_seven_due(service, window)
    assert moved == before + dt.timedelta(weeks=2)
    window.undo_action.trigger()
    assert week_seven_due(service, window) == before
    assert service.holidays(inspection.id) == []
    window.redo_action.trigger()
    assert week_seven_due(service, window) == moved


def test_undo_brings_back_a_removed_holiday(
    qtbot: QtBot, service: InspectionService, services: Services, when_dialog_opens: Any
) -> None:
    """Removing a holiday by mistake is reversed by Edit > Undo, label and dates intact."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 10, 5))
    service.add_holiday(inspection.id, dt.date(2026, 10, 12), dt.date(2026, 10, 23), "October")
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    window.show()

    def remove_first(dialog: HolidaysDialog) -> None:
        dialog.ui.holidaysView.selectRow(0)
        dialog.ui.removeButton.click()
        dialog.accept()

    when_dialog_opens(HolidaysDialog, remove_first)
    plan.ui.actionHolidays.trigger()
    assert service.holidays(inspection.id) == []
    window.undo_action.trigger()
    [period] = service.holidays(inspection.id)
    assert (period.starts_on, period.ends_on, period.label) == (
        dt.date(2026, 10, 12),
        dt.date(2026, 10, 23),
        "October",
    )
