"""The finish of meeting documents: marking per document, short packs, dividers, covers, Word."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

from docx import Document
from pypdf import PdfReader

from inspection_desktop.documents.meetings.agenda_pdf import render_agenda
from inspection_desktop.documents.meetings.meeting_docx import agenda_docx, minutes_docx
from inspection_desktop.documents.meetings.meeting_pack_pdf import render_meeting_pack
from inspection_desktop.documents.meetings.minutes_pdf import render_minutes
from inspection_desktop.domain.meetings.examples import example_week4_minutes
from inspection_desktop.domain.meetings.meeting import AgendaItem, Meeting, PackContext

ReadPdf = Callable[[bytes], PdfReader]


def _texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def test_a_pack_with_confidential_papers_is_official_sensitive_on_every_page(
    week4_meeting: Meeting, context: PackContext, read_pdf: ReadPdf
) -> None:
    """The self-evaluation draft is confidential, so every page is marked at its top and foot."""
    reader = read_pdf(render_meeting_pack(week4_meeting, context, [], [], []))
    own_pages = [t for t in _texts(reader) if "Glenmorven" in t or "Meeting pack" in t]
    assert own_pages and all(t.count("OFFICIAL-SENSITIVE") >= 2 for t in own_pages)


def test_a_copy_without_the_confidential_papers_defaults_to_official(
    week4_meeting: Meeting, context: PackContext, read_pdf: ReadPdf
) -> None:
    """Leaving the confidential papers out of a copy lowers its default marking."""
    data = render_meeting_pack(
        week4_meeting, context, [], [], [], recipient="Ruaridh", include_confidential=False
    )
    first = _texts(read_pdf(data))[0]
    assert "OFFICIAL" in first and "OFFICIAL-SENSITIVE" not in first


def test_the_marking_is_chosen_per_document(context: PackContext, read_pdf: ReadPdf) -> None:
    """A marking chosen for the agenda is printed instead of the default."""
    chosen = dataclasses.replace(context, marking="official-sensitive personal")
    text = _texts(read_pdf(render_agenda(Meeting("Check-in"), chosen)))[0]
    assert text.count("OFFICIAL-SENSITIVE PERSONAL") == 2


def test_a_short_pack_has_no_contents_page(context: PackContext, read_pdf: ReadPdf) -> None:
    """A pack of four pages or fewer goes without a contents page."""
    reader = read_pdf(render_meeting_pack(Meeting("Check-in"), context, [], [], []))
    assert len(reader.pages) <= 4
    assert not any("Contents" in text for text in _texts(reader))


def test_a_long_pack_keeps_its_contents_page(
    week4_meeting: Meeting, context: PackContext, read_pdf: ReadPdf
) -> None:
    """The week-4 pack runs past four pages, so page 2 is the contents."""
    reader = read_pdf(render_meeting_pack(week4_meeting, context, [], [], []))
    assert len(reader.pages) > 4
    assert "Contents" in _texts(reader)[1]


def test_dividers_can_be_left_out(
    week4_meeting: Meeting, context: PackContext, read_pdf: ReadPdf
) -> None:
    """Without dividers the pack is two pages shorter and the papers keep their bookmarks."""
    with_dividers = read_pdf(render_meeting_pack(week4_meeting, context, [], [], []))
    without = read_pdf(render_meeting_pack(week4_meeting, context, [], [], [], dividers=False))
    assert len(without.pages) == len(with_dividers.pages) - 2
    titles = [item.title for item in without.outline]
    assert "Paper 1: Key dates and deadlines" in titles
    assert not any("Agenda item 1" in text for text in _texts(without))


def test_the_footer_wraps_instead_of_being_cut_off(context: PackContext, read_pdf: ReadPdf) -> None:
    """A long footer note reads back whole: no ellipsis, nothing lost."""
    long_title = dataclasses.replace(context, inspection_title="A very long inspection title " * 4)
    text = _texts(read_pdf(render_agenda(Meeting("Check-in"), long_title)))[0]
    assert "…" not in text
    assert " ".join(text.split()).count("A very long inspection title") == 4


def test_an_agenda_can_have_a_cover(context: PackContext, read_pdf: ReadPdf) -> None:
    """With a cover the agenda's first page names the partnership, meeting and venue."""
    meeting = Meeting("Check-in", venue="Committee Room 2")
    reader = read_pdf(render_agenda(meeting, context, cover=True))
    first = reader.pages[0].extract_text()
    assert "Agenda" in first and "Check-in" in first and "Committee Room 2" in first
    assert context.partnership_name in first
    assert len(reader.pages) == 2


def test_minutes_with_a_cover_start_on_the_second_page(
    context: PackContext, read_pdf: ReadPdf
) -> None:
    """The minutes' own title block follows the cover."""
    reader = read_pdf(render_minutes(example_week4_minutes(), context, cover=True))
    assert "Attendance" not in reader.pages[0].extract_text()
    assert "Attendance" in reader.pages[1].extract_text()


def test_the_agenda_in_word_has_every_item_and_the_marking(
    week4_meeting: Meeting, context: PackContext
) -> None:
    """Each agenda item is a row of the Word table; the marking heads every page."""
    document = Document(io.BytesIO(agenda_docx(week4_meeting, context)))
    rows = document.tables[0].rows
    assert len(rows) == len(week4_meeting.agenda) + 2
    cells = "\n".join(cell.text for row in rows for cell in row.cells)
    for item in week4_meeting.agenda:
        assert item.title in cells
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_the_minutes_in_word_keep_ampersands_and_angle_brackets(context: PackContext) -> None:
    """User text with "&" and "<" reads back whole from the Word minutes."""
    meeting = dataclasses.replace(
        example_week4_minutes(),
        agenda=(AgendaItem("Health & <Social> care", minutes_notes="Agreed: A & B <both>."),),
        decisions=("Use the Hub & the <Annexe>",),
    )
    texts = [p.text for p in Document(io.BytesIO(minutes_docx(meeting, context))).paragraphs]
    assert "1. Health & <Social> care" in texts
    assert "Agreed: A & B <both>." in texts
    assert "Use the Hub & the <Annexe>" in texts
