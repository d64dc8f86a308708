"""The printed meeting pack: cover, contents, agenda, people, actions, deadlines, status, papers."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Mapping, Sequence

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from inspection_desktop.collector import collector_paused
from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import finish_pdf
from inspection_desktop.documents.common.pdf_pages import (
    LATER,
    MeetingDocTemplate,
    RunningHeads,
    SectionStart,
    page_label,
    section_heading,
)
from inspection_desktop.documents.meetings.agenda_pdf import agenda_flowables, running_heads
from inspection_desktop.documents.meetings.pack_papers import (
    PackPaper,
    paper_flowables,
    papers_for_copy,
    read_paper,
)
from inspection_desktop.documents.meetings.pack_sections import (
    attendee_flowables,
    cover_flowables,
    deadline_flowables,
    open_action_flowables,
    week_status_flowables,
)
from inspection_desktop.domain.meetings.meeting import (
    DeadlineRow,
    Meeting,
    MeetingAction,
    PackContext,
    WeekStatus,
)

# A pack this short needs no contents page.
SHORT_PACK_PAGES = 4
# Start a section on a new page unless this much room is left: a heading never sits alone.
_SECTION_ROOM = 70 * mm


@collector_paused()
def render_meeting_pack(
    meeting: Meeting,
    context: PackContext,
    open_actions: Sequence[MeetingAction],
    upcoming_deadlines: Sequence[DeadlineRow],
    week_statuses: Sequence[WeekStatus],
    *,
    recipient: str | None = None,
    include_confidential: bool = True,
    dividers: bool = True,
) -> bytes:
    """Render the whole pack as one A4 PDF, papers included, and return its bytes.

    ``open_actions`` and ``upcoming_deadlines`` are printed as given: choose them with
    ``domain.meetings.open_actions`` and ``deadlines_within``. Leaving confidential papers
    out (``include_confidential=False``) is meant for a copy going to ``recipient``.
    A pack of four pages or fewer has no contents page; ``dividers=False`` leaves out the page
    before each paper. The marking defaults to OFFICIAL-SENSITIVE when confidential items or
    papers are in this copy.
    """
    pack_papers, withheld = papers_for_copy(meeting, include_confidential)
    readers = {paper.key: read_paper(paper.paper) for paper in pack_papers}
    confidential = include_confidential and meeting.has_confidential()
    heads = running_heads(meeting, context, recipient, confidential=confidential)

    # The story is laid out once. A long pack's contents are laid out on their own from where
    # the sections landed, when the pages are counted, and go in after the cover: every later
    # page then moves on by the contents' pages, which the contents and the numbers count in.
    buffer = io.BytesIO()
    contents: list[tuple[bytes, int]] = []

    def labels(number: int, pages: int) -> str | None:
        if not contents:  # the first page saved: the layout is over, every section is known
            long_pack = pages > SHORT_PACK_PAGES
            contents.append(
                _contents_pages(heads, doc.record.sections, pages) if long_pack else (b"", 0)
            )
        added = contents[0][1]
        return None if number == 1 else page_label(number + added, pages + added)

    doc = MeetingDocTemplate(buffer, heads, labels=labels)
    doc.build(
        [
            NextPageTemplate(LATER),
            *cover_flowables(meeting, context, recipient, withheld),
            PageBreak(),
            *_titled_agenda(meeting, include_confidential),
            *_rest(
                meeting,
                context,
                open_actions,
                upcoming_deadlines,
                week_statuses,
                pack_papers,
                readers,
                dividers,
            ),
        ]
    )
    contents_pdf, added = contents[0]
    sections = [
        dataclasses.replace(section, page_index=_after_cover(section.page_index, added))
        for section in doc.record.sections
    ]
    held = {key: [_after_cover(i, added) for i in pages] for key, pages in doc.record.held.items()}

    title = f"Meeting pack: {meeting.title}"
    return finish_pdf(
        buffer.getvalue(),
        sections,
        held_pages=held,
        papers=readers,
        after_cover=contents_pdf if added else None,
        numbered=True,
        unnumbered_first_page=True,
        title=title,
        author=context.partnership_name,
    )


def _rest(
    meeting: Meeting,
    context: PackContext,
    open_actions: Sequence[MeetingAction],
    upcoming_deadlines: Sequence[DeadlineRow],
    week_statuses: Sequence[WeekStatus],
    pack_papers: Sequence[PackPaper],
    readers: Mapping[str, PdfReader],
    dividers: bool,
) -> list[Flowable]:
    """The sections after the agenda, then the papers."""
    story: list[Flowable] = []
    for section in (
        attendee_flowables(meeting),
        open_action_flowables(open_actions, context.generated_on),
        deadline_flowables(upcoming_deadlines),
        week_status_flowables(week_statuses),
    ):
        story += [Spacer(0, 8 * mm), CondPageBreak(_SECTION_ROOM), *section]
    for pack_paper in pack_papers:
        pages = len(readers[pack_paper.key].pages)
        story += paper_flowables(pack_paper, pages, divider=dividers)
    return story


def _after_cover(page_index: int, added: int) -> int:
    """Where a page of the body lands once ``added`` contents pages follow the cover."""
    return page_index + added if page_index > 0 else page_index


def _contents_pages(
    heads: RunningHeads, sections: Sequence[SectionStart], body_pages: int
) -> tuple[bytes, int]:
    """The contents page(s) on their own, numbered for their place after the cover.

    Sections start ``pages`` later than in the body laid out without contents; a contents
    page that runs to a second page pushes them on once more, so it is laid out again.
    """
    pages = 1
    while True:
        buffer = io.BytesIO()

        def labels(number: int, laid_out: int) -> str:
            return page_label(1 + number, body_pages + laid_out)

        doc = MeetingDocTemplate(buffer, heads, first_page=LATER, labels=labels)
        doc.build(_contents_flowables(sections, pages))
        if doc.page == pages:
            return buffer.getvalue(), pages
        pages = doc.page


def _contents_flowables(sections: Sequence[SectionStart], pages: int) -> list[Flowable]:
    """The contents page: every section and paper with the page it starts on."""
    s = ps.styles()
    contents = TableOfContents(
        dotsMinLevel=0,
        tableStyle=ps.table_style(
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        ),
    )
    contents.levelStyles = [
        ParagraphStyle(
            "Contents",
            parent=s.body,
            fontSize=11,
            leading=15,
            leftIndent=0,
            firstLineIndent=0,
            spaceBefore=6,
        )
    ]
    # The entries as the doc template notes them (markup escaped, pages counted from 1).
    contents.addEntries(
        (section.level, ps.markup(section.title), _after_cover(section.page_index, pages) + 1)
        for section in sections
    )
    contents.beforeBuild()  # what a multi-pass build does before its last pass
    return [ps.para("Contents", s.heading), Spacer(0, 4 * mm), contents]


def _titled_agenda(meeting: Meeting, include_confidential: bool) -> list[Flowable]:
    """The agenda section: heading, a line on timing, then the items."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Agenda")]
    if meeting.starts is not None:
        day = ps.long_date_with_day(meeting.starts.date())
        story.append(ps.para(f"{day}, starting at {ps.clock(meeting.starts)}", s.muted))
        story.append(Spacer(0, 3 * mm))
    return story + agenda_flowables(meeting, include_confidential=include_confidential)
