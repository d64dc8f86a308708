"""Attendees and actions of meetings: attendance recorded, actions turned into checklist items."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.plan.items import MEETING_ACTION_KEY_PREFIX
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.meetings.meeting_reading import action_row, get_record
from inspection_desktop.storage.meetings.meeting_rows import ActionRow
from inspection_desktop.storage.meetings.models import (
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
)
from inspection_desktop.storage.plan import plan_items
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.storage.plan.plan_items import NewPlanItem

DEFAULT_ACTION_OWNER_ROLE = "inspection_coordinator"


class MinutesMethods:
    """The attendee and action half of MeetingService, kept apart to keep each module short."""

    _database: Database
    _inspections: InspectionService

    @staticmethod
    def _meeting(session: Session, meeting_id: int) -> MeetingRecord:
        return get_record(session, MeetingRecord, meeting_id, "meeting")

    # Attendees ---------------------------------------------------------------------------

    def add_attendee(
        self, meeting_id: int, name: str, organisation: str = "", role_key: str | None = None
    ) -> int:
        """Invite someone by name (and role, if known); returns the attendee's id."""
        if not name.strip() and role_key is None:
            raise UserFacingError("Give the person's name.")
        with self._database.transaction() as session:
            self._meeting(session, meeting_id)
            record = MeetingAttendeeRecord(
                meeting_id=meeting_id,
                role_key=role_key,
                name=name.strip(),
                organisation=organisation.strip(),
            )
            session.add(record)
            session.flush()
            assert record.id is not None
            return record.id

    def update_attendee(self, attendee_id: int, name: str, organisation: str) -> None:
        """Name the person who fills a role at this meeting (blank puts the role back)."""
        with self._database.transaction() as session:
            record = get_record(session, MeetingAttendeeRecord, attendee_id, "attendee")
            if not name.strip() and record.role_key is None:
                raise UserFacingError("Give the person's name.")
            record.name = name.strip()
            record.organisation = organisation.strip()
            session.add(record)

    def set_attendance(self, attendee_id: int, attendance: Attendance) -> None:
        """Record that someone came, sent apologies, or is still expected."""
        with self._database.transaction() as session:
            record = get_record(session, MeetingAttendeeRecord, attendee_id, "attendee")
            record.attendance = attendance.value
            session.add(record)

    def remove_attendee(self, attendee_id: int) -> None:
        """Take someone off the meeting."""
        with self._database.transaction() as session:
            session.delete(get_record(session, MeetingAttendeeRecord, attendee_id, "attendee"))

    # Actions -----------------------------------------------------------------------------

    def add_action(
        self, meeting_id: int, description: str, owner: str = "", due: dt.date | None = None
    ) -> int:
        """Record an action agreed at the meeting; returns its id."""
        description = " ".join(description.split())
        if not description:
            raise UserFacingError("Say what the action is.")
        with self._database.transaction() as session:
            self._meeting(session, meeting_id)
            record = MeetingActionRecord(
                meeting_id=meeting_id, description=description, owner=owner.strip(), due=due
            )
            session.add(record)
            session.flush()
            assert record.id is not None
            return record.id

    def remove_action(self, action_id: int) -> None:
        """Forget an action (a checklist item made from it stays on the checklist)."""
        with self._database.transaction() as session:
            session.delete(get_record(session, MeetingActionRecord, action_id, "action"))

    def add_action_to_checklist(
        self, action_id: int, owner_role: str = DEFAULT_ACTION_OWNER_ROLE
    ) -> int:
        """Make the action a checklist item, linked back to its meeting; returns the item's id."""
        with self._database.transaction() as session:
            action = get_record(session, MeetingActionRecord, action_id, "action")
            if action.plan_item_id is not None:
                return action.plan_item_id
            meeting = self._meeting(session, action.meeting_id)
            inspection_id, meeting_week, meeting_title = (
                meeting.inspection_id,
                meeting.week,
                meeting.title,
            )
            due = action.due
        calendar = self._inspections.calendar(inspection_id)
        week = (calendar.week_number_of(due) if due else None) or meeting_week or 1
        with self._database.transaction() as session:
            action = get_record(session, MeetingActionRecord, action_id, "action")
            owner = f" Owner: {action.owner}." if action.owner else ""
            item_id = plan_items.add_item(
                session,
                inspection_id,
                NewPlanItem(
                    key=f"{MEETING_ACTION_KEY_PREFIX}{action_id}",
                    week=week,
                    title=action.description,
                    description=f"Action agreed at {meeting_title}.{owner}",
                    owner_role=owner_role,
                    guide_notes=f"From the meeting: {meeting_title}",
                    moved_to=due,
                ),
            )
            action.plan_item_id = item_id
            session.add(action)
            return item_id

    def open_action_dues(self, inspection_id: int) -> list[dt.date | None]:
        """Due dates of the open actions not on the checklist (an action on it is its item)."""
        with self._database.transaction() as session:
            found = session.exec(
                select(col(MeetingActionRecord.due))
                .join(MeetingRecord)
                .where(
                    MeetingRecord.inspection_id == inspection_id,
                    col(MeetingActionRecord.plan_item_id).is_(None),
                )
            ).all()
            return list(found)

    def actions(self, inspection_id: int) -> list[ActionRow]:
        """Every action of the inspection's meetings, done or not."""
        with self._database.transaction() as session:
            linked = (
                select(MeetingActionRecord.plan_item_id)
                .join(MeetingRecord)
                .where(MeetingRecord.inspection_id == inspection_id)
            )
            statuses = self._inspections.statuses_in(session, linked)
            records = session.exec(
                select(MeetingActionRecord)
                .join(MeetingRecord)
                .where(MeetingRecord.inspection_id == inspection_id)
                .order_by(col(MeetingActionRecord.id))
            ).all()
            return [action_row(record, statuses) for record in records]
