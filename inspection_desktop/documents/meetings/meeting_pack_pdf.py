"""The printed meeting pack: cover, contents, agenda, people, actions, deadlines, status, papers."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import finish_pdf
from inspection_desktop.documents.common.pdf_pages import LATER, MeetingDocTemplate, section_heading
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

    def build(with_contents: bool) -> tuple[io.BytesIO, MeetingDocTemplate]:
        buffer = io.BytesIO()
        doc = MeetingDocTemplate(buffer, heads)
        story = _story(with_contents)
        if with_contents:
            doc.multiBuild(story)
        else:
            doc.build(story)
        return buffer, doc

    def _story(with_contents: bool) -> list[Flowable]:
        story: list[Flowable] = [
            NextPageTemplate(LATER),
            *cover_flowables(meeting, context, recipient, withheld),
            PageBreak(),
        ]
        if with_contents:
            story += [*_contents_flowables(), PageBreak()]
        story += _titled_agenda(meeting, include_confidential)
        return story + _rest(
            meeting,
            context,
            open_actions,
            upcoming_deadlines,
            week_statuses,
            pack_papers,
            readers,
            dividers,
        )

    buffer, doc = build(with_contents=False)
    if doc.page > SHORT_PACK_PAGES:
        buffer, doc = build(with_contents=True)

    title = f"Meeting pack: {meeting.title}"
    return finish_pdf(
        buffer.getvalue(),
        doc.record.sections,
        held_pages=doc.record.held,
        papers=readers,
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


def _contents_flowables() -> list[Flowable]:
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
