"""The Meetings tab's work at size: showing it costs the meetings on screen, not every meeting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from inspection_desktop.storage.meetings.meeting_bulk import MeetingDraft, add_meetings_in_bulk
from inspection_desktop.ui.meetings import meeting_list_model
from inspection_desktop.ui.meetings.install import add_meetings_section
from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services
from tests.sql_counting import counting

NOTIFIED = dt.date(2026, 11, 2)
MEETINGS = 150


@pytest.fixture
def cells_asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The row of every cell the meetings list is asked for, while the test runs."""
    asked: list[int] = []
    real = meeting_list_model.MeetingListModel.data

    def counting_data(self, index, role=0):  # type: ignore[no-untyped-def]
        asked.append(index.row())
        return real(self, index, role)

    monkeypatch.setattr(meeting_list_model.MeetingListModel, "data", counting_data)
    return asked


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, PlanSection, MeetingsSection]:
    """Plan and Meetings tabs at 1366 by 768 over an inspection with many meetings."""
    inspection = services.inspections.create_inspection("Glenmorven", NOTIFIED)
    calendar = services.inspections.calendar(inspection.id)
    drafts = [
        MeetingDraft(
            title=f"Working group {n}",
            week=1 + n % 10,
            starts=dt.datetime(2026, 11, 3, 10) + dt.timedelta(days=n % 60),
            duration_minutes=60,
            venue="Room 3",
        )
        for n in range(MEETINGS)
    ]
    add_meetings_in_bulk(services.database, inspection.id, calendar, drafts)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    held = add_meetings_section(window, services)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_section(held)
    QApplication.processEvents()
    window.show_section(plan)
    QApplication.processEvents()
    return window, plan, held.section


def test_showing_the_meetings_tab_asks_only_for_the_rows_on_screen(
    qtbot: QtBot, services: Services, cells_asked: list[int]
) -> None:
    """Going back to the Meetings tab paints the meetings in view, never sizes to every row."""
    window, _plan, meetings = _window(qtbot, services)
    assert meetings.list_model.rowCount() >= MEETINGS
    view = meetings.ui.meetingsView
    on_screen = view.viewport().height() // view.verticalHeader().defaultSectionSize() + 2
    cells_asked.clear()
    window.show_section(meetings)
    QApplication.processEvents()
    assert cells_asked
    assert len(set(cells_asked)) <= on_screen


def test_showing_the_meetings_tab_again_reads_nothing(qtbot: QtBot, services: Services) -> None:
    """With nothing changed since it was last shown, the Meetings tab reads no meeting again."""
    window, _plan, meetings = _window(qtbot, services)
    with counting(services.database.engine) as work:
        window.show_section(meetings)
        QApplication.processEvents()
    assert work.statements == []


def test_no_meetings_column_sizes_itself_to_its_contents(qtbot: QtBot, services: Services) -> None:
    """Every column's width comes from the header, the font or the space left, never the rows."""
    _main, _plan, meetings = _window(qtbot, services)
    header = meetings.ui.meetingsView.horizontalHeader()
    modes = {header.sectionResizeMode(column) for column in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
