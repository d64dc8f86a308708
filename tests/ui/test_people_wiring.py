"""The People section as the application wires it into the window."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.people.contacts_section import ContactsSection
from inspection_desktop.ui.people.install import add_people_section
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


def test_people_tab_counts_the_roles_still_to_name(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """The tab title says how many roles are empty, and the count drops when one is filled."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_plan_section(window, services)
    add_people_section(window, services)
    tabs = window.ui.sectionTabs
    section = window.findChild(ContactsSection)
    assert section is not None
    needed = len(service.template.roles_needed_by_week())
    assert tabs.tabText(tabs.indexOf(section)) == f"Peop&le ({needed} to name)"
    section.add_contact(ContactDraft("Ailsa Grant", roles=("inspection_coordinator",)))
    assert tabs.tabText(tabs.indexOf(section)) == f"Peop&le ({needed - 1} to name)"
    window.undo_stack.undo()
    assert tabs.tabText(tabs.indexOf(section)) == f"Peop&le ({needed} to name)"
