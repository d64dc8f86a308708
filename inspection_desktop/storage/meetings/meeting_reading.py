"""Reading meeting records into frozen rows, with dates and action status from the plan."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

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
from inspection_desktop.storage.plan.inspection_service import ItemIds

_R = TypeVar("_R")

# role key -> (role name, organisation the role belongs to, "" when it depends on the partnership)
RoleNamer = Callable[[str], tuple[str, str]]


def meeting_items(inspection_id: int, meeting_id: int | None = None) -> ItemIds:
    """The ids of the checklist items the meetings (or one meeting) were made from.

    A meetings list needs only these of a plan that may run to thousands of items (their due
    dates date the meetings); of the items actions became, only the status (``action_items``).
    """
    query = select(MeetingRecord.plan_item_id).where(MeetingRecord.inspection_id == inspection_id)
    return query.where(MeetingRecord.id == meeting_id) if meeting_id is not None else query


def action_items(inspection_id: int, meeting_id: int | None = None) -> ItemIds:
    """The ids of the checklist items the meetings' actions (or one meeting's) became."""
    query = (
        select(MeetingActionRecord.plan_item_id)
        .join(MeetingRecord)
        .where(MeetingRecord.inspection_id == inspection_id)
    )
    return query.where(MeetingRecord.id == meeting_id) if meeting_id is not None else query


def meeting_day(record: MeetingRecord, plan: Mapping[int, PlanRow]) -> dt.date | None:
    """The meeting's day: its set start, else the date its checklist item is due."""
    return day_of(record.starts, record.plan_item_id, plan)


def day_of(
    starts: dt.datetime | None, plan_item_id: int | None, plan: Mapping[int, PlanRow]
) -> dt.date | None:
    """A meeting's day from its start, else from the checklist item it was made from."""
    if starts is not None:
        return starts.date()
    if plan_item_id is not None and plan_item_id in plan:
        return plan[plan_item_id].due
    return None


@dataclass(frozen=True)
class MeetingParts:
    """Meetings of one inspection with their agendas, attendees and actions, read as sets.

    Five queries, however many meetings there are: on a shared server each is a round trip.
    """

    records: list[MeetingRecord]
    agenda: dict[int, list[AgendaRow]]
    attendees: dict[int, list[AttendeeRow]]
    actions: dict[int, list[ActionRow]]

    def summaries(
        self,
        plan: dict[int, PlanRow],
        people_in_role: Mapping[str, Sequence[str]] | None = None,
    ) -> list[MeetingSummary]:
        """Every meeting as list rows, earliest first.

        ``people_in_role`` names the people the register has for each role; attendees invited
        by role with nobody named at the meeting are listed as those people.
        """
        summaries = []
        for record in self.records:
            assert record.id is not None
            attendees = self.attendees.get(record.id, [])
            actions = self.actions.get(record.id, [])
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
                    agenda_titles=tuple(item.title for item in self.agenda.get(record.id, [])),
                    attendee_names=names,
                )
            )
        return sorted(summaries, key=summary_order)

    def details(self, meeting_id: int, plan: dict[int, PlanRow]) -> MeetingDetails:
        """One meeting in full, dated from ``plan`` when it has no start of its own."""
        record = next((r for r in self.records if r.id == meeting_id), None)
        if record is None:
            raise RecordNotFoundError(f"There is no meeting with id {meeting_id}.")
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
            id=meeting_id,
            inspection_id=record.inspection_id,
            plan_item_id=record.plan_item_id,
            fields=fields,
            agenda=tuple(self.agenda.get(meeting_id, [])),
            attendees=tuple(self.attendees.get(meeting_id, [])),
            actions=tuple(self.actions.get(meeting_id, [])),
            day=meeting_day(record, plan),
        )

    def all_actions(self) -> list[ActionRow]:
        """Every action of these meetings, in the order they were recorded."""
        return sorted((a for rows in self.actions.values() for a in rows), key=lambda a: a.id)


def read_meeting_parts(
    session: Session,
    inspection_id: int,
    plan: dict[int, PlanRow],
    role_name: RoleNamer,
    meeting_id: int | None = None,
    statuses: Mapping[int, ItemStatus] | None = None,
) -> MeetingParts:
    """The inspection's meetings (or the one ``meeting_id``) with all their parts.

    ``statuses`` gives the status of the items actions were put on the checklist as, when
    ``plan`` holds only the meetings' own items.
    """
    meetings = select(MeetingRecord).where(MeetingRecord.inspection_id == inspection_id)
    if meeting_id is not None:
        meetings = meetings.where(MeetingRecord.id == meeting_id)
    records = list(session.exec(meetings).all())
    ids = [record.id for record in records if record.id is not None]
    if not ids:
        return MeetingParts(records, {}, {}, {})
    # Columns, not ORM objects: thousands of actions and attendees are only read, never changed.
    item, paper, person, action = (
        table_of(AgendaItemRecord).c,
        table_of(PaperRecord).c,
        table_of(MeetingAttendeeRecord).c,
        table_of(MeetingActionRecord).c,
    )
    agenda = session.execute(
        sa.select(
            item.id,
            item.meeting_id,
            item.position,
            item.title,
            item.presenter,
            item.minutes,
            item.notes,
            item.minutes_notes,
            item.confidential,
        )
        .where(item.meeting_id.in_(ids))
        .order_by(item.position, item.id)
    ).all()
    papers = session.execute(
        sa.select(paper.id, paper.agenda_item_id, paper.title, paper.path, paper.confidential)
        .join_from(table_of(PaperRecord), table_of(AgendaItemRecord))
        .where(item.meeting_id.in_(ids))
        .order_by(paper.id)
    ).all()
    attendees = session.execute(
        sa.select(
            person.id,
            person.meeting_id,
            person.role_key,
            person.name,
            person.organisation,
            person.attendance,
        )
        .where(person.meeting_id.in_(ids))
        .order_by(person.id)
    ).all()
    actions = session.execute(
        sa.select(*action_columns(action)).where(action.meeting_id.in_(ids)).order_by(action.id)
    ).all()
    papers_by_item: dict[int, list[PaperRow]] = defaultdict(list)
    for paper_id, item_id, title, path, confidential in papers:
        papers_by_item[item_id].append(PaperRow(paper_id or 0, title, path, confidential))
    agenda_rows: dict[int, list[AgendaRow]] = defaultdict(list)
    for item_id, meeting_id, position, title, presenter, minutes, notes, said, secret in agenda:
        assert item_id is not None
        agenda_rows[meeting_id].append(
            AgendaRow(
                id=item_id,
                position=position,
                title=title,
                presenter=presenter,
                minutes=minutes,
                notes=notes,
                minutes_notes=said,
                confidential=secret,
                papers=tuple(papers_by_item.get(item_id, [])),
            )
        )
    attendee_rows: dict[int, list[AttendeeRow]] = defaultdict(list)
    for person_id, meeting_id, role_key, person_name, organisation, attendance in attendees:
        assert person_id is not None
        name, role_organisation = role_name(role_key) if role_key else ("", "")
        attendee_rows[meeting_id].append(
            AttendeeRow(
                id=person_id,
                role_key=role_key,
                role_name=name,
                name=person_name,
                organisation=organisation or role_organisation,
                attendance=Attendance(attendance),
            )
        )
    if statuses is None:
        statuses = {item_id: row.status for item_id, row in plan.items()}
    action_rows: dict[int, list[ActionRow]] = defaultdict(list)
    for found in actions:
        action_rows[found.meeting_id].append(
            action_from_columns(found, done=_closed(found.plan_item_id, statuses))
        )
    return MeetingParts(records, dict(agenda_rows), dict(attendee_rows), dict(action_rows))


def action_columns(action: Any) -> tuple[Any, ...]:
    """The columns of the actions table (``table.c``) an action's row is read from."""
    return (
        action.id,
        action.meeting_id,
        action.description,
        action.owner,
        action.due,
        action.plan_item_id,
    )


def action_from_columns(found: Any, *, done: bool) -> ActionRow:
    """An action's row from the columns ``action_columns`` names, as read."""
    action_id, meeting_id, description, owner, due, plan_item_id = found
    return ActionRow(
        id=action_id,
        meeting_id=meeting_id,
        description=description,
        owner=owner,
        due=due,
        plan_item_id=plan_item_id,
        done=done,
    )


def table_of(model: type[SQLModel]) -> sa.Table:
    """The table behind a model, for reading columns without building objects."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, sa.Table)
    return table


def _names(
    attendees: list[AttendeeRow], people_in_role: Mapping[str, Sequence[str]] | None
) -> tuple[str, ...]:
    names: list[str] = []
    for person in attendees:
        found = (
            people_in_role.get(person.role_key, ())
            if people_in_role and person.role_key and not person.name
            else ()
        )
        # Someone invited in two roles (co-ordinator and team member) is one person at the table.
        for name in found or [person.shown_name]:
            if name not in names:
                names.append(name)
    return tuple(names)


class DatedMeeting(Protocol):
    """A meeting placed in time: a list's summary, or the light row a pack reads."""

    @property
    def id(self) -> int:
        """The meeting's id (the last tie-break)."""

    @property
    def week(self) -> int | None:
        """The plan week it belongs to."""

    @property
    def starts(self) -> dt.datetime | None:
        """When it starts, once set."""

    @property
    def day(self) -> dt.date | None:
        """Its day: the start's, else its checklist item's."""


def summary_order(summary: DatedMeeting) -> tuple[dt.date, dt.time, int, int]:
    """Date order; undated meetings after dated ones of their week."""
    day = summary.day or dt.date.max
    time = summary.starts.time() if summary.starts else dt.time.max
    return day, time, summary.week or 0, summary.id


def action_row(record: MeetingActionRecord, statuses: Mapping[int, ItemStatus]) -> ActionRow:
    """An action record as a row; done when its checklist item is done or not applicable."""
    assert record.id is not None
    return ActionRow(
        id=record.id,
        meeting_id=record.meeting_id,
        description=record.description,
        owner=record.owner,
        due=record.due,
        plan_item_id=record.plan_item_id,
        done=_closed(record.plan_item_id, statuses),
    )


def _closed(plan_item_id: int | None, statuses: Mapping[int, ItemStatus]) -> bool:
    """Whether an action's checklist item is done or not applicable."""
    status = statuses.get(plan_item_id) if plan_item_id is not None else None
    return status is not None and status.is_closed


def get_record(session: Session, kind: type[_R], record_id: int, what: str) -> _R:
    """A record by id, or a plain message that it does not exist."""
    record = session.get(kind, record_id)
    if record is None:
        raise RecordNotFoundError(f"There is no {what} with id {record_id}.")
    return record
