"""The printed minutes: who came, notes per agenda item, decisions, and actions with owners."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, Paragraph, Spacer

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import render_meeting_document
from inspection_desktop.documents.common.pdf_pages import LATER, section_heading
from inspection_desktop.documents.meetings.agenda_pdf import cover_page, running_heads, title_block
from inspection_desktop.domain.meetings.meeting import Attendance, Meeting, PackContext

_SECTION_ROOM = 45 * mm


def render_minutes(meeting: Meeting, context: PackContext, *, cover: bool = False) -> bytes:
    """Render a meeting's minutes as an A4 PDF and return its bytes (with a cover if asked)."""
    heads = running_heads(meeting, context)
    story: list[Flowable] = [
        NextPageTemplate(LATER),
        *cover_page(meeting, context, "Minutes", cover),
        *title_block(meeting, context, "Minutes"),
    ]
    for section in (
        _attendance(meeting),
        _item_notes(meeting),
        _decisions(meeting),
        _actions(meeting),
    ):
        story += [Spacer(0, 6 * mm), CondPageBreak(_SECTION_ROOM), *section]
    return render_meeting_document(
        story, heads, title=f"Minutes: {meeting.title}", author=context.partnership_name
    )


def _attendance(meeting: Meeting) -> list[Flowable]:
    """Present and apologies, each as one flowing line of names and organisations."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Attendance")]
    for label, state in (("Present", Attendance.PRESENT), ("Apologies", Attendance.APOLOGIES)):
        people = [p for p in meeting.attendees if p.attendance is state]
        names = "; ".join(
            ps.markup(f"{p.name} ({p.organisation})" if p.organisation else p.name) for p in people
        )
        story.append(Paragraph(f"<b>{label}:</b> {names or 'none recorded'}", s.body))
        story.append(Spacer(0, 2 * mm))
    return story


def _item_notes(meeting: Meeting) -> list[Flowable]:
    """Each agenda item with the notes taken under it."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Notes by agenda item")]
    if meeting.notes:
        story += [ps.para(meeting.notes, s.body), Spacer(0, 2 * mm)]
    if not meeting.agenda:
        return [*story, ps.para("The meeting had no agenda items.", s.muted)]
    for number, item in enumerate(meeting.agenda, start=1):
        story.append(ps.para(f"{number}. {item.title}", s.subheading))
        if item.minutes_notes:
            story.append(ps.para(item.minutes_notes, s.body))
        else:
            story.append(ps.para("No notes recorded.", s.muted))
    return story


def _decisions(meeting: Meeting) -> list[Flowable]:
    """The decisions, numbered."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Decisions")]
    if not meeting.decisions:
        return [*story, ps.para("No decisions were recorded.", s.muted)]
    for number, decision in enumerate(meeting.decisions, start=1):
        story.append(Paragraph(f"<b>{number}.</b> {ps.markup(decision)}", s.body))
        story.append(Spacer(0, 1.5 * mm))
    return story


def _actions(meeting: Meeting) -> list[Flowable]:
    """Actions agreed, with owner and due date."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Actions")]
    if not meeting.actions:
        return [*story, ps.para("No actions were agreed.", s.muted)]
    rows = [
        [
            action.description,
            action.owner,
            ps.long_date(action.due) if action.due else "No date set",
            "Done" if action.done else "Open",
        ]
        for action in meeting.actions
    ]
    widths = (86 * mm, 38 * mm, 30 * mm, 16 * mm)
    story.append(ps.data_table(["Action", "Owner", "Due", "Status"], rows, widths))
    return story
