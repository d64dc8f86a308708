"""An inspection's meeting documents from the store: agenda, minutes, pack and calendar bytes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.documents.meetings.calendar_events import deadline_event, meeting_event
from inspection_desktop.documents.meetings.calendar_ics import (
    CalendarEvent,
    build_calendar,
    uid_seed,
)
from inspection_desktop.domain.meetings.meeting import PackContext
from inspection_desktop.storage.meetings.meeting_rows import MeetingReading
from inspection_desktop.storage.meetings.meeting_service import MeetingService
from inspection_desktop.usecases.meetings import pack_data as data


@dataclass(frozen=True)
class DocumentFinish:
    """How a printed meeting document is finished, chosen per document."""

    marking: str = ""
    """The protective marking; blank for the default (OFFICIAL-SENSITIVE when confidential
    items or papers are inside, else OFFICIAL)."""
    cover: bool = False
    """A cover page before an agenda or minutes (the pack always has one)."""
    dividers: bool = True
    """A divider page before each paper in a pack."""
    logo_path: Path | None = None
    """The partnership's logo, as set with the letterhead."""


def _context(reading: MeetingReading, finish: DocumentFinish) -> PackContext:
    context = data.pack_context(reading)
    return dataclasses.replace(context, marking=finish.marking, logo_path=finish.logo_path)


def agenda_pdf(
    service: MeetingService, meeting_id: int, finish: DocumentFinish = DocumentFinish()
) -> bytes:
    """The printed agenda of one meeting."""
    from inspection_desktop.documents.meetings.agenda_pdf import render_agenda

    reading = service.meeting_reading(meeting_id)
    meeting = data.meeting_of(reading)
    return render_agenda(meeting, _context(reading, finish), cover=finish.cover)


def minutes_pdf(
    service: MeetingService, meeting_id: int, finish: DocumentFinish = DocumentFinish()
) -> bytes:
    """The printed minutes of one meeting."""
    from inspection_desktop.documents.meetings.minutes_pdf import render_minutes

    reading = service.meeting_reading(meeting_id)
    meeting = data.meeting_of(reading)
    return render_minutes(meeting, _context(reading, finish), cover=finish.cover)


def agenda_word(
    service: MeetingService, meeting_id: int, finish: DocumentFinish = DocumentFinish()
) -> bytes:
    """The agenda of one meeting as a Word document."""
    from inspection_desktop.documents.meetings.meeting_docx import agenda_docx

    reading = service.meeting_reading(meeting_id)
    return agenda_docx(data.meeting_of(reading), _context(reading, finish))


def minutes_word(
    service: MeetingService, meeting_id: int, finish: DocumentFinish = DocumentFinish()
) -> bytes:
    """The minutes of one meeting as a Word document."""
    from inspection_desktop.documents.meetings.meeting_docx import minutes_docx

    reading = service.meeting_reading(meeting_id)
    return minutes_docx(data.meeting_of(reading), _context(reading, finish))


def pack_pdf(
    service: MeetingService,
    meeting_id: int,
    *,
    recipient: str | None = None,
    include_confidential: bool = True,
    finish: DocumentFinish = DocumentFinish(),
) -> bytes:
    """The whole meeting pack, papers included; a recipient's copy may leave confidential out."""
    from inspection_desktop.documents.meetings.meeting_pack_pdf import render_meeting_pack

    pack = service.pack_reading(meeting_id)
    return render_meeting_pack(
        data.meeting_of(pack.meeting),
        _context(pack.meeting, finish),
        data.earlier_open_actions(pack),
        data.upcoming_deadlines(pack),
        data.week_statuses(pack, data.status_weeks_for(pack)),
        recipient=recipient or None,
        include_confidential=include_confidential,
        dividers=finish.dividers,
    )


def calendar_ics(service: MeetingService, inspection_id: int) -> bytes:
    """Every meeting and deadline of the inspection as an iCalendar file.

    A meeting without a time yet goes in as an all-day event on its plan date, under the same
    UID it keeps once timed, so a later export moves it instead of adding a copy.
    """
    reading = service.inspection_meetings(inspection_id)
    events: list[CalendarEvent] = []
    for summary in reading.summaries:
        key = str(summary.id)
        if summary.starts is not None:
            meeting = data.domain_meeting(reading, summary.id)
            events.append(meeting_event(inspection_id, key, meeting))
        elif summary.day is not None:
            events.append(
                CalendarEvent(
                    uid_seed(inspection_id, f"meeting/{key}"),
                    summary.title,
                    summary.day,
                    description=f"Inspection week {summary.week}; time not yet agreed.",
                    all_day=True,
                )
            )
    for key, row in data.plan_deadline_keys(reading):
        events.append(deadline_event(inspection_id, key, row))
    return build_calendar(events, calendar_name=f"Inspection: {reading.area}")
