"""Sections of a meeting pack: cover, attendees, open actions, deadlines and checklist status."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_pages import section_heading
from inspection_desktop.documents.meetings.agenda_pdf import details_table, logo_image
from inspection_desktop.domain.meetings.meeting import (
    Attendance,
    DeadlineRow,
    Meeting,
    MeetingAction,
    PackContext,
    WeekStatus,
)


def cover_flowables(
    meeting: Meeting,
    context: PackContext,
    recipient: str | None,
    withheld: int,
    *,
    kind: str = "Meeting pack",
) -> list[Flowable]:
    """The cover page: who, what, when and where, and whose copy this is."""
    s = ps.styles()
    story: list[Flowable] = []
    logo = logo_image(context, 55 * mm, 28 * mm)
    story.append(logo if logo is not None else Spacer(0, 28 * mm))
    story += [
        Spacer(0, 22 * mm),
        ps.para(kind, s.subtitle),
        ps.para(meeting.title, s.title),
        Spacer(0, 3 * mm),
        ps.para(context.partnership_name, s.cover_value),
        ps.para(context.inspection_title, s.muted),
        Spacer(0, 12 * mm),
        details_table(meeting),
    ]
    if meeting.purpose:
        story += [Spacer(0, 6 * mm), ps.para(meeting.purpose, s.body)]
    story.append(Spacer(0, 14 * mm))
    if recipient:
        lines = [f"<b>Copy for {ps.markup(recipient)}</b>"]
        if withheld:
            noun = "paper is" if withheld == 1 else "papers are"
            lines.append(f"{withheld} confidential {noun} not included in this copy.")
        story.append(_note_box(lines))
        story.append(Spacer(0, 6 * mm))
    return story


def _note_box(lines: Sequence[str]) -> Table:
    """A tinted box for a short note (the lines are markup already escaped)."""
    s = ps.styles()
    box = Table([[[Paragraph(line, s.body) for line in lines]]], colWidths=[ps.FRAME_WIDTH])
    box.setStyle(
        ps.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ps.ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ps.ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def attendee_flowables(meeting: Meeting) -> list[Flowable]:
    """Who is invited, from which organisation, in which roles, and who sent apologies."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Attendees")]
    if not meeting.attendees:
        return [*story, ps.para("No attendees have been added yet.", s.muted)]
    rows = [
        [
            ps.cell(ps.markup(person.name), s.cell_bold),
            person.organisation,
            "\n".join(person.roles),
            _attendance_cell(person.attendance),
        ]
        for person in meeting.attendees
    ]
    widths = (46 * mm, 44 * mm, 52 * mm, 28 * mm)
    story.append(ps.data_table(["Name", "Organisation", "Role", "Attendance"], rows, widths))
    apologies = sum(p.attendance is Attendance.APOLOGIES for p in meeting.attendees)
    summary = f"{len(meeting.attendees)} invited"
    if apologies:
        summary += f" · apologies from {apologies}"
    return [*story, Spacer(0, 2 * mm), ps.para(summary, s.muted)]


def _attendance_cell(attendance: Attendance) -> Paragraph:
    """Attendance in words; apologies stand out."""
    s = ps.styles()
    style = s.cell_muted if attendance is Attendance.UNKNOWN else s.cell
    return ps.cell(ps.markup(attendance.label), style)


def open_action_flowables(actions: Sequence[MeetingAction], today: date) -> list[Flowable]:
    """Actions from earlier meetings still open, with overdue ones marked."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Open actions from earlier meetings")]
    if not actions:
        return [*story, ps.para("No actions are open.", s.muted)]
    rows = [
        [action.description, action.owner, _due_cell(action, today), action.meeting_title]
        for action in actions
    ]
    overdue = [index for index, action in enumerate(actions) if action.is_overdue(today)]
    widths = (66 * mm, 34 * mm, 34 * mm, 36 * mm)
    story.append(
        ps.data_table(
            ["Action", "Owner", "Due", "From meeting"], rows, widths, highlight_rows=overdue
        )
    )
    return story


def _due_cell(action: MeetingAction, today: date) -> Paragraph:
    """The due date; an overdue one in red with the word "Overdue", since colour alone can fail."""
    s = ps.styles()
    if action.due is None:
        return ps.cell("No date set", s.cell_muted)
    text = ps.markup(ps.long_date(action.due))
    if action.is_overdue(today):
        return ps.cell(f'<font color="{ps.WARNING_HEX}"><b>{text}</b><br/>Overdue</font>', s.cell)
    return ps.cell(text, s.cell)


def deadline_flowables(deadlines: Sequence[DeadlineRow]) -> list[Flowable]:
    """Deadlines due in the next three weeks, earliest first."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Deadlines in the next three weeks")]
    if not deadlines:
        return [*story, ps.para("Nothing is due in the next three weeks.", s.muted)]
    rows = [
        [ps.long_date_with_day(row.due), f"Week {row.week}", row.title, row.owner]
        for row in deadlines
    ]
    widths = (50 * mm, 17 * mm, 65 * mm, 38 * mm)
    story.append(ps.data_table(["Due", "Week", "Deadline", "Owner"], rows, widths))
    return story


def week_status_flowables(statuses: Sequence[WeekStatus]) -> list[Flowable]:
    """The checklist by week: counts of items in each state and a progress bar."""
    s = ps.styles()
    story: list[Flowable] = [section_heading("Checklist status by week")]
    if not statuses:
        return [*story, ps.para("The checklist has no items yet.", s.muted)]
    rows = [
        [
            [
                ps.cell(f"Week {row.week}", s.cell_bold),
                ps.para(ps.long_date(row.starts_on), s.cell_muted),
            ],
            str(row.done),
            str(row.in_progress),
            str(row.not_started),
            str(row.not_applicable),
            _overdue_cell(row.overdue),
            ProgressBar(row.percent_done),
        ]
        for row in statuses
    ]
    header = ["Week", "Done", "In progress", "Not started", "N/A", "Overdue", "Progress"]
    widths = (36 * mm, 15 * mm, 24 * mm, 24 * mm, 13 * mm, 20 * mm, 38 * mm)
    story.append(ps.data_table(header, rows, widths))
    return story


def _overdue_cell(count: int) -> Paragraph:
    """The overdue count, in red when there is any."""
    s = ps.styles()
    if count:
        return ps.cell(f'<font color="{ps.WARNING_HEX}"><b>{count}</b></font>', s.cell)
    return ps.cell("0", s.cell_muted)


class ProgressBar(Flowable):  # type: ignore[misc]
    """A small horizontal bar with the percentage beside it, drawn in the embedded font."""

    def __init__(self, percent: int, bar_width: float = 20 * mm, bar_height: float = 2.6 * mm):
        super().__init__()
        self.percent = max(0, min(100, percent))
        self.bar_width = bar_width
        self.bar_height = bar_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The bar and its label need a fixed box."""
        return (self.bar_width + 12 * mm, 10)

    def draw(self) -> None:
        """Draw the track, the filled part and the label."""
        canvas = self.canv
        canvas.setFillColor(ps.RULE)
        canvas.rect(0, 2, self.bar_width, self.bar_height, stroke=0, fill=1)
        if self.percent:
            canvas.setFillColor(ps.ACCENT)
            filled = self.bar_width * self.percent / 100
            canvas.rect(0, 2, filled, self.bar_height, stroke=0, fill=1)
        canvas.setFillColor(ps.INK)
        canvas.setFont(ps.FONT, 8)
        canvas.drawString(self.bar_width + 2 * mm, 2, f"{self.percent}%")
