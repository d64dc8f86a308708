"""Item actions: a feature's button in the plan item's details, shown for its items only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.item_actions import ItemAction
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


def test_an_item_action_shows_for_its_items_and_runs_on_the_selected_one(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """Registered after the plan, the button shows on week-1 items only and gets the item."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    ran: list[int] = []

    def in_week_one(row: PlanRow) -> bool:
        return row.week == 1

    window.item_actions.add(
        ItemAction(
            key="week-one",
            text="&Week one…",
            applies_to=in_week_one,
            run=lambda row: ran.append(row.id),
            details_html=lambda _row: "<p>Early days.</p>",
        )
    )
    button = plan.details.item_action_button("week-one")
    assert button is not None
    rows = service.plan_rows(inspection.id)
    first, later = next(r for r in rows if r.week == 1), next(r for r in rows if r.week > 1)
    plan.select_item(later.id)
    assert button.isHidden()
    assert "Early days." not in plan.details.ui.descriptionBrowser.toPlainText()
    plan.select_item(first.id)
    assert not button.isHidden()
    assert "Early days." in plan.details.ui.descriptionBrowser.toPlainText()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ran == [first.id]
