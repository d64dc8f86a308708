"""The Plan tab: titles readable at laptop size, details blank when nothing is selected."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspection_desktop.demo.inspection import add_demo_inspection
from inspection_desktop.storage.people.contact_service import ContactService
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.plan.checklist_model import COLUMN_OWNER, COLUMN_TITLE
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


def test_item_titles_get_more_room_than_owners_on_a_1366_wide_window(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """On the demo at 1366 by 768, the Item column is wider than the Owner column beside it."""
    inspection = add_demo_inspection(services)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    plan.set_people(ContactService(service.database, service.roles))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    header = plan.ui.checklistView.header()
    assert header.sectionSize(COLUMN_TITLE) > header.sectionSize(COLUMN_OWNER)


def test_filtering_the_selected_item_away_clears_the_details(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """When the filter hides the selected item, its details (and Save notes) go too."""
    inspection = add_demo_inspection(services)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    window.show()
    assert plan.selected_item_id() is not None
    plan.ui.filterEdit.setText("no item is called this")
    assert plan.details.ui.itemTitleLabel.text() == "Select an item in the checklist."
    assert not plan.details.ui.saveNotesButton.isEnabled()


def test_with_nothing_selected_the_status_box_is_blank(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """With no item selected, Status is empty rather than showing the last item's status."""
    inspection = add_demo_inspection(services)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    window.show()
    plan.ui.filterEdit.setText("no item is called this")
    assert plan.details.ui.statusCombo.currentText() == ""
