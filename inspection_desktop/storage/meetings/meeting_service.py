"""Meetings of an inspection: made from the plan, edited, minuted, turned into checklist items."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemKind, PlanRow
from inspection_desktop.domain.roles import Side
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.meetings.document_reading import (
    OneMeeting,
    pack_owners,
    read_one_meeting,
    read_pack_parts,
    roles_named,
)
from inspection_desktop.storage.meetings.meeting_minutes import MinutesMethods
from inspection_desktop.storage.meetings.meeting_reading import (
    action_items,
    get_record,
    meeting_items,
    read_meeting_parts,
)
from inspection_desktop.storage.meetings.meeting_rows import (
    AgendaFields,
    AgendaRow,
    InspectionMeetings,
    MeetingDetails,
    MeetingFields,
    MeetingReading,
    MeetingSummary,
    PackReading,
)
from inspection_desktop.storage.meetings.models import (
    AgendaItemRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    PaperRecord,
)
from inspection_desktop.storage.plan.inspection_service import InspectionService, ItemIds
from inspection_desktop.storage.safety.versions import refuse_outside_change

# (inspection_id, role keys or None for all) -> {role_key: [(name, organisation)]}: the
# register's people in each role, read at once (never once per role).
AttendeeResolver = Callable[[int, Collection[str] | None], Mapping[str, Sequence[tuple[str, str]]]]
MAX_TITLE_LENGTH = 300


class MeetingService(MinutesMethods):
    """Meetings, agendas, papers, attendees and actions of inspections, over one database."""

    def __init__(
        self,
        database: Database,
        inspections: InspectionService,
        resolver: AttendeeResolver | None = None,
    ) -> None:
        self._database = database
        self._inspections = inspections
        self._resolver = resolver

    @property
    def inspections(self) -> InspectionService:
        """The inspection service the meetings' plan and calendar come from."""
        return self._inspections

    def people_by_role(
        self, inspection_id: int, role_keys: Collection[str] | None = None
    ) -> Mapping[str, Sequence[tuple[str, str]]]:
        """The register's (name, organisation) pairs for each role (of ``role_keys``, or every
        role), if the register is wired."""
        return self._resolver(inspection_id, role_keys) if self._resolver else {}

    # Meetings ----------------------------------------------------------------------------

    def ensure_meetings(self, inspection_id: int) -> int:
        """Make a meeting for each meeting in the plan, once; return how many were made."""
        if self._has_meetings(inspection_id):
            return 0  # Every opening but the first: the plan need not be read for this.
        rows = [
            row
            for row in self._inspections.plan_rows(inspection_id)
            if row.kind is ItemKind.MEETING
        ]
        with self._database.transaction() as session:
            existing = session.exec(
                select(func.count())
                .select_from(MeetingRecord)
                .where(MeetingRecord.inspection_id == inspection_id)
            ).one()
            if existing:
                return 0
            for position, row in enumerate(rows):
                self._meeting_from_plan(session, row, position)
        return len(rows)

    def _has_meetings(self, inspection_id: int) -> bool:
        with self._database.transaction() as session:
            query = select(MeetingRecord.id).where(MeetingRecord.inspection_id == inspection_id)
            found = session.exec(query.limit(1)).first()
            return found is not None

    def _meeting_from_plan(self, session: Session, row: PlanRow, position: int) -> None:
        meeting = MeetingRecord(
            inspection_id=row.inspection_id,
            plan_item_id=row.id,
            title=row.title,
            purpose=row.description,
            week=row.week,
            position=position,
        )
        session.add(meeting)
        session.flush()
        assert meeting.id is not None
        for index, title in enumerate(row.agenda):
            session.add(AgendaItemRecord(meeting_id=meeting.id, position=index, title=title))
        for role_key in row.attendees:
            session.add(MeetingAttendeeRecord(meeting_id=meeting.id, role_key=role_key))

    def add_meeting(self, inspection_id: int, title: str, week: int | None = None) -> int:
        """Add a meeting of the co-ordinator's own and return its id."""
        title = _clean_title(title)
        with self._database.transaction() as session:
            last = session.exec(
                select(func.max(MeetingRecord.position)).where(
                    MeetingRecord.inspection_id == inspection_id
                )
            ).one()
            record = MeetingRecord(
                inspection_id=inspection_id,
                title=title,
                week=week,
                position=(last or 0) + 1,
            )
            session.add(record)
            session.flush()
            assert record.id is not None
            return record.id

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting with its agenda, attendees and actions (checklist items stay)."""
        with self._database.transaction() as session:
            session.delete(self._meeting(session, meeting_id))

    def list_meetings(self, inspection_id: int) -> list[MeetingSummary]:
        """Every meeting of the inspection, in date order (undated ones by their plan week)."""
        names = {
            role: [name for name, _ in people]
            for role, people in self.people_by_role(inspection_id).items()
        }
        with self._database.transaction() as session:
            plan = self._plan_in(session, inspection_id, meeting_items(inspection_id))
            statuses = self._inspections.statuses_in(session, action_items(inspection_id))
            parts = read_meeting_parts(
                session, inspection_id, plan, self._role_name, statuses=statuses
            )
            return parts.summaries(plan, names)

    def meeting_ids_for_items(self, item_ids: set[int]) -> list[int]:
        """The meetings made from these checklist items, oldest first."""
        if not item_ids:
            return []
        with self._database.transaction() as session:
            found = session.exec(
                select(MeetingRecord.id)
                .where(col(MeetingRecord.plan_item_id).in_(sorted(item_ids)))
                .order_by(col(MeetingRecord.id))
            ).all()
            return [meeting_id for meeting_id in found if meeting_id is not None]

    def meeting(self, meeting_id: int) -> MeetingDetails:
        """One meeting, in full."""
        with self._database.transaction() as session:
            inspection_id = self._meeting(session, meeting_id).inspection_id
            plan = self._plan_in(session, inspection_id, meeting_items(inspection_id, meeting_id))
            statuses = self._inspections.statuses_in(
                session, action_items(inspection_id, meeting_id)
            )
            parts = read_meeting_parts(
                session, inspection_id, plan, self._role_name, meeting_id, statuses
            )
            return parts.details(meeting_id, plan)

    def inspection_meetings(self, inspection_id: int) -> InspectionMeetings:
        """Everything the inspection's meeting documents need, in two transactions.

        A document about one meeting reads ``meeting_reading`` or ``pack_reading`` instead.
        """
        people = self.people_by_role(inspection_id)
        names = {role: [name for name, _ in found] for role, found in people.items()}
        with self._database.transaction() as session:
            inspection = self._inspections.summary_in(session, inspection_id)
            calendar = self._inspections.calendar_in(session, inspection_id)
            plan = self._plan_in(session, inspection_id, calendar=calendar)
            parts = read_meeting_parts(session, inspection_id, plan, self._role_name)
        return InspectionMeetings(
            inspection_id=inspection_id,
            area=inspection.area,
            weeks=inspection.weeks,
            calendar=calendar,
            plan=tuple(plan.values()),
            summaries=tuple(parts.summaries(plan, names)),
            details={
                record.id: parts.details(record.id, plan) for record in parts.records if record.id
            },
            actions=tuple(parts.all_actions()),
            people_by_role=people,
        )

    def meeting_reading(self, meeting_id: int) -> MeetingReading:
        """What the agenda, the minutes or a letter about one meeting print, read for it alone:
        one unit of work, then the register for the roles it names."""
        with self._database.transaction() as session:
            one = read_one_meeting(session, self._inspections, self._role_name, meeting_id)
        return self._with_people(one, ())

    def pack_reading(self, meeting_id: int) -> PackReading:
        """What one meeting's pack prints, read for that pack alone (see ``PackReading``)."""
        with self._database.transaction() as session:
            one = read_one_meeting(
                session, self._inspections, self._role_name, meeting_id, date_every_meeting=True
            )
            parts = read_pack_parts(session, self._inspections, one)
        return PackReading(
            meeting=self._with_people(one, pack_owners(parts)),
            dates=parts.dates,
            earlier_actions=parts.earlier_actions,
            deadlines=parts.deadlines,
            tallies=parts.tallies,
        )

    def _with_people(self, one: OneMeeting, owners: Iterable[str]) -> MeetingReading:
        """The meeting's reading, with the people of the roles it invites or names as owners."""
        inspection = one.inspection
        roles = roles_named(self._inspections.roles, one.details, owners)
        return MeetingReading(
            inspection_id=inspection.id,
            area=inspection.area,
            weeks=inspection.weeks,
            calendar=one.calendar,
            details=one.details,
            people_by_role=self.people_by_role(inspection.id, roles),
        )

    def inspection_of_meeting(self, meeting_id: int) -> int:
        """The inspection a meeting belongs to."""
        with self._database.transaction() as session:
            return self._meeting(session, meeting_id).inspection_id

    def _plan_in(
        self,
        session: Session,
        inspection_id: int,
        item_ids: ItemIds | None = None,
        calendar: InspectionCalendar | None = None,
    ) -> dict[int, PlanRow]:
        rows = self._inspections.rows_in(session, inspection_id, calendar, item_ids)
        return {row.id: row for row in rows}

    def save_fields(self, meeting_id: int, fields: MeetingFields) -> None:
        """Replace the meeting's own details."""
        title = _clean_title(fields.title)
        if fields.duration_minutes is not None and fields.duration_minutes < 0:
            raise UserFacingError("A meeting cannot last less than no time.")
        with self._database.transaction() as session:
            record = self._meeting(session, meeting_id)
            refuse_outside_change(
                session, self._database, "meeting", meeting_id, f"“{record.title}”"
            )
            record.title = title
            record.purpose = fields.purpose
            record.week = fields.week
            record.starts = fields.starts
            record.duration_minutes = fields.duration_minutes
            record.venue = fields.venue.strip()
            record.notes = fields.notes
            record.decisions = "\n".join(d.strip() for d in fields.decisions if d.strip())
            session.add(record)

    # Agenda ------------------------------------------------------------------------------

    def add_agenda_item(self, meeting_id: int, fields: AgendaFields) -> int:
        """Add an item at the end of the agenda and return its id."""
        with self._database.transaction() as session:
            self._meeting(session, meeting_id)
            count = len(self._agenda_records(session, meeting_id))
            record = AgendaItemRecord(meeting_id=meeting_id, position=count, title="")
            _apply_agenda_fields(record, fields)
            session.add(record)
            session.flush()
            assert record.id is not None
            return record.id

    def update_agenda_item(self, item_id: int, fields: AgendaFields) -> None:
        """Change an agenda item's title, presenter, time, notes or minutes."""
        with self._database.transaction() as session:
            record = get_record(session, AgendaItemRecord, item_id, "agenda item")
            what = f"The agenda item “{record.title}”"
            refuse_outside_change(session, self._database, "agenda_item", item_id, what)
            _apply_agenda_fields(record, fields)
            session.add(record)

    def remove_agenda_item(self, item_id: int) -> AgendaRow:
        """Remove an item (and its papers); returns what it was, so it can be put back."""
        with self._database.transaction() as session:
            record = get_record(session, AgendaItemRecord, item_id, "agenda item")
            meeting_id = record.meeting_id
        removed = next(row for row in self.meeting(meeting_id).agenda if row.id == item_id)
        with self._database.transaction() as session:
            session.delete(get_record(session, AgendaItemRecord, item_id, "agenda item"))
            session.flush()
            self._renumber(session, [r.id for r in self._agenda_records(session, meeting_id)])
        return removed

    def restore_agenda_item(self, meeting_id: int, row: AgendaRow) -> int:
        """Put a removed item back at its place, papers included; returns its new id."""
        with self._database.transaction() as session:
            records = self._agenda_records(session, meeting_id)
            record = AgendaItemRecord(meeting_id=meeting_id, position=row.position, title="")
            _apply_agenda_fields(
                record,
                AgendaFields(
                    row.title,
                    row.presenter,
                    row.minutes,
                    row.notes,
                    row.minutes_notes,
                    row.confidential,
                ),
            )
            session.add(record)
            session.flush()
            assert record.id is not None
            for paper in row.papers:
                session.add(
                    PaperRecord(
                        agenda_item_id=record.id,
                        title=paper.title,
                        path=paper.path,
                        confidential=paper.confidential,
                    )
                )
            order = [r.id for r in records if r.id is not None]
            order.insert(min(row.position, len(order)), record.id)
            self._renumber(session, order)
            return record.id

    def reorder_agenda(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        """Put the agenda in the given order (every item of the meeting, each once)."""
        with self._database.transaction() as session:
            current = {r.id for r in self._agenda_records(session, meeting_id)}
            if current != set(item_ids) or len(item_ids) != len(current):
                raise UserFacingError("The agenda changed meanwhile; open the meeting again.")
            self._renumber(session, list(item_ids))

    def agenda_order(self, meeting_id: int) -> list[int]:
        """The agenda items' ids in order."""
        with self._database.transaction() as session:
            return [r.id for r in self._agenda_records(session, meeting_id) if r.id is not None]

    # Papers ------------------------------------------------------------------------------

    def attach_paper(
        self, item_id: int, path: Path, title: str = "", confidential: bool = False
    ) -> int:
        """Attach a PDF file to an agenda item and return the paper's id."""
        if path.suffix.lower() != ".pdf":
            raise UserFacingError(f"{path.name} is not a PDF file; only PDF papers can be packed.")
        if not path.is_file():
            raise UserFacingError(f"There is no file at {path}.")
        with self._database.transaction() as session:
            get_record(session, AgendaItemRecord, item_id, "agenda item")
            record = PaperRecord(
                agenda_item_id=item_id,
                title=title.strip() or path.stem.replace("-", " ").replace("_", " ").capitalize(),
                path=str(path),
                confidential=confidential,
            )
            session.add(record)
            session.flush()
            assert record.id is not None
            return record.id

    def set_paper_confidential(self, paper_id: int, confidential: bool) -> None:
        """Mark a paper confidential, or not."""
        with self._database.transaction() as session:
            record = get_record(session, PaperRecord, paper_id, "paper")
            record.confidential = confidential
            session.add(record)

    def remove_paper(self, paper_id: int) -> None:
        """Take a paper off its agenda item (the file itself is left alone)."""
        with self._database.transaction() as session:
            session.delete(get_record(session, PaperRecord, paper_id, "paper"))

    # Helpers -----------------------------------------------------------------------------

    def _role_name(self, role_key: str) -> tuple[str, str]:
        """A role's display name and the side it belongs to, for unnamed attendees."""
        roles = self._inspections.roles
        if role_key not in roles:
            return role_key, ""
        role = roles.get(role_key)
        return role.name, "Care Inspectorate" if role.side is Side.CARE_INSPECTORATE else ""

    @staticmethod
    def _agenda_records(session: Session, meeting_id: int) -> list[AgendaItemRecord]:
        return list(
            session.exec(
                select(AgendaItemRecord)
                .where(AgendaItemRecord.meeting_id == meeting_id)
                .order_by(col(AgendaItemRecord.position), col(AgendaItemRecord.id))
            ).all()
        )

    @staticmethod
    def _renumber(session: Session, item_ids: Sequence[int | None]) -> None:
        for position, item_id in enumerate(item_ids):
            record = session.get(AgendaItemRecord, item_id)
            if record is not None and record.position != position:
                record.position = position
                session.add(record)


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise UserFacingError("Give the meeting a title.")
    if len(title) > MAX_TITLE_LENGTH:
        raise UserFacingError(f"The title is too long (at most {MAX_TITLE_LENGTH} characters).")
    return title


def _apply_agenda_fields(record: AgendaItemRecord, fields: AgendaFields) -> None:
    if not fields.title.strip():
        raise UserFacingError("Give the agenda item a title.")
    if fields.minutes < 0:
        raise UserFacingError("An agenda item cannot take less than no time.")
    record.title = " ".join(fields.title.split())
    record.presenter = fields.presenter.strip()
    record.minutes = fields.minutes
    record.notes = fields.notes
    record.minutes_notes = fields.minutes_notes
    record.confidential = fields.confidential
