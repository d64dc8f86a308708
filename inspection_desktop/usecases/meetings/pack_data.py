"""What the agenda, the pack and the calendar need, worked out from one reading of the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from inspection_desktop.domain import clock
from inspection_desktop.domain.meetings.meeting import (
    AgendaItem,
    Attendee,
    DeadlineRow,
    Meeting,
    MeetingAction,
    PackContext,
    Paper,
    WeekStatus,
    deadlines_within,
    open_actions,
)
from inspection_desktop.domain.plan.items import ItemKind, ItemStatus
from inspection_desktop.domain.roles import RoleCatalogue, default_roles
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.meetings.meeting_rows import (
    AttendeeRow,
    InspectionMeetings,
    MeetingDetails,
    MeetingReading,
    PackReading,
)

INSPECTION_TITLE = (
    "Joint inspection of services for children and young people in need of care and protection"
)
DEADLINE_WEEKS = 3
STATUS_WEEKS_AHEAD = 4
# Every reading a document is made from: a whole inspection's, or one meeting's.
Reading = InspectionMeetings | MeetingReading


def domain_meeting(reading: InspectionMeetings, meeting_id: int) -> Meeting:
    """The meeting as the documents render it, roles resolved to people where known."""
    return meeting_from(_details(reading, meeting_id), reading)


def meeting_of(reading: MeetingReading) -> Meeting:
    """The one meeting a reading is for, as the documents render it."""
    return meeting_from(reading.details, reading)


def meeting_from(details: MeetingDetails, reading: Reading) -> Meeting:
    """A meeting's details as the documents render them, roles resolved to people where known."""
    fields = details.fields
    person = owner_as_person(reading)
    return Meeting(
        title=fields.title,
        purpose=fields.purpose,
        week=fields.week,
        starts=fields.starts,
        duration_minutes=fields.duration_minutes,
        venue=fields.venue,
        agenda=tuple(
            AgendaItem(
                title=item.title,
                presenter=item.presenter,
                minutes=item.minutes,
                notes=item.notes,
                papers=tuple(Paper(p.title, Path(p.path), p.confidential) for p in item.papers),
                minutes_notes=item.minutes_notes,
                confidential=item.confidential,
            )
            for item in details.agenda
        ),
        attendees=merge_attendees(
            person for row in details.attendees for person in _people(reading, row)
        ),
        decisions=fields.decisions,
        actions=tuple(
            MeetingAction(a.description, person(a.owner), a.due, fields.title, a.done)
            for a in details.actions
        ),
        notes=fields.notes,
    )


def owner_as_person(reading: Reading, roles: RoleCatalogue | None = None) -> Callable[[str], str]:
    """Turns an owner written as a role ("Inspection co-ordinator", or its key) into the person
    who holds it, once the register names exactly one; anything else is shown as written."""
    catalogue = roles or default_roles()

    def person(owner: str) -> str:
        role = catalogue.find(owner) if owner.strip() else None
        if role is None:
            return owner
        found = reading.people_by_role.get(role.key, ())
        if len(found) == 1:
            return found[0][0]
        return role.name if owner == role.key else owner

    return person


def _details(reading: InspectionMeetings, meeting_id: int) -> MeetingDetails:
    details = reading.details.get(meeting_id)
    if details is None:
        raise RecordNotFoundError(f"There is no meeting with id {meeting_id}.")
    return details


def merge_attendees(people: Iterable[Attendee]) -> tuple[Attendee, ...]:
    """One line per person: someone invited in two roles is listed once, with both roles."""
    merged: dict[tuple[str, str], Attendee] = {}
    for person in people:
        key = (person.name, person.organisation)
        seen = merged.get(key)
        if seen is None:
            merged[key] = person
        else:
            roles = seen.roles + tuple(r for r in person.roles if r not in seen.roles)
            merged[key] = dataclasses.replace(seen, roles=roles)
    return tuple(merged.values())


def _people(reading: Reading, row: AttendeeRow) -> list[Attendee]:
    """One attendee row as people: the named person, the role's people, or the role itself."""
    roles = (row.role_name,) if row.role_name else ()
    if row.name:
        return [Attendee(row.name, row.organisation, roles, row.attendance)]
    found = reading.people_by_role.get(row.role_key, ()) if row.role_key else ()
    if found:
        return [Attendee(name, org, roles, row.attendance) for name, org in found]
    return [Attendee(row.role_name, row.organisation or reading.area, (), row.attendance)]


def pack_context(reading: Reading) -> PackContext:
    """Whose pack it is and when it was made."""
    return PackContext(reading.area, INSPECTION_TITLE, None, clock.today())


def meeting_reference_day(pack: PackReading) -> dt.date:
    """The day the pack looks ahead from: the meeting's day, else today."""
    return pack.meeting.details.day or clock.today()


def earlier_open_actions(pack: PackReading) -> list[MeetingAction]:
    """Actions still open from the meetings before this one."""
    titles = {date.id: date.title for date in pack.dates}
    person = owner_as_person(pack.meeting)
    return open_actions(
        MeetingAction(a.description, person(a.owner), a.due, titles[a.meeting_id], a.done)
        for a in pack.earlier_actions
    )


def upcoming_deadlines(pack: PackReading) -> list[DeadlineRow]:
    """Plan deadlines and other meetings in the three weeks from the meeting's day."""
    person = owner_as_person(pack.meeting)
    rows = [DeadlineRow(r.week, r.due, r.title, person(r.owner_role)) for r in pack.deadlines]
    meetings = [
        DeadlineRow(date.week or 0, date.day, f"Meeting: {date.title}", person(date.owner_role))
        for date in pack.dates
        if date.day is not None and date.id != pack.meeting.details.id
    ]
    return deadlines_within(rows + meetings, meeting_reference_day(pack), DEADLINE_WEEKS)


def plan_deadline_keys(reading: InspectionMeetings) -> list[tuple[str, DeadlineRow]]:
    """Every plan deadline with the stable key its calendar event is made from."""
    person = owner_as_person(reading)
    return [
        (row.key, DeadlineRow(row.week, row.due, row.title, person(row.owner_role)))
        for row in reading.plan
        if row.kind is ItemKind.DEADLINE
    ]


def week_statuses(pack: PackReading, up_to_week: int) -> list[WeekStatus]:
    """How the checklist stands for weeks 1 to ``up_to_week``."""
    today = clock.today()
    counts: dict[int, Counter[str]] = {}
    for tally in pack.tallies:
        if tally.week > up_to_week:
            continue
        counted = counts.setdefault(tally.week, Counter())
        counted[tally.status.value] += tally.items
        if tally.is_overdue(today):
            counted["overdue"] += tally.items
    calendar = pack.meeting.calendar
    return [
        WeekStatus(
            week,
            calendar.week(week).starts_on,
            done=counted[ItemStatus.DONE.value],
            in_progress=counted[ItemStatus.IN_PROGRESS.value],
            not_started=counted[ItemStatus.NOT_STARTED.value],
            not_applicable=counted[ItemStatus.NOT_APPLICABLE.value],
            overdue=counted["overdue"],
        )
        for week, counted in sorted(counts.items())
    ]


def status_weeks_for(pack: PackReading) -> int:
    """The last week the pack's status table covers: a few weeks past the meeting's week."""
    reading = pack.meeting
    week = reading.details.fields.week or reading.calendar.current_week(clock.today()) or 1
    return min(week + STATUS_WEEKS_AHEAD, reading.weeks)
