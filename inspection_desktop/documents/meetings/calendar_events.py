"""Calendar events made from the inspection's meetings and deadlines, for ``build_calendar``."""

from __future__ import annotations

from datetime import timedelta

from inspection_desktop.documents.meetings.calendar_ics import CalendarEvent, uid_seed
from inspection_desktop.domain.meetings.meeting import DeadlineRow, Meeting, running_times


def meeting_event(inspection_id: str | int, meeting_key: str, meeting: Meeting) -> CalendarEvent:
    """A dated meeting as a timed event in London time, its agenda in the description.

    ``meeting_key`` must stay the same for the life of the meeting (its database id, say): it
    is what lets a re-imported calendar update the event instead of adding a copy. A meeting
    with no date yet has no place in a calendar: leave it out (ValueError otherwise).
    """
    if meeting.starts is None:
        raise ValueError(f"meeting {meeting.title!r} has no date; leave it out of the calendar")
    lines = [meeting.purpose] if meeting.purpose else []
    if meeting.agenda:
        lines += ["", "Agenda:"]
        times = running_times(meeting.starts, meeting.agenda)
        for number, (item, (start, _end)) in enumerate(zip(meeting.agenda, times, strict=True), 1):
            when = f"{start:%H:%M} "
            lead = f" ({item.presenter})" if item.presenter else ""
            lines.append(f"{number}. {when}{item.title}{lead}")
    seed = uid_seed(inspection_id, f"meeting/{meeting_key}")
    description = "\n".join(lines).strip()
    ends = meeting.ends
    if ends is None or ends <= meeting.starts:  # no agenda or length yet: book an hour
        ends = meeting.starts + timedelta(hours=1)
    return CalendarEvent(seed, meeting.title, meeting.starts, ends, description, meeting.venue)


def deadline_event(inspection_id: str | int, deadline_key: str, row: DeadlineRow) -> CalendarEvent:
    """A deadline as an all-day event on its due date, with the week and owner in the notes."""
    description = f"Inspection week {row.week}."
    if row.owner:
        description += f" Owner: {row.owner}."
    return CalendarEvent(
        uid_seed(inspection_id, f"deadline/{deadline_key}"),
        f"Deadline: {row.title}",
        row.due,
        description=description,
        all_day=True,
    )
