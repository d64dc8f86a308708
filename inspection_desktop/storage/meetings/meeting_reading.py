"""Reading meeting records into frozen rows, with dates and action status from the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session, col, select

from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.meetings.meeting_rows import (
    ActionRow,
    AgendaRow,
    AttendeeRow,
    MeetingDetails,
    MeetingFields,
    MeetingSummary,
    PaperRow,
)
from inspection_desktop.storage.meetings.models import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    PaperRecord,
)

_R = TypeVar("_R")

# role key -> (role name, organisation the role belongs to, "" when it depends on the partnership)
RoleNamer = Callable[[str], tuple[str, str]]


def meeting_day(record: MeetingRecord, plan: dict[int, PlanRow]) -> dt.date | None:
    """The meeting's day: its set start, else the date its checklist item is due."""
    if record.starts is not None:
        return record.starts.date()
    if record.plan_item_id is not None and record.plan_item_id in plan:
        return plan[record.plan_item_id].due
    return None


def read_summaries(
    session: Session,
    inspection_id: int,
    plan: dict[int, PlanRow],
    role_name: RoleNamer,
    people_in_role: Callable[[str], list[str]] | None = None,
) -> list[MeetingSummary]:
    """Every meeting of the inspection as list rows, earliest first.

    ``people_in_role`` names the people the register has for a role; attendees invited by role
    with nobody named at the meeting are listed as those people.
    """
    records = session.exec(
        select(MeetingRecord).where(MeetingRecord.inspection_id == inspection_id)
    ).all()
    summaries = []
    for record in records:
        assert record.id is not None
        attendees = _attendees(session, record.id, role_name)
        actions = _actions(session, record.id, plan)
        names = _names(attendees, people_in_role)
        summaries.append(
            MeetingSummary(
                id=record.id,
                inspection_id=record.inspection_id,
                plan_item_id=record.plan_item_id,
                title=record.title,
                week=record.week,
                starts=record.starts,
                day=meeting_day(record, plan),
                attendee_count=len(names),
                open_actions=sum(1 for action in actions if not action.done),
                agenda_titles=tuple(item.title for item in _agenda(session, record.id)),
                attendee_names=names,
            )
        )
    return sorted(summaries, key=summary_order)


def _names(
    attendees: list[AttendeeRow], people_in_role: Callable[[str], list[str]] | None
) -> tuple[str, ...]:
    names: list[str] = []
    for person in attendees:
        found = (
            people_in_role(person.role_key)
            if people_in_role and person.role_key and not person.name
            else []
        )
        # Someone invited in two roles (co-ordinator and team member) is one person at the table.
        for name in found or [person.shown_name]:
            if name not in names:
                names.append(name)
    return tuple(names)


def summary_order(summary: MeetingSummary) -> tuple[dt.date, dt.time, int, int]:
    """Date order; undated meetings after dated ones of their week."""
    day = summary.day or dt.date.max
    time = summary.starts.time() if summary.starts else dt.time.max
    return day, time, summary.week or 0, summary.id


def read_details(
    session: Session, record: MeetingRecord, plan: dict[int, PlanRow], role_name: RoleNamer
) -> MeetingDetails:
    """One meeting in full."""
    assert record.id is not None
    fields = MeetingFields(
        title=record.title,
        purpose=record.purpose,
        week=record.week,
        starts=record.starts,
        duration_minutes=record.duration_minutes,
        venue=record.venue,
        notes=record.notes,
        decisions=tuple(line for line in record.decisions.splitlines() if line.strip()),
    )
    return MeetingDetails(
        id=record.id,
        inspection_id=record.inspection_id,
        plan_item_id=record.plan_item_id,
        fields=fields,
        agenda=tuple(_agenda(session, record.id)),
        attendees=tuple(_attendees(session, record.id, role_name)),
        actions=tuple(_actions(session, record.id, plan)),
    )


def _agenda(session: Session, meeting_id: int) -> list[AgendaRow]:
    records = session.exec(
        select(AgendaItemRecord)
        .where(AgendaItemRecord.meeting_id == meeting_id)
        .order_by(col(AgendaItemRecord.position), col(AgendaItemRecord.id))
    ).all()
    rows = []
    for record in records:
        assert record.id is not None
        papers = session.exec(
            select(PaperRecord)
            .where(PaperRecord.agenda_item_id == record.id)
            .order_by(col(PaperRecord.id))
        ).all()
        rows.append(
            AgendaRow(
                id=record.id,
                position=record.position,
                title=record.title,
                presenter=record.presenter,
                minutes=record.minutes,
                notes=record.notes,
                minutes_notes=record.minutes_notes,
                confidential=record.confidential,
                papers=tuple(PaperRow(p.id or 0, p.title, p.path, p.confidential) for p in papers),
            )
        )
    return rows


def _attendees(session: Session, meeting_id: int, role_name: RoleNamer) -> list[AttendeeRow]:
    records = session.exec(
        select(MeetingAttendeeRecord)
        .where(MeetingAttendeeRecord.meeting_id == meeting_id)
        .order_by(col(MeetingAttendeeRecord.id))
    ).all()
    rows = []
    for record in records:
        assert record.id is not None
        name, organisation = role_name(record.role_key) if record.role_key else ("", "")
        rows.append(
            AttendeeRow(
                id=record.id,
                role_key=record.role_key,
                role_name=name,
                name=record.name,
                organisation=record.organisation or organisation,
                attendance=Attendance(record.attendance),
            )
        )
    return rows


def _actions(session: Session, meeting_id: int, plan: dict[int, PlanRow]) -> list[ActionRow]:
    records = session.exec(
        select(MeetingActionRecord)
        .where(MeetingActionRecord.meeting_id == meeting_id)
        .order_by(col(MeetingActionRecord.id))
    ).all()
    statuses = {item_id: row.status for item_id, row in plan.items()}
    return [action_row(record, statuses) for record in records]


def action_row(record: MeetingActionRecord, statuses: dict[int, ItemStatus]) -> ActionRow:
    """An action record as a row; done when its checklist item is done or not applicable."""
    assert record.id is not None
    status = statuses.get(record.plan_item_id) if record.plan_item_id is not None else None
    return ActionRow(
        id=record.id,
        meeting_id=record.meeting_id,
        description=record.description,
        owner=record.owner,
        due=record.due,
        plan_item_id=record.plan_item_id,
        done=status is not None and status.is_closed,
    )


def get_record(session: Session, kind: type[_R], record_id: int, what: str) -> _R:
    """A record by id, or a plain message that it does not exist."""
    record = session.get(kind, record_id)
    if record is None:
        raise RecordNotFoundError(f"There is no {what} with id {record_id}.")
    return record
