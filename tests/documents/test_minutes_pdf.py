"""Tests for the printed minutes, read back from the PDF."""

from __future__ import annotations

from collections.abc import Callable

from pypdf import PdfReader

from inspection_desktop.documents.meetings.minutes_pdf import render_minutes
from inspection_desktop.domain.meetings.examples import example_week4_minutes
from inspection_desktop.domain.meetings.meeting import Meeting, PackContext


def test_minutes_list_who_came_and_who_sent_apologies(
    context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """Present and apologies are listed separately, names intact."""
    reader = read_pdf(render_minutes(example_week4_minutes(), context))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    present = text.split("Present:")[1].split("Apologies:")[0]
    apologies = text.split("Apologies:")[1].split("Notes by agenda item")[0]
    assert "Łukasz Wójcik" in present and "Tomás Ó" in present
    assert "Fiona Baxter" in apologies and "Gráinne Nic Aoidh" in apologies
    assert "Fiona Baxter" not in present


def test_minutes_carry_notes_decisions_and_actions(
    context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """Item notes, numbered decisions and the actions table with owners and dates all print."""
    reader = read_pdf(render_minutes(example_week4_minutes(), context))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    assert "No names, dates of birth or CHI numbers to be sent." in text
    assert "Inspection planning meetings will be held on Tuesday mornings." in text
    assert "Send the names of six local file readers" in text
    assert "4 December 2026" in text
    titles = [item.title for item in reader.outline]
    assert titles == ["Minutes", "Attendance", "Notes by agenda item", "Decisions", "Actions"]


def test_minutes_of_an_empty_meeting_say_nothing_was_recorded(
    context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """A meeting with nothing recorded still prints, saying so in each section."""
    text = read_pdf(render_minutes(Meeting("Quick catch-up"), context)).pages[0].extract_text()
    assert "No decisions were recorded." in text
    assert "No actions were agreed." in text
