"""The main window driven as a co-ordinator would: create, tick, undo, views, filter, move."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.checklist_views import ChecklistView
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.plan.checklist_model import COLUMN_ATTENTION, COLUMN_TITLE
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.move_item_dialog import MoveItemDialog
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.ui.shell.new_inspection_dialog import NewInspectionDialog
from inspection_desktop.usecases.services import Services

D = dt.date


@pytest.fixture
def window(qtbot: QtBot, service: InspectionService, services: Services) -> MainWindow:
    """A window on an inspection notified on 2 November 2026 (today is 28 November)."""
    inspection = service.create_inspection("Test Partnership", D(2026, 11, 2))
    main_window = MainWindow(services, inspection.id)
    qtbot.addWidget(main_window)
    add_plan_section(main_window, services)
    main_window.show()
    return main_window


@pytest.fixture
def plan(window: MainWindow) -> PlanSection:
    """The window's Plan tab."""
    section = window.findChild(PlanSection)
    assert section is not None
    return section


def shown_titles(window: PlanSection) -> list[str]:
    """Titles of the items the checklist shows, in order."""
    proxy = window.ui.checklistView.model()
    titles = []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        titles += [proxy.index(r, 0, parent).data() for r in range(proxy.rowCount(parent))]
    return titles


def row_by_key(service: InspectionService, window: PlanSection, key: str):  # type: ignore[no-untyped-def]
    """The plan row with a template key."""
    assert window.inspection_id is not None
    return next(r for r in service.plan_rows(window.inspection_id) if r.key == key)


def test_creating_an_inspection_through_the_dialog_opens_its_plan(
    qtbot: QtBot, service: InspectionService, services: Services, when_dialog_opens: Any
) -> None:
    """File > New inspection asks for name and date, then shows the new plan."""
    main_window = MainWindow(services)
    qtbot.addWidget(main_window)
    plan = add_plan_section(main_window, services)
    main_window.show()

    def fill_in(dialog: NewInspectionDialog) -> None:
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.ui.areaEdit, "Loch Ard Partnership")
        dialog.ui.notifiedEdit.setDate(
            dialog.ui.notifiedEdit.date().fromString("2026-03-04", "yyyy-MM-dd")
        )
        assert "2 – 8 March 2026" in dialog.ui.weekOneLabel.text()
        ok.click()

    when_dialog_opens(NewInspectionDialog, fill_in)
    with qtbot.waitSignal(main_window.inspection_opened, timeout=5000):
        main_window.ui.actionNewInspection.trigger()
    [inspection] = service.list_inspections()
    assert (inspection.area, inspection.notified_on) == ("Loch Ard Partnership", D(2026, 3, 4))
    assert "Loch Ard Partnership" in main_window.ui.inspectionHeading.text()
    assert len(shown_titles(plan)) == service.count_items(inspection.id)


def test_ticking_an_item_marks_it_done_and_ctrl_z_undoes_it(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """The checkbox ticks an item done; Undo puts the earlier status back."""
    row = row_by_key(service, plan, "w1-notification-letter")
    index = plan.checklist_model.index_of_item(row.id)
    plan.checklist_model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert service.plan_row(row.id).status is ItemStatus.DONE
    assert service.plan_row(row.id).completed_on == D(2026, 11, 28)
    window.activateWindow()
    plan.ui.checklistView.setFocus()
    qtbot.keyClick(plan.ui.checklistView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.plan_row(row.id).status is ItemStatus.NOT_STARTED
    window.redo_action.trigger()
    assert service.plan_row(row.id).status is ItemStatus.DONE


def test_space_on_the_selected_item_ticks_it(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """The keyboard alone can tick an item."""
    row = row_by_key(service, plan, "w2-start-inspection-material")
    assert plan.select_item(row.id)
    plan.ui.checklistView.setFocus()
    qtbot.keyClick(plan.ui.checklistView, " ")
    qtbot.waitUntil(lambda: service.plan_row(row.id).status is ItemStatus.DONE)


def test_status_actions_follow_keyboard_shortcuts(
    window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """Item > Mark in progress changes the selected item's status."""
    row = row_by_key(service, plan, "w7-return-pir")
    plan.select_item(row.id)
    plan.ui.actionInProgress.trigger()
    assert service.plan_row(row.id).status is ItemStatus.IN_PROGRESS
    assert plan.details.ui.statusCombo.currentText() == "In progress"


def test_overdue_items_are_marked_by_text_and_colour(
    window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """With today fixed at 28 November, the week-3 items (due 20 November) are overdue."""
    row = row_by_key(service, plan, "w3-documents-sent")
    index = plan.checklist_model.index_of_item(row.id)
    attention = index.siblingAtColumn(COLUMN_ATTENTION)
    assert attention.data() == "Overdue by 8 days"
    assert attention.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in window.ui.weekSummaryLabel.text()


def test_overdue_view_shows_only_overdue_items(
    window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """Choosing the overdue view hides items that are in time."""
    plan.set_view(ChecklistView.OVERDUE)
    titles = shown_titles(plan)
    rows = service.plan_rows(plan.inspection_id or 0)
    expected = [r.title for r in rows if r.is_overdue(D(2026, 11, 28))]
    assert titles and sorted(titles) == sorted(expected)
    assert plan.ui.actionViewOverdue.isChecked()


def test_by_owner_view_groups_under_owner_names(window: MainWindow, plan: PlanSection) -> None:
    """The owner view's headings are role names."""
    plan.ui.actionViewByOwner.trigger()
    proxy = plan.ui.checklistView.model()
    headings = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert any(h.startswith("Inspection co-ordinator") for h in headings)


def test_typing_in_find_filters_the_checklist(
    qtbot: QtBot, window: MainWindow, plan: PlanSection
) -> None:
    """Only matching items (and their week headings) stay visible."""
    qtbot.keyClicks(plan.ui.filterEdit, "identify sibling")
    assert shown_titles(plan) == ["Identify sibling groups in the sample"]


def test_moving_an_item_shows_it_as_moved_and_can_be_undone(
    qtbot: QtBot,
    window: MainWindow,
    plan: PlanSection,
    service: InspectionService,
    when_dialog_opens: Any,
) -> None:
    """Move date pins the item; the checklist says so; Undo puts it back."""
    row = row_by_key(service, plan, "w11-initial-meeting")
    plan.select_item(row.id)

    def choose_date(dialog: MoveItemDialog) -> None:
        dialog.ui.dateEdit.setDate(dialog.ui.dateEdit.date().addDays(3))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(MoveItemDialog, choose_date)
    plan.ui.actionMoveDate.trigger()
    moved = service.plan_row(row.id)
    assert moved.moved and moved.due == row.due + dt.timedelta(days=3)
    index = plan.checklist_model.index_of_item(row.id)
    assert "Moved by hand" in index.siblingAtColumn(COLUMN_ATTENTION).data()
    window.undo_action.trigger()
    assert not service.plan_row(row.id).moved


def test_saving_notes_keeps_them_and_undo_restores_the_old_text(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """Notes typed in the detail panel are saved with the item."""
    row = row_by_key(service, plan, "w7-return-pir")
    plan.select_item(row.id)
    plan.details.ui.notesEdit.setPlainText("Export from the case system on 1 December")
    plan.details.ui.saveNotesButton.click()
    assert service.plan_row(row.id).notes == "Export from the case system on 1 December"
    window.undo_action.trigger()
    assert service.plan_row(row.id).notes == ""


def test_item_title_column_is_checkable(
    window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """Items carry a tick box; headings do not."""
    row = row_by_key(service, plan, "w7-return-pir")
    index = plan.checklist_model.index_of_item(row.id)
    assert index.column() == COLUMN_TITLE
    assert index.data(Qt.ItemDataRole.CheckStateRole) is not None
    heading = plan.checklist_model.index(0, 0)
    assert heading.data(Qt.ItemDataRole.CheckStateRole) is None


def test_clicking_an_item_on_the_timeline_selects_it_in_the_checklist(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """The timeline and the checklist share one selection."""
    row = row_by_key(service, plan, "w8-staff-survey-closes")
    rect = plan.timeline.entry_rect(row.id)
    assert rect.isValid()
    qtbot.mouseClick(plan.timeline.timeline, Qt.MouseButton.LeftButton, pos=rect.center())
    assert plan.selected_item_id() == row.id
    assert plan.details.ui.itemTitleLabel.text() == row.title


def test_timeline_click_on_an_item_hidden_by_the_view_shows_the_full_plan(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """Choosing an item the overdue view hides switches back to all items."""
    row = row_by_key(service, plan, "w11-file-reader-training")
    plan.set_view(ChecklistView.OVERDUE)
    plan.timeline.item_selected.emit(row.id)
    assert plan.current_view() is ChecklistView.BY_WEEK
    assert plan.selected_item_id() == row.id


def test_a_section_added_beside_the_plan_is_told_the_inspection(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Sections (contacts, meetings) learn which inspection is open."""
    from PySide6.QtWidgets import QWidget

    class Section(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[int] = []

        def set_inspection(self, inspection_id: int) -> None:
            self.seen.append(inspection_id)

    section = Section()
    window.add_section("Extra", section)
    assert section.seen == [window.inspection_id]
    assert window.ui.sectionTabs.count() == 2


def test_opening_an_inspection_selects_the_first_overdue_item(
    window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """The co-ordinator lands on the work that is late."""
    today = D(2026, 11, 28)
    rows = sorted(service.plan_rows(plan.inspection_id or 0), key=lambda r: (r.due, r.position))
    first_overdue = next(r for r in rows if r.is_overdue(today))
    assert plan.selected_item_id() == first_overdue.id


def test_escape_in_find_clears_the_filter(
    qtbot: QtBot, window: MainWindow, plan: PlanSection
) -> None:
    """Esc in the Find box brings every item back."""
    everything = len(shown_titles(plan))
    window.activateWindow()
    plan.ui.filterEdit.setFocus()
    qtbot.keyClicks(plan.ui.filterEdit, "identify sibling")
    assert len(shown_titles(plan)) == 1
    qtbot.keyClick(plan.ui.filterEdit, Qt.Key.Key_Escape)
    assert plan.ui.filterEdit.text() == ""
    assert len(shown_titles(plan)) == everything


def test_the_plans_menu_shortcuts_work_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, service: InspectionService
) -> None:
    """Ctrl+2 (Item > Mark in progress), added to the shell's menus by the plan, still works."""
    row = row_by_key(service, plan, "w7-return-pir")
    plan.select_item(row.id)
    window.activateWindow()
    plan.ui.checklistView.setFocus()
    qtbot.keyClick(plan.ui.checklistView, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert service.plan_row(row.id).status is ItemStatus.IN_PROGRESS


def test_the_menu_bar_keeps_its_order_with_the_plans_item_menu(window: MainWindow) -> None:
    """File, Edit, Item, View, Inspection, Help: the plan's Item menu sits after Edit."""
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert titles == ["&File", "&Edit", "&Item", "&View", "I&nspection", "&Help"]


def test_the_shells_commands_get_their_shortcuts_once_the_database_is_open(
    qtbot: QtBot, services: Services
) -> None:
    """The empty window shown first has no shortcuts; with the services they all answer."""
    from PySide6.QtGui import QKeySequence

    empty = MainWindow()
    qtbot.addWidget(empty)
    assert empty.ui.actionQuit.shortcut().isEmpty()
    empty.attach_services(services)
    ui = empty.ui
    shortcuts = {
        action.shortcut().toString()
        for action in (ui.actionNewInspection, ui.actionSwitchInspection, ui.actionQuit)
    }
    assert shortcuts == {"Ctrl+N", "Ctrl+O", "Ctrl+Q"}
    assert empty.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert empty.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
