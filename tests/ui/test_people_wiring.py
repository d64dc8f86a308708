"""The People section as the application wires it into the window."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.ui.people.contacts_section import ContactsSection
from inspection_desktop.ui.people.install import add_people_section
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.changes import PEOPLE, Change
from inspection_desktop.usecases.services import Services
from tests.ui.sections import section_of

COORDINATOR = ContactDraft("Ailsa Grant", roles=("inspection_coordinator",))
Place = SectionBuiltWhenShown[ContactsSection]


def _window(
    qtbot: QtBot, service: InspectionService, services: Services, *, coordinator: bool = False
) -> tuple[MainWindow, Place, int]:
    """A window with the Plan and People tabs on a new inspection (its co-ordinator named)."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    if coordinator:
        services.contacts.add_contact(inspection.id, COORDINATOR)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_plan_section(window, services)
    return window, add_people_section(window, services), inspection.id


def _title(window: MainWindow, place: Place) -> str:
    tabs = window.ui.sectionTabs
    return tabs.tabText(tabs.indexOf(place))


def test_people_tab_counts_the_roles_still_to_name(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """The tab title says how many roles are empty, and the count drops when one is filled."""
    window, place, _ = _window(qtbot, service, services)
    needed = len(service.template.roles_needed_by_week())
    # Counted before the register is made: the tab has not been shown yet.
    assert place.built is None
    assert _title(window, place) == f"Peop&le ({needed} to name)"
    window.show_section(place)
    section_of(window, ContactsSection).add_contact(COORDINATOR)
    assert _title(window, place) == f"Peop&le ({needed - 1} to name)"
    window.undo_stack.undo()
    assert _title(window, place) == f"Peop&le ({needed} to name)"


def test_the_register_is_made_when_its_tab_is_first_shown(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """Opening the window reads nothing of the register but its count; the tab shows it all."""
    window, place, _ = _window(qtbot, service, services, coordinator=True)
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
    window, place, inspection_id = _window(qtbot, service, services)
    needed = len(service.template.roles_needed_by_week())
    services.contacts.add_contact(inspection_id, COORDINATOR)
    window.announce(Change("add Ailsa Grant", frozenset({PEOPLE})))
    assert _title(window, place) == f"Peop&le ({needed - 1} to name)"
