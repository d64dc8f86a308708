"""Checklist owners as people: names in the checklist and the "Person:" choice in the details."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.plan.checklist_views import ChecklistView
from inspection_desktop.storage.people.contact_service import ContactService
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.people.contacts_section import ContactsSection
from inspection_desktop.ui.plan.checklist_model import COLUMN_OWNER
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.item_owner_picker import ItemOwnerPicker
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


@pytest.fixture
def contacts(services: Services) -> ContactService:
    """The contact service over the test database."""
    return services.contacts


@pytest.fixture
def window(
    qtbot: QtBot, service: InspectionService, services: Services, contacts: ContactService
) -> MainWindow:
    """A window with people wired in, on an inspection with two file readers."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    for name in ("Łukasz Nowak", "Eilidh MacLeòid"):
        contacts.add_contact(inspection.id, ContactDraft(name, roles=("local_file_reader",)))
    contacts.add_contact(
        inspection.id, ContactDraft("Ailsa Grant", roles=("inspection_coordinator",))
    )
    main_window = MainWindow(services, inspection.id)
    qtbot.addWidget(main_window)
    add_plan_section(main_window, services)
    main_window.show()
    return main_window


@pytest.fixture
def plan(window: MainWindow) -> PlanSection:
    """The window's Plan tab (owners as people from the register)."""
    section = window.findChild(PlanSection)
    assert section is not None
    return section


def section_id(window: MainWindow) -> int:
    """The open inspection's id."""
    assert window.inspection_id is not None
    return window.inspection_id


def _owner_groups(plan: PlanSection) -> list[str]:
    proxy = plan.ui.checklistView.model()
    return [str(proxy.index(row, 0).data()).split("  (")[0] for row in range(proxy.rowCount())]


def test_sole_holder_of_a_role_shows_as_the_owner(window: MainWindow, plan: PlanSection) -> None:
    """With one inspection co-ordinator named, the "by owner" view groups under her name."""
    plan.set_view(ChecklistView.BY_OWNER)
    groups = _owner_groups(plan)
    assert "Ailsa Grant" in groups and "Inspection co-ordinator" not in groups


def test_choosing_a_person_makes_them_the_owner_and_undo_puts_the_role_back(
    window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """Giving a co-ordinator's item to a file reader shows their name; undo reverts it."""
    assert window.inspection_id is not None
    item = next(
        r
        for r in service.plan_rows(window.inspection_id)
        if r.owner_role == "inspection_coordinator"
    )
    plan.select_item(item.id)
    picker = window.findChild(ItemOwnerPicker)
    assert picker is not None and picker.isEnabled()
    assert picker.currentText() == "The inspection co-ordinator (Ailsa Grant)"
    index = picker.findText("Eilidh MacLeòid")
    picker.setCurrentIndex(index)
    picker.activated.emit(index)

    def owner_shown() -> str:
        cell = plan.checklist_model.index_of_item(item.id).siblingAtColumn(COLUMN_OWNER)
        return str(cell.data())

    assert owner_shown() == "Eilidh MacLeòid"
    window.undo_stack.undo()
    assert owner_shown() == "Ailsa Grant"


def test_renaming_in_the_people_section_refreshes_the_checklist(
    qtbot: QtBot,
    window: MainWindow,
    plan: PlanSection,
    services: Services,
    contacts: ContactService,
) -> None:
    """The section's plan_changed makes the checklist show the new name."""
    section = ContactsSection(services, window.undo_stack, window)
    window.add_section("People", section)
    ailsa = next(row for row in contacts.contacts(section_id(window)) if row.name == "Ailsa Grant")
    with qtbot.waitSignal(plan.plan_refreshed):
        section.update_contact(ailsa.id, ContactDraft("Ailsa Grant-Reid", roles=ailsa.roles))
    plan.set_view(ChecklistView.BY_OWNER)
    assert "Ailsa Grant-Reid" in _owner_groups(plan)


def _shown_titles(plan: PlanSection) -> set[str]:
    proxy = plan.ui.checklistView.model()
    titles = set()
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        titles |= {str(proxy.index(r, 0, parent).data()) for r in range(proxy.rowCount(parent))}
    return titles


def test_filter_finds_a_persons_items_by_their_name_or_their_role(
    window: MainWindow, plan: PlanSection
) -> None:
    """Typing the person's name or the role's name shows the co-ordinator's items either way."""
    plan.ui.filterEdit.setText("Ailsa Grant")
    by_person = _shown_titles(plan)
    plan.ui.filterEdit.setText("inspection co-ordinator")
    assert len(by_person) > 5 and by_person <= _shown_titles(plan)


def test_role_with_a_proper_noun_keeps_its_capitals_in_the_person_choice(
    qtbot: QtBot, service: InspectionService, contacts: ContactService
) -> None:
    """The first choice for the CPP chair's items keeps the role name's capitals."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    row = next(r for r in service.plan_rows(inspection.id) if r.owner_role == "cpp_chair")
    picker = ItemOwnerPicker(contacts)
    qtbot.addWidget(picker)
    picker.show_item(row)
    assert picker.itemText(0) == "The Chair of the Community Planning Partnership, no one person"


def test_role_without_a_proper_noun_reads_in_lower_case_in_the_person_choice(
    qtbot: QtBot, service: InspectionService, contacts: ContactService
) -> None:
    """The first choice for a co-ordinator's item reads "The inspection co-ordinator"."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    row = next(
        r for r in service.plan_rows(inspection.id) if r.owner_role == "inspection_coordinator"
    )
    picker = ItemOwnerPicker(contacts)
    qtbot.addWidget(picker)
    picker.show_item(row)
    assert picker.itemText(0) == "The inspection co-ordinator, no one person"


def test_a_long_person_choice_does_not_widen_the_details_pane(
    qtbot: QtBot, service: InspectionService, contacts: ContactService
) -> None:
    """The picker asks for less width than its longest choice needs: the text is elided."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    row = next(r for r in service.plan_rows(inspection.id) if r.owner_role == "cpp_chair")
    picker = ItemOwnerPicker(contacts)
    qtbot.addWidget(picker)
    picker.show_item(row)
    picker.show()
    longest = picker.fontMetrics().horizontalAdvance(picker.itemText(0))
    assert picker.sizeHint().width() < longest


def test_tab_reaches_the_person_choice_just_before_the_status(
    window: MainWindow, plan: PlanSection
) -> None:
    """Tab goes checklist, Person, Status: the order they sit in on screen."""
    picker = window.findChild(ItemOwnerPicker)
    assert picker is not None
    assert next_on_tab(plan.ui.checklistView) is picker
    assert next_on_tab(picker) is plan.details.ui.statusCombo


def next_on_tab(widget: QWidget) -> QWidget:
    """The next widget in the focus chain that Tab can land on."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following
