"""The Meetings section on demo data: agenda edits, moves, actions to the checklist, preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.database import open_database
from inspection_desktop.storage.meetings.meeting_service import MeetingService
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.common import dialogs, pdf_printing
from inspection_desktop.ui.meetings.agenda_model import MINUTES, TIME, TITLE
from inspection_desktop.ui.meetings.install import add_meetings_section
from inspection_desktop.ui.meetings.meeting_tables import ACTION_CHECKLIST, ATTENDEE_ATTENDANCE
from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services

WEEK_FOUR = "Meet the inspection lead and depute"
WEEK_TWO = "Participation and engagement meeting"


@pytest.fixture
def service(demo_db_path: Path) -> Iterator[InspectionService]:
    """The inspection service over a copy of the demo database."""
    database = open_database(demo_db_path)
    yield InspectionService(database)
    database.dispose()


@pytest.fixture
def window(qtbot: QtBot, service: InspectionService, services: Services) -> MainWindow:
    """The main window on the demo inspection, with the Meetings section wired as the app does."""
    main_window = MainWindow(services, service.current_inspection_id())
    qtbot.addWidget(main_window)
    add_plan_section(main_window, services)
    main_window.show()
    return main_window


@pytest.fixture
def section(window: MainWindow, services: Services) -> MeetingsSection:
    """The Meetings section of the window, in front."""
    meetings_section = add_meetings_section(window, services)
    window.show_section(meetings_section)
    return meetings_section.section


def open_meeting(section: MeetingsSection, title: str) -> int:
    """Open a meeting by title in the editor and return its id."""
    model = section.list_model
    meeting_id = next(
        model.meeting_at(row).id
        for row in range(model.rowCount())
        if model.meeting_at(row).title == title
    )
    section.select_meeting(meeting_id)
    assert section.current_meeting_id == meeting_id
    return meeting_id


def test_opening_lists_every_plan_meeting(
    section: MeetingsSection, service: InspectionService, window: MainWindow
) -> None:
    """Each meeting on the plan is listed, and one is open in the editor."""
    assert window.inspection_id is not None
    plan_meetings = [r for r in service.plan_rows(window.inspection_id) if r.kind == "meeting"]
    assert section.list_model.rowCount() == len(plan_meetings)
    assert section.current_meeting_id is not None


def test_changing_an_items_minutes_moves_the_later_running_times(
    section: MeetingsSection, service: InspectionService
) -> None:
    """Giving item 1 ten more minutes starts item 2 ten minutes later, and is saved."""
    meeting_id = open_meeting(section, WEEK_FOUR)
    model = section.agenda.model
    assert model.index(1, TIME).data() == "10:20–10:35"
    assert model.setData(model.index(0, MINUTES), "30")
    assert model.index(1, TIME).data() == "10:30–10:45"
    assert MeetingService(service.database, service).meeting(meeting_id).agenda[0].minutes == 30


def test_changing_the_start_time_moves_every_running_time(section: MeetingsSection) -> None:
    """A later start shows every item later."""
    open_meeting(section, WEEK_FOUR)
    edit = section.ui.startsEdit
    edit.setDateTime(edit.dateTime().addSecs(30 * 60))
    assert section.agenda.model.index(0, TIME).data() == "10:30–10:50"


def test_ctrl_down_moves_an_item_and_undo_puts_it_back(
    qtbot: QtBot, section: MeetingsSection, service: InspectionService, window: MainWindow
) -> None:
    """The keyboard moves the current item one place down; Ctrl+Z restores the order."""
    meeting_id = open_meeting(section, WEEK_FOUR)
    section.ui.editorTabs.setCurrentWidget(section.ui.agendaTab)
    meetings = MeetingService(service.database, service)
    before = meetings.agenda_order(meeting_id)
    section.agenda.select_row(0)
    section.agenda.ui.agendaView.setFocus()
    qtbot.keyClick(
        section.agenda.ui.agendaView, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
    )
    assert meetings.agenda_order(meeting_id) == [before[1], before[0], *before[2:]]
    assert section.agenda.current_row() == 1
    window.undo_stack.undo()
    assert meetings.agenda_order(meeting_id) == before
    assert section.agenda.model.item_ids() == before


def test_dropping_a_dragged_row_moves_it(
    section: MeetingsSection, service: InspectionService
) -> None:
    """A row dragged from the top and dropped before row 3 ends up third."""
    meeting_id = open_meeting(section, WEEK_FOUR)
    model = section.agenda.model
    before = model.item_ids()
    data = model.mimeData([model.index(0, TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = [before[1], before[2], before[0], *before[3:]]
    assert model.item_ids() == expected
    assert MeetingService(service.database, service).agenda_order(meeting_id) == expected


def test_removing_an_item_can_be_undone(section: MeetingsSection, window: MainWindow) -> None:
    """Remove takes the item off; Undo puts it back in its place."""
    open_meeting(section, WEEK_FOUR)
    titles = [section.agenda.model.item_at(r).title for r in range(section.agenda.model.rowCount())]
    section.agenda.select_row(2)
    section.agenda.ui.removeItemButton.click()
    assert section.agenda.model.rowCount() == len(titles) - 1
    window.undo_stack.undo()
    model = section.agenda.model
    assert [model.item_at(r).title for r in range(model.rowCount())] == titles


def test_an_action_added_to_the_checklist_shows_in_the_plan_and_its_status_comes_back(
    section: MeetingsSection, window: MainWindow, service: InspectionService
) -> None:
    """Add to the checklist makes a plan item; ticking it done shows Done in the minutes."""
    open_meeting(section, WEEK_TWO)
    actions = section.minutes.actions
    row = next(r for r in range(actions.rowCount()) if actions.row_at(r).plan_item_id is None)
    description = actions.row_at(row).description
    section.minutes.ui.actionsView.selectRow(row)
    section.minutes.ui.addToChecklistButton.click()
    assert window.inspection_id is not None
    item = next(r for r in service.plan_rows(window.inspection_id) if r.title == description)
    plan = window.findChild(PlanSection)
    assert plan is not None
    assert plan.select_item(item.id)
    assert item.guide_notes == f"From the meeting: {WEEK_TWO}"
    plan.set_item_status(item.id, ItemStatus.DONE)
    done_row = next(
        r for r in range(actions.rowCount()) if actions.row_at(r).plan_item_id == item.id
    )
    assert actions.index(done_row, ACTION_CHECKLIST).data() == "Done"


def test_saving_details_keeps_title_and_venue(
    section: MeetingsSection, service: InspectionService
) -> None:
    """Typed details are saved by Save changes."""
    meeting_id = open_meeting(section, WEEK_FOUR)
    section.ui.titleEdit.setText("Co-ordinators' meeting")
    section.ui.venueEdit.setText("Room 5")
    section.ui.saveButton.click()
    fields = MeetingService(service.database, service).meeting(meeting_id).fields
    assert (fields.title, fields.venue) == ("Co-ordinators' meeting", "Room 5")


def test_preview_pack_opens_with_every_page(qtbot: QtBot, section: MeetingsSection) -> None:
    """The pack preview shows all eleven pages of the demo's week-4 pack."""
    open_meeting(section, WEEK_FOUR)
    section.documents.ui.previewPackButton.click()
    dialog = section.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count() == 11)
    assert dialog.ui.pageLabel.text() == "Page 1 of 11"
    dialog.close()


def test_recipient_copy_preview_is_shorter(qtbot: QtBot, section: MeetingsSection) -> None:
    """Leaving confidential items out drops the confidential paper's pages."""
    open_meeting(section, WEEK_FOUR)
    section.documents.ui.recipientEdit.setText("Tomás Ó Ceallaigh")
    section.documents.ui.leaveOutCheck.setChecked(True)
    section.documents.ui.previewPackButton.click()
    dialog = section.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: 0 < dialog.page_count() < 11)
    dialog.close()


def test_printing_renders_every_page(
    qtbot: QtBot, section: MeetingsSection, tmp_path: Path
) -> None:
    """Printing the agenda to a PDF printer gives one printed page per page."""
    open_meeting(section, WEEK_FOUR)
    section.documents.ui.previewAgendaButton.click()
    dialog = section.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    assert pdf_printing.print_document(dialog.document, printer) == dialog.page_count()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count()
    dialog.close()


def test_export_calendar_writes_an_ics_file(
    section: MeetingsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Export calendar asks where to save and writes a calendar there."""
    target = tmp_path / "meetings.ics"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    section.ui.exportCalendarButton.click()
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_attaching_a_paper_shows_it_on_the_item(
    section: MeetingsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attach paper adds the chosen PDF to the current item's papers."""
    paper = tmp_path / "rooms-plan.pdf"
    paper.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *_args: paper)
    open_meeting(section, WEEK_FOUR)
    section.agenda.select_row(0)
    section.agenda.ui.attachPaperButton.click()
    [shown] = section.agenda.papers_rows()
    assert (shown.title, shown.path) == ("Rooms plan", str(paper))


def test_apologies_button_records_attendance(section: MeetingsSection) -> None:
    """Apologies marks the selected person as having sent apologies."""
    open_meeting(section, WEEK_FOUR)
    section.minutes.ui.attendeesView.selectRow(1)
    section.minutes.ui.apologiesButton.click()
    assert section.minutes.attendees.index(1, ATTENDEE_ATTENDANCE).data() == "Apologies"


def test_preview_save_writes_the_pdf(
    qtbot: QtBot, section: MeetingsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save… in the preview writes the very PDF shown, adding .pdf when left off."""
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: tmp_path / "agenda")
    open_meeting(section, WEEK_FOUR)
    section.documents.ui.previewAgendaButton.click()
    dialog = section.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    dialog.ui.saveButton.click()
    assert len(PdfReader(tmp_path / "agenda.pdf").pages) == dialog.page_count()
    dialog.close()


def test_print_pack_prints_every_page_to_the_chosen_printer(
    section: MeetingsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print pack sends all eleven pages to the printer the print dialog gave."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    monkeypatch.setattr(pdf_printing, "ask_printer", lambda *_args: printer)
    open_meeting(section, WEEK_FOUR)
    section.documents.ui.printButton.click()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 11


def test_add_and_delete_a_meeting_of_ones_own(
    section: MeetingsSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Add meeting asks for a title and opens it; Delete meeting removes it after a yes."""
    count = section.list_model.rowCount()
    monkeypatch.setattr(dialogs, "ask_text", lambda *_args: "Rooms and logistics")
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_args: True)
    section.ui.addMeetingButton.click()
    assert section.list_model.rowCount() == count + 1
    assert section.ui.titleEdit.text() == "Rooms and logistics"
    section.ui.deleteMeetingButton.click()
    assert section.list_model.rowCount() == count


def test_print_from_the_preview_prints_the_document_shown(
    qtbot: QtBot, section: MeetingsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print… in the preview sends every page of the previewed agenda to the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(pdf_printing, "ask_printer", lambda *_args: printer)
    open_meeting(section, WEEK_FOUR)
    section.documents.ui.previewAgendaButton.click()
    dialog = section.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    dialog.ui.printButton.click()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count()
    dialog.close()


def test_add_person_picks_from_the_register(
    qtbot: QtBot, section: MeetingsSection, services: Services, when_dialog_opens: Any
) -> None:
    """Add person lists the register; the one found by searching joins the meeting."""
    from inspection_desktop.ui.meetings.person_picker_dialog import PersonPickerDialog

    meeting_id = open_meeting(section, WEEK_TWO)

    def pick(dialog: PersonPickerDialog) -> None:
        qtbot.keyClicks(dialog.ui.searchEdit, "Okonkwo")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(PersonPickerDialog, pick)
    section.minutes.ui.addAttendeeButton.click()
    names = [a.name for a in services.meetings.meeting(meeting_id).attendees]
    assert "Daniel Okonkwo" in names
