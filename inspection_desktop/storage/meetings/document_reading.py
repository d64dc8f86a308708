"""Reading what the documents about one meeting print, for that meeting alone.

A pack prints one meeting, the open actions of the meetings before it, the deadlines ahead and
the checklist counted by week. Each is read as a set, and only what is printed: the work does
not grow with the checklist items, actions or meetings the pack does not show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemKind, ItemStatus, PlanRow
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.storage.meetings.meeting_reading import (
    RoleNamer,
    action_columns,
    action_from_columns,
    action_items,
    day_of,
    get_record,
    meeting_items,
    read_meeting_parts,
    summary_order,
    table_of,
)
from inspection_desktop.storage.meetings.meeting_rows import (
    ActionRow,
    MeetingDate,
    MeetingDetails,
)
from inspection_desktop.storage.meetings.models import MeetingActionRecord, MeetingRecord
from inspection_desktop.storage.plan.inspection_service import (
    InspectionService,
    InspectionSummary,
    ItemIds,
    WeekTally,
)
from inspection_desktop.storage.plan.models import PlanItemRecord


@dataclass(frozen=True)
class OneMeeting:
    """One meeting in full, with its inspection and the checklist items that date meetings."""

    inspection: InspectionSummary
    calendar: InspectionCalendar
    details: MeetingDetails
    plan: Mapping[int, PlanRow]
    """The checklist items meetings were made from (this one's, or every meeting's)."""


@dataclass(frozen=True)
class PackParts:
    """What a pack prints beyond the meeting: see ``PackReading``."""

    dates: tuple[MeetingDate, ...]
    earlier_actions: tuple[ActionRow, ...]
    deadlines: tuple[PlanRow, ...]
    tallies: tuple[WeekTally, ...]


def read_one_meeting(
    session: Session,
    inspections: InspectionService,
    role_name: RoleNamer,
    meeting_id: int,
    *,
    date_every_meeting: bool = False,
) -> OneMeeting:
    """The meeting in full; with ``date_every_meeting``, the items every meeting is dated by."""
    inspection_id = get_record(session, MeetingRecord, meeting_id, "meeting").inspection_id
    inspection = inspections.summary_in(session, inspection_id)
    calendar = inspections.calendar_in(session, inspection_id)
    items = meeting_items(inspection_id, None if date_every_meeting else meeting_id)
    plan = {row.id: row for row in inspections.rows_in(session, inspection_id, calendar, items)}
    statuses = inspections.statuses_in(session, action_items(inspection_id, meeting_id))
    parts = read_meeting_parts(session, inspection_id, plan, role_name, meeting_id, statuses)
    return OneMeeting(inspection, calendar, parts.details(meeting_id, plan), plan)


def read_pack_parts(
    session: Session, inspections: InspectionService, meeting: OneMeeting
) -> PackParts:
    """The rest of a pack, after ``read_one_meeting`` with every meeting's item."""
    inspection_id = meeting.inspection.id
    dates = _meeting_dates(session, inspection_id, meeting.plan)
    this = next(date for date in dates if date.id == meeting.details.id)
    earlier = [date.id for date in dates if summary_order(date) < summary_order(this)]
    deadlines = inspections.rows_in(
        session, inspection_id, meeting.calendar, _deadline_items(inspection_id)
    )
    return PackParts(
        dates=dates,
        earlier_actions=tuple(_open_actions(session, earlier)),
        deadlines=tuple(deadlines),
        tallies=tuple(inspections.tallies_in(session, inspection_id, meeting.calendar)),
    )


def roles_named(roles: RoleCatalogue, details: MeetingDetails, owners: Iterable[str]) -> set[str]:
    """The role keys a document may print people for: roles invited, and owners that are roles."""
    keys = {row.role_key for row in details.attendees if row.role_key}
    for owner in {*owners, *(action.owner for action in details.actions)}:
        role = roles.find(owner) if owner.strip() else None
        if role is not None:
            keys.add(role.key)
    return keys


def pack_owners(parts: PackParts) -> list[str]:
    """Every owner a pack prints beside the meeting's own: earlier actions, deadlines, meetings."""
    return [
        *(action.owner for action in parts.earlier_actions),
        *(row.owner_role for row in parts.deadlines),
        *(date.owner_role for date in parts.dates),
    ]


def _meeting_dates(
    session: Session, inspection_id: int, plan: Mapping[int, PlanRow]
) -> tuple[MeetingDate, ...]:
    """Every meeting of the inspection as a light row, earliest first."""
    meeting = table_of(MeetingRecord).c
    found = session.execute(
        sa.select(meeting.id, meeting.plan_item_id, meeting.title, meeting.week, meeting.starts)
        .where(meeting.inspection_id == inspection_id)
        .order_by(meeting.id)
    ).all()
    dates = [
        MeetingDate(
            id=meeting_id,
            plan_item_id=plan_item_id,
            title=title,
            week=week,
            starts=starts,
            day=day_of(starts, plan_item_id, plan),
            owner_role=plan[plan_item_id].owner_role if plan_item_id in plan else "",
        )
        for meeting_id, plan_item_id, title, week, starts in found
    ]
    return tuple(sorted(dates, key=summary_order))


def _open_actions(session: Session, meeting_ids: Sequence[int]) -> list[ActionRow]:
    """The actions of these meetings whose checklist item is not done or not applicable."""
    if not meeting_ids:
        return []
    items = table_of(PlanItemRecord)
    action, item = table_of(MeetingActionRecord).c, items.c
    closed = [status.value for status in ItemStatus if status.is_closed]
    found = session.execute(
        sa.select(*action_columns(action))
        .outerjoin(items, item.id == action.plan_item_id)
        .where(
            action.meeting_id.in_(list(meeting_ids)),
            sa.or_(item.id.is_(None), item.status.not_in(closed)),
        )
        .order_by(action.id)
    ).all()
    return [action_from_columns(row, done=False) for row in found]


def _deadline_items(inspection_id: int) -> ItemIds:
    """The ids of the inspection's deadlines still on the checklist."""
    return select(PlanItemRecord.id).where(
        PlanItemRecord.inspection_id == inspection_id,
        PlanItemRecord.kind == ItemKind.DEADLINE.value,
        col(PlanItemRecord.removed_at).is_(None),
    )
