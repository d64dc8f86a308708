"""A meeting moved off a bank holiday says so where the meeting is shown."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from inspection_desktop.ui.meetings.install import add_meetings_section
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.plan.inspections import start_inspection
from inspection_desktop.usecases.services import Services


def test_the_week_four_meeting_of_a_november_start_says_it_left_christmas_day(
    qtbot: QtBot, services: Services
) -> None:
    """Notified 30 November, week 4 ends on Christmas Day: the meeting is on Christmas Eve and
    its heading says why."""
    inspection = start_inspection(services, "Test Partnership", dt.date(2026, 11, 30))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_plan_section(window, services)
    held = add_meetings_section(window, services)
    window.show_section(held)
    window.show()
    section = held.section
    model = section.list_model
    meeting_id = next(
        model.meeting_at(row).id
        for row in range(model.rowCount())
        if model.meeting_at(row).title == "Meet the inspection lead and depute"
    )
    section.select_meeting(meeting_id)
    heading = section.ui.meetingHeading.text()
    assert "24 December 2026" in heading
    assert "Moved off Christmas Day (25 December 2026) to the working day before" in heading
