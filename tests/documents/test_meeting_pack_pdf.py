"""Tests for the meeting pack, read back from the merged PDF."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from inspection_desktop.documents.meetings.meeting_pack_pdf import render_meeting_pack
from inspection_desktop.domain.meetings.examples import (
    example_deadlines,
    example_open_actions,
    example_week_statuses,
)
from inspection_desktop.domain.meetings.meeting import (
    AgendaItem,
    Meeting,
    PackContext,
    Paper,
    deadlines_within,
    open_actions,
)
from inspection_desktop.errors import UserFacingError

SECTIONS = [
    "Agenda",
    "Attendees",
    "Open actions from earlier meetings",
    "Deadlines in the next three weeks",
    "Checklist status by week",
    "Paper 1: Key dates and deadlines",
    "Paper 2: Joint self-evaluation: first draft",
]


def render(meeting: Meeting, context: PackContext, **kwargs: object) -> bytes:
    """Render the pack with the example actions, deadlines and checklist status."""
    return render_meeting_pack(
        meeting,
        context,
        open_actions(example_open_actions()),
        deadlines_within(example_deadlines(), context.generated_on),
        example_week_statuses(),
        **kwargs,  # type: ignore[arg-type]
    )


def outline_pages(reader: PdfReader) -> dict[str, int]:
    """Each bookmark's title and the (1-based) page it opens."""
    return {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline}


@pytest.fixture
def pack(week4_meeting: Meeting, context: PackContext) -> PdfReader:
    """The example week-4 pack, read back."""
    from io import BytesIO

    return PdfReader(BytesIO(render(week4_meeting, context)))


def test_pack_has_a_bookmark_per_section_and_paper(pack: PdfReader) -> None:
    """The outline lists every section and then every paper, in order."""
    assert list(outline_pages(pack)) == SECTIONS


def test_every_page_after_the_cover_is_numbered_out_of_the_total(pack: PdfReader) -> None:
    """Page numbers run continuously through the papers: "Page 9 of 11" is the ninth page."""
    total = len(pack.pages)
    for number, page in enumerate(pack.pages, start=1):
        text = page.extract_text()
        if number == 1:
            assert "Page 1 of" not in text
        else:
            assert f"Page {number} of {total}" in text


def test_contents_page_numbers_match_the_bookmarks(pack: PdfReader) -> None:
    """Each contents line gives the page its bookmark opens, so paper and screen agree."""
    layout = pack.pages[1].extract_text(extraction_mode="layout")
    listed = {
        match.group(1).strip(): int(match.group(2))
        for match in re.finditer(r"^\s*(\S.*?)\s[\s.]+?\s(\d+)\s*$", layout, re.MULTILINE)
        if not match.group(1).startswith("Prepared")
    }
    assert listed == outline_pages(pack)


def test_papers_follow_their_divider_pages(pack: PdfReader) -> None:
    """Each paper's bookmark opens its divider; the paper's own pages come right after."""
    pages = outline_pages(pack)
    divider = pack.pages[pages[SECTIONS[-1]] - 1].extract_text()
    assert "Agenda item 5: Self-evaluation and supporting evidence" in divider
    assert "3 pages" in divider
    following = [pack.pages[pages[SECTIONS[-1]] + n].extract_text() for n in range(3)]
    for section, text in enumerate(following, start=1):
        assert f"Draft for discussion · section {section} of 3" in text
    assert len(pack.pages) == pages[SECTIONS[-1]] + 3


def test_pack_prints_every_attendee_name_intact(pack: PdfReader) -> None:
    """Names in Polish, Irish and Gaelic spelling read back exactly."""
    text = "".join(page.extract_text() for page in pack.pages)
    for name in (
        "Łukasz Wójcik",
        "Agnieszka Zielińska",
        "Siobhán Ó Briain",
        "Tomás Ó Ceallaigh",
        "Gráinne Nic Aoidh",
        "Eilidh Nic a' Phearsain",
    ):
        assert name in text


def test_pack_uses_only_the_embedded_font(
    pack: PdfReader, fonts_of: Callable[[PdfReader], set[str]]
) -> None:
    """No base-14 font (Helvetica, ZapfDingbats) anywhere in the pack."""
    fonts = fonts_of(pack)
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts


def test_overdue_action_is_marked_in_words(pack: PdfReader) -> None:
    """An overdue action says "Overdue" rather than relying on colour alone."""
    text = "".join(page.extract_text() for page in pack.pages)
    actions = text.split("Open actions from earlier meetings", 2)[2].split("Deadlines in")[0]
    assert actions.count("Overdue") == 1  # only the action due on 27 November


def test_recipient_copy_leaves_out_confidential_papers(
    week4_meeting: Meeting, context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """A copy without confidential items drops the self-evaluation draft and says so."""
    reader = read_pdf(
        render(week4_meeting, context, recipient="Tomás Ó Ceallaigh", include_confidential=False)
    )
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Draft for discussion · section 1 of 3" not in text
    assert "Joint self-evaluation: first draft" not in text
    assert "Copy for Tomás Ó Ceallaigh" in reader.pages[0].extract_text()
    assert "1 confidential paper is not included in this copy." in reader.pages[0].extract_text()
    assert list(outline_pages(reader)) == SECTIONS[:-1]


def test_missing_paper_is_a_user_facing_error_naming_the_file(
    context: PackContext, tmp_path: Path
) -> None:
    """A paper whose file has gone stops the pack with a message naming it."""
    missing = tmp_path / "gone.pdf"
    meeting = Meeting("M", agenda=(AgendaItem("PIR", papers=(Paper("PIR draft", missing),)),))
    with pytest.raises(UserFacingError, match=r"Cannot find.*gone\.pdf"):
        render(meeting, context)


def test_paper_that_is_not_a_pdf_is_a_user_facing_error(
    context: PackContext, tmp_path: Path
) -> None:
    """A file that is not a PDF gives a plain message naming it."""
    fake = tmp_path / "notes.pdf"
    fake.write_text("These are notes, not a PDF.")
    meeting = Meeting("M", agenda=(AgendaItem("PIR", papers=(Paper("Notes", fake),)),))
    with pytest.raises(UserFacingError, match=r"Cannot read.*notes\.pdf"):
        render(meeting, context)


def test_password_protected_paper_is_a_user_facing_error(
    context: PackContext, papers_folder: Path
) -> None:
    """An encrypted paper asks for a copy without the password."""
    locked = papers_folder / "locked.pdf"
    writer = PdfWriter(clone_from=papers_folder / "key-dates-and-deadlines.pdf")
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with locked.open("wb") as stream:
        writer.write(stream)
    meeting = Meeting("M", agenda=(AgendaItem("PIR", papers=(Paper("Locked", locked),)),))
    with pytest.raises(UserFacingError, match=r"locked\.pdf.*password"):
        render(meeting, context)


def test_paper_locked_only_against_editing_goes_in(
    context: PackContext, papers_folder: Path, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """An AES-encrypted paper that opens without a password is merged like any other."""
    locked = papers_folder / "no-editing.pdf"
    writer = PdfWriter(clone_from=papers_folder / "key-dates-and-deadlines.pdf")
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with locked.open("wb") as stream:
        writer.write(stream)
    meeting = Meeting("M", agenda=(AgendaItem("Dates", papers=(Paper("Dates", locked),)),))
    reader = read_pdf(render(meeting, context))
    assert "Week 7: pre-inspection return" in reader.pages[-1].extract_text()


def test_pack_without_papers_or_data_still_prints(
    context: PackContext, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """An empty meeting gives a short pack that says what is missing."""
    reader = read_pdf(render_meeting_pack(Meeting("First thoughts"), context, [], [], []))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "No agenda items have been added yet." in text
    assert "Nothing is due in the next three weeks." in text


def test_landscape_and_rotated_papers_keep_their_shape_and_get_numbered(
    context: PackContext, tmp_path: Path, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """A landscape Letter page keeps its size; a rotated page is numbered as it is viewed."""
    from reportlab.lib.pagesizes import A4, landscape, letter
    from reportlab.pdfgen.canvas import Canvas

    def one_page(path: Path, size: tuple[float, float]) -> Path:
        canvas = Canvas(str(path), pagesize=size)
        canvas.drawString(72, 72, path.stem)
        canvas.showPage()
        canvas.save()
        return path

    wide = one_page(tmp_path / "wide.pdf", landscape(letter))
    upright = one_page(tmp_path / "upright.pdf", A4)
    turned = tmp_path / "turned.pdf"
    writer = PdfWriter(clone_from=upright)
    writer.pages[0].rotate(90)
    writer.write(turned)
    papers = (Paper("Wide", wide), Paper("Turned", turned))
    reader = read_pdf(render(Meeting("M", agenda=(AgendaItem("A", papers=papers),)), context))
    total = len(reader.pages)
    wide_page, turned_page = reader.pages[total - 3], reader.pages[total - 1]
    assert (round(float(wide_page.mediabox.width)), round(float(wide_page.mediabox.height))) == (
        792,
        612,
    )
    assert f"Page {total - 2} of {total}" in wide_page.extract_text()
    assert f"Page {total} of {total}" in turned_page.extract_text()


def test_confidential_agenda_item_is_blanked_in_a_recipient_copy(
    context: PackContext, papers_folder: Path, read_pdf: Callable[[bytes], PdfReader]
) -> None:
    """A confidential item keeps its time slot but not its title, notes or papers."""
    secret = AgendaItem(
        "Concern raised about a named service",
        "Mairead Dunlop",
        15,
        "Details of the concern",
        (Paper("Briefing note", papers_folder / "key-dates-and-deadlines.pdf"),),
        confidential=True,
    )
    meeting = Meeting("M", agenda=(AgendaItem("Welcome"), secret))
    copy = read_pdf(
        render(meeting, context, recipient="Agnieszka Zielińska", include_confidential=False)
    )
    text = "".join(page.extract_text() for page in copy.pages)
    assert "Concern raised" not in text and "Details of the concern" not in text
    assert "Briefing note" not in text and "Week 7: pre-inspection return" not in text
    assert "Confidential item, not in this copy" in text
    full = read_pdf(render(meeting, context))
    assert "Concern raised about a named service" in full.pages[2].extract_text()


def _contents_lines(reader: PdfReader, pages: range) -> dict[str, int]:
    """The contents lines on the given (0-based) pages, each title with its page number."""
    listed: dict[str, int] = {}
    for index in pages:
        layout = reader.pages[index].extract_text(extraction_mode="layout")
        for match in re.finditer(r"^\s*(\S.*?)\s[\s.]+?\s(\d+)\s*$", layout, re.MULTILINE):
            if not match.group(1).startswith(("Prepared", "Page")):
                listed[match.group(1).strip()] = int(match.group(2))
    return listed


def test_the_pack_lays_its_story_out_once(
    week4_meeting: Meeting, context: PackContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The agenda heading is placed once: the contents page needs no second layout pass."""
    from inspection_desktop.documents.common.pdf_pages import MeetingDocTemplate

    placed: list[str] = []
    after = MeetingDocTemplate.afterFlowable

    def counting(doc: MeetingDocTemplate, flowable: object) -> None:
        placed.append(str(getattr(flowable, "outline_title", "")))
        after(doc, flowable)

    monkeypatch.setattr(MeetingDocTemplate, "afterFlowable", counting)
    reader = PdfReader(io.BytesIO(render(week4_meeting, context)))
    assert "Contents" in reader.pages[1].extract_text()
    assert placed.count("Agenda") == 1


def test_contents_over_two_pages_give_every_section_its_page(
    week4_meeting: Meeting, context: PackContext
) -> None:
    """With 25 more papers the contents run onto a second page and every line still matches."""
    paper = next(p for item in week4_meeting.agenda for p in item.papers)
    many = dataclasses.replace(
        week4_meeting,
        agenda=(
            *week4_meeting.agenda,
            AgendaItem("Evidence", "Co-ordinator", 10, "", (paper,) * 25),
        ),
    )
    reader = PdfReader(io.BytesIO(render(many, context, dividers=False)))
    bookmarks = outline_pages(reader)
    assert "Contents" in reader.pages[1].extract_text()
    assert bookmarks["Agenda"] == 4  # the cover, then two pages of contents
    assert _contents_lines(reader, range(1, 3)) == bookmarks


def test_only_the_papers_pages_are_stamped_with_their_numbers(
    week4_meeting: Meeting, context: PackContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pack's own pages are numbered as laid out; a stamp goes on each paper page alone."""
    from pypdf import PageObject

    merged: list[object] = []
    merge = PageObject.merge_page

    def counting(page: PageObject, *args: object, **kwargs: object) -> None:
        merged.append(page)
        merge(page, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PageObject, "merge_page", counting)
    reader = PdfReader(io.BytesIO(render(week4_meeting, context)))
    paper_pages = sum(
        len(PdfReader(paper.path).pages) for item in week4_meeting.agenda for paper in item.papers
    )
    assert len(merged) == paper_pages
    assert f"Page 2 of {len(reader.pages)}" in reader.pages[1].extract_text()
