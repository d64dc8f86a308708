"""The meeting documents' finish from the window: Word agenda and minutes, marking, dividers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.meetings.install import add_meetings_section
from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services

WEEK_FOUR = "Meet the inspection lead and depute"


@pytest.fixture
def services(demo_services: Services) -> Services:
    """Services over a copy of the demo."""
    return demo_services


@pytest.fixture
def section(qtbot: QtBot, services: Services) -> MeetingsSection:
    """The Meetings section with the week-4 meeting open."""
    window = MainWindow(services, services.inspections.current_inspection_id())
    qtbot.addWidget(window)
    held = add_meetings_section(window, services)
    window.show_section(held)
    window.show()
    meetings = held.section
    model = meetings.list_model
    meetings.select_meeting(
        next(
            model.meeting_at(row).id
            for row in range(model.rowCount())
            if model.meeting_at(row).title == WEEK_FOUR
        )
    )
    return meetings


def test_the_agenda_is_saved_in_word_from_the_window(
    section: MeetingsSection, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Save in Word › Agenda writes a .docx holding the agenda's items."""
    target = tmp_path / "agenda.docx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    menu = section.documents.ui.wordButton.menu()
    next(a for a in menu.actions() if a.text() == "Agenda in Word…").trigger()
    texts = "\n".join(c.text for row in Document(str(target)).tables[0].rows for c in row.cells)
    assert "Key dates and deadlines" in texts


def test_the_chosen_marking_and_no_dividers_shape_the_pack(section: MeetingsSection) -> None:
    """OFFICIAL chosen over the default; without dividers the pack is two pages shorter."""
    panel = section.documents
    with_dividers = len(PdfReader(io.BytesIO(panel.document_bytes("pack"))).pages)
    panel.ui.markingCombo.setCurrentText("OFFICIAL")
    panel.ui.dividersCheck.setChecked(False)
    pack = PdfReader(io.BytesIO(panel.document_bytes("pack")))
    first = pack.pages[0].extract_text()
    assert "OFFICIAL" in first and "OFFICIAL-SENSITIVE" not in first
    assert len(pack.pages) == with_dividers - 2


def test_the_letterheads_logo_goes_on_the_pack_cover(
    section: MeetingsSection, services: Services, tmp_path: Path
) -> None:
    """A logo set once with the letterhead is on the cover of the meeting pack."""
    from dataclasses import replace

    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (29, 78, 137)).save(logo)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    head = services.letters.letterhead(inspection_id)
    services.letters.save_letterhead(inspection_id, replace(head, logo_path=logo))
    pack = PdfReader(io.BytesIO(section.documents.document_bytes("pack")))
    assert len(pack.pages[0].images) == 1
