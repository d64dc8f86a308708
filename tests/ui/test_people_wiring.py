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
from tests.ui.sections import section_of


def test_people_tab_counts_the_roles_still_to_name(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """The tab title says how many roles are empty, and the count drops when one is filled."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_plan_section(window, services)
    place = add_people_section(window, services)
    tabs = window.ui.sectionTabs
    needed = len(service.template.roles_needed_by_week())
    # Counted before the register is made: the tab has not been shown yet.
    assert place.built is None
    assert tabs.tabText(tabs.indexOf(place)) == f"Peop&le ({needed} to name)"
    window.show_section(place)
    section = section_of(window, ContactsSection)
    section.add_contact(ContactDraft("Ailsa Grant", roles=("inspection_coordinator",)))
    assert tabs.tabText(tabs.indexOf(place)) == f"Peop&le ({needed - 1} to name)"
    window.undo_stack.undo()
    assert tabs.tabText(tabs.indexOf(place)) == f"Peop&le ({needed} to name)"


def test_the_register_is_made_when_its_tab_is_first_shown(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """Opening the window reads nothing of the register but its count; the tab shows it all."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    services.contacts.add_contact(
        inspection.id, ContactDraft("Ailsa Grant", roles=("inspection_coordinator",))
    )
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_plan_section(window, services)
    place = add_people_section(window, services)
    window.show()
    assert place.built is None
    window.show_section(place)
    assert place.built is not None
    assert place.built.visible_names() == ["Ailsa Grant"]


def test_a_change_made_elsewhere_recounts_the_hidden_tab(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """Naming someone for a role outside the People tab (the command line, an import into
    another tab) moves the count the title shows, built or not."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_plan_section(window, services)
    place = add_people_section(window, services)
    tabs = window.ui.sectionTabs
    needed = len(service.template.roles_needed_by_week())
    services.contacts.add_contact(
        inspection.id, ContactDraft("Ailsa Grant", roles=("inspection_coordinator",))
    )
    from inspection_desktop.usecases.changes import PEOPLE, Change

    window.announce(Change("add Ailsa Grant", frozenset({PEOPLE})))
    assert tabs.tabText(tabs.indexOf(place)) == f"Peop&le ({needed - 1} to name)"
