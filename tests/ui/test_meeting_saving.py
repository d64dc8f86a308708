"""Saving a meeting pack or the calendar: the file gets its ending and the user is told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspection_desktop.composition import open_services
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.meetings.install import add_meetings_section
from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
from inspection_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def section(qtbot: QtBot, demo_db_path: Path) -> Iterator[MeetingsSection]:
    """The Meetings section on the demo inspection, in front."""
    services = open_services(demo_db_path)
    window = MainWindow(services, services.inspections.current_inspection_id())
    qtbot.addWidget(window)
    meetings = add_meetings_section(window, services)
    window.show_section(meetings)
    window.show()
    yield meetings.section
    services.close()


def test_a_calendar_saved_without_an_ending_gets_ics(
    section: MeetingsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "meetings" in the save box writes meetings.ics."""
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: folder / "meetings")
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    section.ui.exportCalendarButton.click()
    assert [path.name for path in folder.iterdir()] == ["meetings.ics"]


def test_saving_the_pack_says_where_it_went(
    section: MeetingsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Save pack as PDF, a message names the file written."""
    told: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: tmp_path / "pack.pdf")
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, _title, text: told.append(text))
    section.documents.ui.savePdfButton.click()
    assert told == [f"Saved to {tmp_path / 'pack.pdf'}."]
