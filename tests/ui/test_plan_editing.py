"""The plan as the co-ordinator's tracker, in the window: add, edit, delete, bulk, import,
export, print preview, and the inspection edited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.items import ItemOrigin, ItemStatus
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.plan.inspection_edit_dialog import InspectionEditDialog
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.item_editor_dialog import ItemEditorDialog
from inspection_desktop.ui.plan.plan_editing import PlanEditing
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.plan.tracker_import_dialog import TrackerImportDialog
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services

D = dt.date


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    """A window on an inspection notified on 2 November 2026 (today is 28 November)."""
    inspection = services.inspections.create_inspection("Test Partnership", D(2026, 11, 2))
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


@pytest.fixture
def editing(plan: PlanSection) -> PlanEditing:
    """The plan's editing commands."""
    assert plan.editing is not None
    return plan.editing


def _titles(plan: PlanSection) -> list[str]:
    proxy = plan.ui.checklistView.model()
    titles = []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        titles += [proxy.index(r, 0, parent).data() for r in range(proxy.rowCount(parent))]
    return titles


def _select(plan: PlanSection, item_ids: list[int]) -> None:
    view = plan.ui.checklistView
    view.selectionModel().clearSelection()
    for item_id in item_ids:
        index = plan.checklist_model.index_of_item(item_id)
        view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    plan.select_item(item_ids[0])
    for item_id in item_ids:
        index = plan.checklist_model.index_of_item(item_id)
        view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_an_item_added_from_the_item_menu_joins_the_checklist_selected(
    qtbot: QtBot,
    window: MainWindow,
    plan: PlanSection,
    editing: PlanEditing,
    when_dialog_opens: Any,
) -> None:
    """Item › Add an item of your own: the form's item is listed, selected, and undoable."""

    def fill_in(dialog: ItemEditorDialog) -> None:
        qtbot.keyClicks(dialog.ui.titleEdit, "Book the file-reading base")
        dialog.ui.weekSpin.setValue(6)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(ItemEditorDialog, fill_in)
    editing.action_add.trigger()
    assert "Book the file-reading base" in _titles(plan)
    row = plan.plan_row(plan.selected_item_id())
    assert row is not None and (row.title, row.origin) == (
        "Book the file-reading base",
        ItemOrigin.OWN,
    )
    window.undo_stack.undo()
    assert "Book the file-reading base" not in _titles(plan)


def test_editing_a_guide_item_rewords_it_in_the_checklist(
    qtbot: QtBot, plan: PlanSection, editing: PlanEditing, when_dialog_opens: Any
) -> None:
    """Item › Edit item opens the form on the selected item; saved, the new title shows."""
    first = plan.selected_item_id()
    assert first is not None

    def reword(dialog: ItemEditorDialog) -> None:
        assert "From the guide" in dialog.ui.originLabel.text()
        dialog.ui.titleEdit.setText("Our own wording")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(ItemEditorDialog, reword)
    editing.action_edit.trigger()
    assert "Our own wording" in _titles(plan)


def test_delete_removes_the_selected_items_and_undo_brings_them_back(
    window: MainWindow, plan: PlanSection, editing: PlanEditing, services: Services
) -> None:
    """Two items selected and deleted leave the checklist together; one Ctrl+Z restores both."""
    assert window.inspection_id is not None
    rows = services.inspections.plan_rows(window.inspection_id)[:2]
    _select(plan, [row.id for row in rows])
    editing.action_delete.trigger()
    shown = _titles(plan)
    assert rows[0].title not in shown and rows[1].title not in shown
    window.undo_stack.undo()
    shown = _titles(plan)
    assert rows[0].title in shown and rows[1].title in shown


def test_a_status_shortcut_on_several_selected_items_marks_them_all(
    window: MainWindow, plan: PlanSection, services: Services
) -> None:
    """Ctrl+3 with three items selected marks all three done, as one undoable change."""
    assert window.inspection_id is not None
    ids = [row.id for row in services.inspections.plan_rows(window.inspection_id)[3:6]]
    _select(plan, ids)
    plan.ui.actionDone.trigger()
    assert {services.inspections.plan_row(i).status for i in ids} == {ItemStatus.DONE}
    window.undo_stack.undo()
    assert {services.inspections.plan_row(i).status for i in ids} == {ItemStatus.NOT_STARTED}


def test_a_deleted_guide_item_is_brought_back_from_the_item_menu(
    window: MainWindow,
    plan: PlanSection,
    editing: PlanEditing,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Item › Bring back a deleted item lists it; chosen, it returns to the checklist."""
    assert window.inspection_id is not None
    row = services.inspections.plan_rows(window.inspection_id)[0]
    _select(plan, [row.id])
    editing.action_delete.trigger()
    offered: list[list[str]] = []

    def choose(
        _parent: object, _title: str, _label: str, choices: list[str], *_rest: object
    ) -> int:
        offered.append(list(choices))
        return 0

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    editing.action_bring_back.trigger()
    assert offered == [[f"Week 1: {row.title} (From the guide)"]]
    assert row.title in _titles(plan)


def test_export_writes_the_workbook_chosen(
    editing: PlanEditing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Export plan to a .xlsx name writes a workbook that opens."""
    target = tmp_path / "our plan.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    editing.action_export.trigger()
    assert load_workbook(target).sheetnames[0] == "Plan"


def test_a_pdf_export_asks_for_the_marking_and_prints_it(
    editing: PlanEditing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The marking asked for is the one on the page."""
    from pypdf import PdfReader

    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("OFFICIAL", True))
    editing.action_export.trigger()
    text = PdfReader(target).pages[0].extract_text()
    assert "OFFICIAL" in text and "OFFICIAL-SENSITIVE" not in text


def test_print_preview_shows_the_plan(
    qtbot: QtBot, window: MainWindow, editing: PlanEditing
) -> None:
    """File › Print preview opens the plan's PDF in the preview."""
    from inspection_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

    editing.action_preview.trigger()
    preview = window.findChild(PdfPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() > 1)
    preview.close()


def test_a_tracker_imported_through_the_preview_joins_the_plan(
    qtbot: QtBot,
    plan: PlanSection,
    editing: PlanEditing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    when_dialog_opens: Any,
) -> None:
    """The preview says what is refused; OK imports the rest."""
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("Task,Due\nOrder lanyards,2/12/2026\nNo date here,\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *_args: tracker)
    seen: list[str] = []

    def confirm(dialog: TrackerImportDialog) -> None:
        seen.append(dialog.ui.summaryLabel.text())
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(TrackerImportDialog, confirm)
    editing.action_import.trigger()
    assert seen == ["1 to import, 1 refused"]
    assert "Order lanyards" in _titles(plan)


def test_a_new_notification_date_is_previewed_then_moves_the_plan(
    qtbot: QtBot,
    window: MainWindow,
    editing: PlanEditing,
    services: Services,
    when_dialog_opens: Any,
) -> None:
    """Inspection › Edit the inspection lists the moving dates before saving them."""
    assert window.inspection_id is not None
    listed: list[str] = []

    def change_date(dialog: InspectionEditDialog) -> None:
        dialog.ui.notifiedEdit.setDate(dialog.ui.notifiedEdit.date().addDays(7))
        listed.append(dialog.ui.movesLabel.text())
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(InspectionEditDialog, change_date)
    editing.action_edit_inspection.trigger()
    assert listed and listed[0].endswith(
        "will move. Items you pinned to a date by hand stay where they are."
    )
    inspection = services.inspections.get_inspection(window.inspection_id)
    assert inspection.notified_on == D(2026, 11, 9)


def test_an_overdue_meeting_action_counts_in_the_header(
    window: MainWindow, services: Services
) -> None:
    """An action added at a meeting, due last week and not on the checklist, is "overdue"."""
    assert window.inspection_id is not None
    before = window.ui.weekSummaryLabel.text()
    meeting_id = services.meetings.add_meeting(window.inspection_id, "Team catch-up")
    services.meetings.add_action(meeting_id, "Send the room list", "", D(2026, 11, 20))
    from inspection_desktop.usecases.changes import MEETINGS, Change

    window.announce(Change("add an action", frozenset({MEETINGS})))
    overdue_before = int(before.split(" overdue")[0].rsplit("· ", 1)[-1])
    assert f"{overdue_before + 1} overdue" in window.ui.weekSummaryLabel.text()


def test_the_demo_says_it_is_a_demo(qtbot: QtBot, services: Services) -> None:
    """Title and banner say "demo"; the banner's button starts one's own inspection."""
    from inspection_desktop.demo.inspection import add_demo_inspection

    demo = add_demo_inspection(services)
    main_window = MainWindow(services, demo.id)
    qtbot.addWidget(main_window)
    main_window.show()
    assert "(demo)" in main_window.windowTitle()
    assert main_window.ui.demoBanner.isVisible()
    assert main_window.ui.startOwnButton.text() == "Start your own inspection…"


def test_a_real_inspection_has_no_demo_banner(window: MainWindow) -> None:
    """Only the demo carries the banner."""
    assert not window.ui.demoBanner.isVisible()
    assert "(demo)" not in window.windowTitle()


def test_a_search_with_no_match_says_so_and_how_to_clear_it(
    qtbot: QtBot, plan: PlanSection
) -> None:
    """Typing a word no item holds shows the empty-state line."""
    qtbot.keyClicks(plan.ui.filterEdit, "xyzzy")
    assert plan.ui.checklistNoticeLabel.isVisible()
    assert plan.ui.checklistNoticeLabel.text() == "No match for “xyzzy” — Esc clears the search."
    plan.ui.filterEdit.clear()
    assert not plan.ui.checklistNoticeLabel.isVisible()


def test_deleting_the_only_inspection_after_confirming_leaves_no_trace_of_it(
    window: MainWindow,
    editing: PlanEditing,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Confirmed, it is gone; with nothing left and no new one started, the demo opens."""
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_args: True)
    window.ui.actionNewInspection.triggered.disconnect()
    editing.action_delete_inspection.trigger()
    areas = {i.area for i in services.inspections.list_inspections(include_archived=True)}
    assert "Test Partnership" not in areas
    assert "(demo)" in window.windowTitle()


def test_deleting_is_refused_without_confirmation(
    window: MainWindow, editing: PlanEditing, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answering No keeps the inspection."""
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_args: False)
    editing.action_delete_inspection.trigger()
    assert services.inspections.list_inspections() != []


def test_archiving_opens_the_other_inspection(
    window: MainWindow, editing: PlanEditing, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archived inspection hands the window to the next most recent one."""
    other = services.inspections.create_inspection("Other Partnership", D(2026, 9, 7))
    archived = window.inspection_id
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_args: True)
    editing.action_archive.trigger()
    assert window.inspection_id == other.id
    assert archived not in {i.id for i in services.inspections.list_inspections()}


def test_the_delete_key_deletes_items_only_from_the_checklist(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, services: Services
) -> None:
    """Delete in the notes box edits the notes; in the checklist it deletes the item."""
    from PySide6.QtCore import Qt

    item_id = plan.selected_item_id()
    assert item_id is not None and window.inspection_id is not None
    window.activateWindow()
    notes = plan.details.ui.notesEdit
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Delete)
    assert item_id in {r.id for r in services.inspections.plan_rows(window.inspection_id)}
    plan.ui.checklistView.setFocus()
    qtbot.keyClick(plan.ui.checklistView, Qt.Key.Key_Delete)
    assert item_id not in {r.id for r in services.inspections.plan_rows(window.inspection_id)}


def test_f2_in_the_checklist_opens_the_selected_item(
    qtbot: QtBot, window: MainWindow, plan: PlanSection, when_dialog_opens: Any
) -> None:
    """The keyboard alone edits an item: F2 on the highlighted row opens its form."""
    from PySide6.QtCore import Qt

    row = plan.plan_row(plan.selected_item_id())
    assert row is not None
    titles: list[str] = []

    def look(dialog: ItemEditorDialog) -> None:
        titles.append(dialog.ui.titleEdit.text())
        dialog.reject()

    when_dialog_opens(ItemEditorDialog, look)
    window.activateWindow()
    plan.ui.checklistView.setFocus()
    qtbot.keyClick(plan.ui.checklistView, Qt.Key.Key_F2)
    assert titles == [row.title]
