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
from inspection_desktop.storage.meetings.meeting_reading import summary_order
from inspection_desktop.storage.meetings.meeting_rows import (
    AttendeeRow,
    InspectionMeetings,
    MeetingDetails,
)

INSPECTION_TITLE = (
    "Joint inspection of services for children and young people in need of care and protection"
)
DEADLINE_WEEKS = 3
STATUS_WEEKS_AHEAD = 4


def domain_meeting(reading: InspectionMeetings, meeting_id: int) -> Meeting:
    """The meeting as the documents render it, roles resolved to people where known."""
    details = _details(reading, meeting_id)
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


def owner_as_person(
    reading: InspectionMeetings, roles: RoleCatalogue | None = None
) -> Callable[[str], str]:
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


def _people(reading: InspectionMeetings, row: AttendeeRow) -> list[Attendee]:
    """One attendee row as people: the named person, the role's people, or the role itself."""
    roles = (row.role_name,) if row.role_name else ()
    if row.name:
        return [Attendee(row.name, row.organisation, roles, row.attendance)]
    found = reading.people_by_role.get(row.role_key, ()) if row.role_key else ()
    if found:
        return [Attendee(name, org, roles, row.attendance) for name, org in found]
    return [Attendee(row.role_name, row.organisation or reading.area, (), row.attendance)]


def pack_context(reading: InspectionMeetings) -> PackContext:
    """Whose pack it is and when it was made."""
    return PackContext(reading.area, INSPECTION_TITLE, None, clock.today())


def meeting_reference_day(reading: InspectionMeetings, meeting_id: int) -> dt.date:
    """The day the pack looks ahead from: the meeting's day, else today."""
    for summary in reading.summaries:
        if summary.id == meeting_id and summary.day is not None:
            return summary.day
    return clock.today()


def earlier_open_actions(reading: InspectionMeetings, meeting_id: int) -> list[MeetingAction]:
    """Actions still open from the meetings before this one."""
    this = next(s for s in reading.summaries if s.id == meeting_id)
    earlier = {s.id: s.title for s in reading.summaries if summary_order(s) < summary_order(this)}
    person = owner_as_person(reading)
    actions = [
        MeetingAction(a.description, person(a.owner), a.due, earlier[a.meeting_id], a.done)
        for a in reading.actions
        if a.meeting_id in earlier
    ]
    return open_actions(actions)


def upcoming_deadlines(reading: InspectionMeetings, meeting_id: int) -> list[DeadlineRow]:
    """Plan deadlines and other meetings in the three weeks from the meeting's day."""
    rows = [row for _key, row in plan_deadline_keys(reading)]
    person = owner_as_person(reading)
    owners = {row.id: person(row.owner_role) for row in reading.plan}
    meetings = [
        DeadlineRow(s.week or 0, s.day, f"Meeting: {s.title}", owners.get(s.plan_item_id or 0, ""))
        for s in reading.summaries
        if s.day is not None and s.id != meeting_id
    ]
    return deadlines_within(
        rows + meetings, meeting_reference_day(reading, meeting_id), DEADLINE_WEEKS
    )


def plan_deadline_keys(reading: InspectionMeetings) -> list[tuple[str, DeadlineRow]]:
    """Every plan deadline with the stable key its calendar event is made from."""
    person = owner_as_person(reading)
    return [
        (row.key, DeadlineRow(row.week, row.due, row.title, person(row.owner_role)))
        for row in reading.plan
        if row.kind is ItemKind.DEADLINE
    ]


def week_statuses(reading: InspectionMeetings, up_to_week: int) -> list[WeekStatus]:
    """How the checklist stands for weeks 1 to ``up_to_week``."""
    today = clock.today()
    counts: dict[int, Counter[str]] = {}
    for row in reading.plan:
        if row.week > up_to_week:
            continue
        tally = counts.setdefault(row.week, Counter())
        tally[row.status.value] += 1
        if row.is_overdue(today):
            tally["overdue"] += 1
    return [
        WeekStatus(
            week,
            reading.calendar.week(week).starts_on,
            done=tally[ItemStatus.DONE.value],
            in_progress=tally[ItemStatus.IN_PROGRESS.value],
            not_started=tally[ItemStatus.NOT_STARTED.value],
            not_applicable=tally[ItemStatus.NOT_APPLICABLE.value],
            overdue=tally["overdue"],
        )
        for week, tally in sorted(counts.items())
    ]


def status_weeks_for(reading: InspectionMeetings, meeting_id: int) -> int:
    """The last week the pack's status table covers: a few weeks past the meeting's week."""
    details = _details(reading, meeting_id)
    week = details.fields.week or reading.calendar.current_week(clock.today()) or 1
    return min(week + STATUS_WEEKS_AHEAD, reading.weeks)
