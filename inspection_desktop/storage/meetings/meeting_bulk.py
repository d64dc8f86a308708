"""Many meetings written at once (agendas, attendees, actions and their checklist items).

For a whole inspection's worth of meetings arriving together, as the large demo makes them:
every table is filled by Core inserts, a statement or two per table, never one ORM object per
row. Each action becomes a checklist item exactly as ``add_action_to_checklist`` makes one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Table, func, insert, select
from sqlmodel import Session

from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import MEETING_ACTION_KEY_PREFIX, ItemStatus
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.meetings.models import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
)
from inspection_desktop.storage.plan.plan_items import NewPlanItem, add_items_in_bulk, set_in_bulk


@dataclass(frozen=True)
class ActionDraft:
    """An action agreed at a meeting, put on the checklist with its owner and status."""

    description: str
    owner: str
    due: dt.date
    owner_role: str = "inspection_coordinator"
    owner_contact_id: int | None = None
    status: ItemStatus = ItemStatus.NOT_STARTED


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting of the co-ordinator's own, in full."""

    title: str
    week: int
    starts: dt.datetime
    duration_minutes: int
    venue: str
    agenda: tuple[tuple[str, str, int], ...] = ()  # (title, presenter, minutes)
    attendees: tuple[tuple[str, str, str | None, Attendance], ...] = ()  # name, body, role, came
    actions: tuple[ActionDraft, ...] = field(default=())


def add_meetings_in_bulk(
    database: Database,
    inspection_id: int,
    calendar: InspectionCalendar,
    meetings: Sequence[MeetingDraft],
) -> list[int]:
    """Store every meeting, with its actions as checklist items, in one transaction; their ids."""
    with database.transaction() as session:
        first = _next_position(session, MeetingRecord, inspection_id)
        rows = [
            {
                "inspection_id": inspection_id,
                "title": meeting.title,
                "purpose": "",
                "week": meeting.week,
                "starts": meeting.starts,
                "duration_minutes": meeting.duration_minutes,
                "venue": meeting.venue,
                "notes": "",
                "decisions": "",
                "position": first + number,
            }
            for number, meeting in enumerate(meetings)
        ]
        meeting_ids = _insert_by_position(session, MeetingRecord, inspection_id, rows)
        pairs = list(zip(meeting_ids, meetings, strict=True))
        _insert(
            session,
            AgendaItemRecord,
            [
                {
                    "meeting_id": meeting_id,
                    "position": position,
                    "title": title,
                    "presenter": presenter,
                    "minutes": minutes,
                    "notes": "",
                    "minutes_notes": "",
                    "confidential": False,
                }
                for meeting_id, meeting in pairs
                for position, (title, presenter, minutes) in enumerate(meeting.agenda)
            ],
        )
        _insert(
            session,
            MeetingAttendeeRecord,
            [
                {
                    "meeting_id": meeting_id,
                    "name": name,
                    "organisation": organisation,
                    "role_key": role_key,
                    "attendance": attendance.value,
                }
                for meeting_id, meeting in pairs
                for name, organisation, role_key, attendance in meeting.attendees
            ],
        )
        _actions_to_checklist(session, inspection_id, calendar, pairs)
    return meeting_ids


def _actions_to_checklist(
    session: Session,
    inspection_id: int,
    calendar: InspectionCalendar,
    pairs: list[tuple[int, MeetingDraft]],
) -> None:
    """The checklist items first (the plan store adds them), then the actions that own them."""
    actions = [
        (meeting_id, meeting, action) for meeting_id, meeting in pairs for action in meeting.actions
    ]
    if not actions:
        return
    item_ids = add_items_in_bulk(
        session,
        inspection_id,
        [
            NewPlanItem(
                key=MEETING_ACTION_KEY_PREFIX,  # completed below, once the action has an id
                week=calendar.week_number_of(action.due) or meeting.week or 1,
                title=action.description,
                description=f"Action agreed at {meeting.title}."
                + (f" Owner: {action.owner}." if action.owner else ""),
                owner_role=action.owner_role,
                guide_notes=f"From the meeting: {meeting.title}",
                moved_to=action.due,
            )
            for _id, meeting, action in actions
        ],
    )
    _insert(
        session,
        MeetingActionRecord,
        [
            {
                "meeting_id": meeting_id,
                "description": action.description,
                "owner": action.owner,
                "due": action.due,
                "plan_item_id": item_id,
            }
            for item_id, (meeting_id, _meeting, action) in zip(item_ids, actions, strict=True)
        ],
    )
    table = _table(MeetingActionRecord)
    action_ids: dict[int, int] = dict(
        session.execute(
            select(table.c.plan_item_id, table.c.id).where(table.c.plan_item_id.in_(item_ids))
        ).all()
    )
    set_in_bulk(
        session,
        {
            item_id: {
                "item_key": f"{MEETING_ACTION_KEY_PREFIX}{action_ids[item_id]}",
                "status": action.status.value,
                "completed_on": action.due if action.status is ItemStatus.DONE else None,
                "owner_contact_id": action.owner_contact_id,
            }
            for item_id, (_id, _meeting, action) in zip(item_ids, actions, strict=True)
        },
    )


def _table(model: type[object]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _insert(session: Session, model: type[object], rows: list[dict[str, object]]) -> None:
    if rows:
        session.execute(insert(_table(model)), rows)


def _insert_by_position(
    session: Session, model: type[object], inspection_id: int, rows: list[dict[str, object]]
) -> list[int]:
    """Insert rows of new positions together, then read their ids back by position.

    (SQLite returns ids from a many-row insert in no promised order, so they are read back.)
    """
    if not rows:
        return []
    table = _table(model)
    session.execute(insert(table), rows)
    positions = [int(str(row["position"])) for row in rows]
    ids: dict[int, int] = dict(
        session.execute(
            select(table.c.position, table.c.id).where(
                table.c.inspection_id == inspection_id,
                table.c.position >= min(positions),
            )
        ).all()
    )
    return [int(ids[position]) for position in positions]


def _next_position(session: Session, model: type[object], inspection_id: int) -> int:
    table = _table(model)
    last = session.execute(
        select(func.max(table.c.position)).where(table.c.inspection_id == inspection_id)
    ).scalar()
    return int(last or 0) + 1
