"""The agenda and the minutes as Word documents, from the same data as their PDFs."""

from __future__ import annotations

from typing import Any

from inspection_desktop.documents.common import docx_parts as wd
from inspection_desktop.documents.meetings.agenda_pdf import meeting_when, running_heads
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.meetings.meeting import (
    Attendance,
    Meeting,
    PackContext,
    running_times,
)


def _start(meeting: Meeting, context: PackContext, kind: str) -> Any:
    heads = running_heads(meeting, context)
    document = wd.new_document(
        f"{kind}: {meeting.title}", context.partnership_name, heads.marking, heads.footer_note
    )
    kicker = document.add_paragraph(f"{kind} · {context.partnership_name}")
    kicker.runs[0].font.color.rgb = wd.MUTED
    document.add_heading(meeting.title, level=0)
    day, hours = meeting_when(meeting)
    rows = [("Date", day), ("Time", hours), ("Venue", meeting.venue or "To be confirmed")]
    if meeting.week is not None:
        rows.append(("Inspection week", f"Week {meeting.week}"))
    wd.label_lines(document, rows)
    if meeting.purpose:
        document.add_paragraph(meeting.purpose)
    return document


def agenda_docx(meeting: Meeting, context: PackContext) -> bytes:
    """The agenda as .docx bytes: details, then the items with times, leads and papers."""
    document = _start(meeting, context, "Agenda")
    wd.heading(document, "Agenda")
    if not meeting.agenda:
        document.add_paragraph("No agenda items have been added yet.")
        return wd.to_bytes(document)
    times = running_times(meeting.starts, meeting.agenda) if meeting.starts else None
    rows = []
    for number, item in enumerate(meeting.agenda, start=1):
        when = f"{times[number - 1][0]:%H:%M}–{times[number - 1][1]:%H:%M}" if times else ""
        text = [item.title, *([item.notes] if item.notes else [])]
        for paper in item.papers:
            secret = " (confidential)" if paper.confidential or item.confidential else ""
            text.append(f"Paper: {paper.title}{secret}")
        rows.append([str(number), when, "\n".join(text), item.presenter, str(item.minutes)])
    rows.append(["", "", "Close", "", str(meeting.agenda_minutes)])
    wd.table(document, ["No.", "Time", "Item", "Lead", "Mins"], rows, (1.1, 2.6, 8.1, 3.6, 1.6))
    return wd.to_bytes(document)


def minutes_docx(meeting: Meeting, context: PackContext) -> bytes:
    """The minutes as .docx bytes: attendance, notes by item, decisions and actions."""
    document = _start(meeting, context, "Minutes")
    wd.heading(document, "Attendance")
    for label, state in (("Present", Attendance.PRESENT), ("Apologies", Attendance.APOLOGIES)):
        people = [p for p in meeting.attendees if p.attendance is state]
        names = "; ".join(
            f"{p.name} ({p.organisation})" if p.organisation else p.name for p in people
        )
        wd.label_lines(document, [(label, names or "none recorded")])
    wd.heading(document, "Notes by agenda item")
    if meeting.notes:
        document.add_paragraph(meeting.notes)
    if not meeting.agenda:
        document.add_paragraph("The meeting had no agenda items.")
    for number, item in enumerate(meeting.agenda, start=1):
        wd.heading(document, f"{number}. {item.title}", level=2)
        document.add_paragraph(item.minutes_notes or "No notes recorded.")
    wd.heading(document, "Decisions")
    if not meeting.decisions:
        document.add_paragraph("No decisions were recorded.")
    for decision in meeting.decisions:
        document.add_paragraph(decision, style="List Number")
    wd.heading(document, "Actions")
    if not meeting.actions:
        document.add_paragraph("No actions were agreed.")
        return wd.to_bytes(document)
    rows = [
        [
            action.description,
            action.owner,
            long_date(action.due) if action.due else "No date set",
            "Done" if action.done else "Open",
        ]
        for action in meeting.actions
    ]
    wd.table(document, ["Action", "Owner", "Due", "Status"], rows, (8.6, 3.8, 3.0, 1.6))
    return wd.to_bytes(document)
