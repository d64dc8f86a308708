"""Tests for the printed agenda, read back from the PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspection_desktop.documents.meetings.agenda_pdf import render_agenda
from inspection_desktop.domain.meetings.meeting import AgendaItem, Meeting, PackContext
from inspection_desktop.errors import UserFacingError

A4_POINTS = (595, 842)


def test_agenda_prints_european_names_intact(
    week4_meeting: Meeting, context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """Polish, Irish and Gaelic presenters' names read back exactly as typed."""
    text = read_pdf(render_agenda(week4_meeting, context)).pages[0].extract_text()
    for name in ("Łukasz Wójcik", "Siobhán Ó Briain", "Eilidh Nic a'"):
        assert name in text


def test_agenda_shows_running_times_and_the_close(
    week4_meeting: Meeting, context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """Times run on from 10:00 and the meeting closes at 12:30."""
    text = read_pdf(render_agenda(week4_meeting, context)).pages[0].extract_text()
    assert "10:00–10:20" in text
    assert "12:15–12:30" in text
    assert "Close" in text
    assert "Tuesday 1 December 2026" in text


def test_week4_agenda_fits_on_one_a4_page_numbered(
    week4_meeting: Meeting, context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """The guide's ten items fit on one A4 page, which says "Page 1 of 1"."""
    reader = read_pdf(render_agenda(week4_meeting, context))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    assert "Page 1 of 1" in reader.pages[0].extract_text()


def test_agenda_uses_only_the_embedded_font(
    week4_meeting: Meeting,
    context: PackContext,
    read_pdf: Callable[[bytes], PdfReader],
    fonts_of: Callable[[PdfReader], set[str]],
) -> None:
    """Every font is embedded DejaVu: no Helvetica or ZapfDingbats that would drop letters."""
    fonts = fonts_of(read_pdf(render_agenda(week4_meeting, context)))
    assert fonts
    assert all("DejaVuSans" in font for font in fonts), fonts


def test_long_agenda_splits_with_the_header_row_on_every_page(
    context: PackContext,
    read_pdf: Callable[[bytes], PdfReader],
    texts_of: Callable[[PdfReader], list[str]],
) -> None:
    """A 40-item agenda runs over pages and each page repeats the column headings."""
    items = tuple(
        AgendaItem(f"Item number {n}", "Eilidh Nic a' Phearsain", 5, "Notes " * 30)
        for n in range(1, 41)
    )
    reader = read_pdf(render_agenda(Meeting("Long meeting", agenda=items), context))
    texts = texts_of(reader)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "Mins" in text and "Lead" in text
        assert f"Page {number} of {len(texts)}" in text
    assert "Item number 40" in texts[-1]


def test_markup_characters_in_user_text_print_literally(
    context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """Ampersands and angle brackets in a title are printed, not taken as markup."""
    meeting = Meeting("Budget <draft> & plan", agenda=(AgendaItem("Data & <b>ICT</b>"),))
    text = read_pdf(render_agenda(meeting, context)).pages[0].extract_text()
    assert "Budget <draft> & plan" in text
    assert "Data & <b>ICT</b>" in text


def test_agenda_has_a_bookmark(
    week4_meeting: Meeting, context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """The agenda section is bookmarked for the viewer's outline."""
    reader = read_pdf(render_agenda(week4_meeting, context))
    assert [item.title for item in reader.outline] == ["Agenda"]


def test_logo_is_drawn_when_set(
    week4_meeting: Meeting,
    context: PackContext,
    tmp_path: Path,
    read_pdf: Callable[[bytes], PdfReader],
) -> None:
    """A partnership logo appears as an image on the first page."""
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (29, 78, 137)).save(logo)
    with_logo = PackContext(context.partnership_name, context.inspection_title, logo)
    page = read_pdf(render_agenda(week4_meeting, with_logo)).pages[0]
    assert len(page.images) == 1


def test_unreadable_logo_is_a_user_facing_error(
    week4_meeting: Meeting, context: PackContext, tmp_path: Path
) -> None:
    """A logo file that is not an image gives a plain message naming the file."""
    logo = tmp_path / "logo.png"
    logo.write_text("not an image")
    bad = PackContext(context.partnership_name, context.inspection_title, logo)
    with pytest.raises(UserFacingError, match=r"logo\.png"):
        render_agenda(week4_meeting, bad)


def test_notes_longer_than_a_page_split_across_pages(
    context: PackContext,
    read_pdf: Callable[[bytes], PdfReader],
    texts_of: Callable[[PdfReader], list[str]],
) -> None:
    """One item's pages of notes run on over several pages instead of failing the layout."""
    item = AgendaItem("Long item", "Seonaidh Rothach", 10, "A long note that goes on. " * 400)
    meeting = Meeting("Long notes", agenda=(item, AgendaItem("Next item")))
    texts = texts_of(read_pdf(render_agenda(meeting, context)))
    assert len(texts) >= 3
    assert "Next item" in texts[-1]
    assert all("Mins" in text for text in texts)
