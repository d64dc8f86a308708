"""What the agenda, the pack and the calendar need, read from the store as domain records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

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
from inspection_desktop.storage.meetings.meeting_reading import summary_order
from inspection_desktop.storage.meetings.meeting_rows import AttendeeRow, MeetingDetails

if TYPE_CHECKING:
    from inspection_desktop.storage.meetings.meeting_service import MeetingService

INSPECTION_TITLE = (
    "Joint inspection of services for children and young people in need of care and protection"
)
DEADLINE_WEEKS = 3
STATUS_WEEKS_AHEAD = 4


def domain_meeting(service: MeetingService, meeting_id: int) -> Meeting:
    """The meeting as the documents render it, roles resolved to people where known."""
    details = service.meeting(meeting_id)
    area = service.inspections.get_inspection(details.inspection_id).area
    fields = details.fields
    person = owner_as_person(service, details.inspection_id)
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
            person
            for row in details.attendees
            for person in _people(service, details.inspection_id, row, area)
        ),
        decisions=fields.decisions,
        actions=tuple(
            MeetingAction(a.description, person(a.owner), a.due, fields.title, a.done)
            for a in details.actions
        ),
        notes=fields.notes,
    )


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


def _people(
    service: MeetingService, inspection_id: int, row: AttendeeRow, area: str
) -> list[Attendee]:
    """One attendee row as people: the named person, the role's people, or the role itself."""
    roles = (row.role_name,) if row.role_name else ()
    if row.name:
        return [Attendee(row.name, row.organisation, roles, row.attendance)]
    resolver = service.resolver
    if resolver is not None and row.role_key:
        found = resolver(inspection_id, row.role_key)
        if found:
            return [Attendee(name, org, roles, row.attendance) for name, org in found]
    return [Attendee(row.role_name, row.organisation or area, (), row.attendance)]


def owner_as_person(service: MeetingService, inspection_id: int) -> Callable[[str], str]:
    """Turns an owner written as a role ("Inspection co-ordinator") into the person who holds
    it, once the register names exactly one; anything else is shown as written."""
    roles = service.inspections.roles
    resolver = service.resolver
    holders: dict[str, list[tuple[str, str]]] = {}

    def person(owner: str) -> str:
        role = roles.find(owner) if owner.strip() else None
        if role is None or resolver is None:
            return owner
        if role.key not in holders:
            holders[role.key] = resolver(inspection_id, role.key)
        found = holders[role.key]
        if len(found) == 1:
            return found[0][0]
        return role.name if owner == role.key else owner

    return person


def pack_context(service: MeetingService, inspection_id: int) -> PackContext:
    """Whose pack it is and when it was made."""
    area = service.inspections.get_inspection(inspection_id).area
    return PackContext(area, INSPECTION_TITLE, None, clock.today())


def meeting_reference_day(service: MeetingService, details: MeetingDetails) -> dt.date:
    """The day the pack looks ahead from: the meeting's day, else today."""
    for summary in service.list_meetings(details.inspection_id):
        if summary.id == details.id and summary.day is not None:
            return summary.day
    return clock.today()


def earlier_open_actions(service: MeetingService, meeting_id: int) -> list[MeetingAction]:
    """Actions still open from the meetings before this one."""
    details = service.meeting(meeting_id)
    summaries = service.list_meetings(details.inspection_id)
    this = next(s for s in summaries if s.id == meeting_id)
    earlier = {s.id: s.title for s in summaries if summary_order(s) < summary_order(this)}
    person = owner_as_person(service, details.inspection_id)
    actions = [
        MeetingAction(a.description, person(a.owner), a.due, earlier[a.meeting_id], a.done)
        for a in service.actions(details.inspection_id)
        if a.meeting_id in earlier
    ]
    return open_actions(actions)


def upcoming_deadlines(service: MeetingService, meeting_id: int) -> list[DeadlineRow]:
    """Plan deadlines and other meetings in the three weeks from the meeting's day."""
    details = service.meeting(meeting_id)
    rows = [row for _key, row in plan_deadline_keys(service, details.inspection_id)]
    person = owner_as_person(service, details.inspection_id)
    owners = {
        row.id: person(row.owner_role)
        for row in service.inspections.plan_rows(details.inspection_id)
    }
    meetings = [
        DeadlineRow(s.week or 0, s.day, f"Meeting: {s.title}", owners.get(s.plan_item_id or 0, ""))
        for s in service.list_meetings(details.inspection_id)
        if s.day is not None and s.id != meeting_id
    ]
    return deadlines_within(
        rows + meetings, meeting_reference_day(service, details), DEADLINE_WEEKS
    )


def plan_deadline_keys(
    service: MeetingService, inspection_id: int
) -> list[tuple[str, DeadlineRow]]:
    """Every plan deadline with the stable key its calendar event is made from."""
    person = owner_as_person(service, inspection_id)
    return [
        (row.key, DeadlineRow(row.week, row.due, row.title, person(row.owner_role)))
        for row in service.inspections.plan_rows(inspection_id)
        if row.kind is ItemKind.DEADLINE
    ]


def week_statuses(service: MeetingService, inspection_id: int, up_to_week: int) -> list[WeekStatus]:
    """How the checklist stands for weeks 1 to ``up_to_week``."""
    calendar = service.inspections.calendar(inspection_id)
    today = clock.today()
    counts: dict[int, Counter[str]] = {}
    for row in service.inspections.plan_rows(inspection_id):
        if row.week > up_to_week:
            continue
        tally = counts.setdefault(row.week, Counter())
        tally[row.status.value] += 1
        if row.is_overdue(today):
            tally["overdue"] += 1
    return [
        WeekStatus(
            week,
            calendar.week(week).starts_on,
            done=tally[ItemStatus.DONE.value],
            in_progress=tally[ItemStatus.IN_PROGRESS.value],
            not_started=tally[ItemStatus.NOT_STARTED.value],
            not_applicable=tally[ItemStatus.NOT_APPLICABLE.value],
            overdue=tally["overdue"],
        )
        for week, tally in sorted(counts.items())
    ]


def status_weeks_for(service: MeetingService, meeting_id: int) -> int:
    """The last week the pack's status table covers: a few weeks past the meeting's week."""
    details = service.meeting(meeting_id)
    inspection = service.inspections.get_inspection(details.inspection_id)
    week = (
        details.fields.week
        or service.inspections.calendar(details.inspection_id).current_week(clock.today())
        or 1
    )
    return min(week + STATUS_WEEKS_AHEAD, inspection.weeks)
