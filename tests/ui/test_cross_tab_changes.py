"""An edit on one tab reaches every other tab that shows the same people or meetings."""

from __future__ import annotations

import pytest

from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection
from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
from inspection_desktop.ui.people.contacts_section import ContactsSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.file_reading.readers import TRAINING_ITEM_KEY
from inspection_desktop.usecases.services import Services
from tests.ui.sections import section_of


@pytest.fixture
def services(demo_services: Services) -> Services:
    """Every service over a copy of the demo database."""
    return demo_services


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The window on the demo inspection with every feature, as the app builds it."""
    return demo_window


def section(window: MainWindow, kind: type) -> object:
    """The window's one section of a kind (made now if its tab waits to be first shown)."""
    return section_of(window, kind)


def reader_names(window: MainWindow) -> set[str]:
    """The readers the File reading tab shows, read when it is brought to the front."""
    reading = section(window, FileReadingSection)
    assert isinstance(reading, FileReadingSection)
    window.show_section(reading)
    assert reading.view is not None
    return {reader.name for reader in reading.view.readers}


def test_a_file_reader_added_in_people_is_on_the_file_reading_tab(window: MainWindow) -> None:
    """Once looked at, File reading shows a reader added afterwards on the People tab."""
    assert "Catriona Synthetic" not in reader_names(window)
    people = section(window, ContactsSection)
    assert isinstance(people, ContactsSection)
    window.show_section(people)
    people.add_contact(
        ContactDraft(
            name="Catriona Synthetic",
            organisation="Glenmorven Council",
            roles=("local_file_reader",),
        )
    )
    assert "Catriona Synthetic" in reader_names(window)


def test_training_attendance_marked_in_meetings_counts_on_file_reading(
    window: MainWindow, services: Services
) -> None:
    """A reader marked present at the training meeting is trained on the File reading tab."""
    reading = section(window, FileReadingSection)
    assert isinstance(reading, FileReadingSection)
    window.show_section(reading)
    assert reading.view is not None
    untrained = next(r for r in reading.view.readers if r.trained is False)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    item_ids = services.inspections.item_ids_with_key(inspection_id, TRAINING_ITEM_KEY)
    (training_id,) = services.meetings.meeting_ids_for_items(item_ids)
    meetings = section(window, MeetingsSection)
    assert isinstance(meetings, MeetingsSection)
    window.show_section(meetings)
    meetings.select_meeting(training_id)
    attendee = services.meetings.add_attendee(training_id, name=untrained.name)
    meetings.minutes.reload()
    row = next(
        n for n in range(meetings.minutes.attendees.rowCount())
        if meetings.minutes.attendees.row_at(n).id == attendee
    )  # fmt: skip
    meetings.minutes.ui.attendeesView.selectRow(row)
    meetings.minutes.set_attendance(Attendance.PRESENT)
    window.show_section(reading)
    now = next(r for r in reading.view.readers if r.contact_id == untrained.contact_id)
    assert now.trained is True
