"""Creating inspections and working their plan: the one door the window and command line use."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import CompoundSelect, Select, func
from sqlmodel import Session, col, select

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY, pir_done_problem
from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod, InspectionCalendar
from inspection_desktop.domain.plan.items import ItemKind, ItemStatus, PlanRow, item_dates
from inspection_desktop.domain.plan.template import (
    PlanTemplate,
    TemplateRegistry,
    bundled_templates,
)
from inspection_desktop.domain.roles import RoleCatalogue, default_roles
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import CompletionBlockedError, RecordNotFoundError
from inspection_desktop.storage.plan import plan_items
from inspection_desktop.storage.plan.models import HolidayRecord, InspectionRecord, PlanItemRecord
from inspection_desktop.storage.plan.plan_item_edits import PlanItemEdits
from inspection_desktop.storage.plan.plan_items import item_record
from inspection_desktop.storage.safety.versions import refuse_outside_change

MAX_AREA_LENGTH = 200

# A query of checklist item ids, so a caller narrows a read in the same statement.
ItemIds = Select[Any] | CompoundSelect[Any]


@dataclass(frozen=True)
class InspectionSummary:
    """An inspection as lists and headings show it."""

    id: int
    area: str
    notified_on: dt.date
    template_key: str
    weeks: int
    archived: bool = False


@dataclass(frozen=True)
class WeekTally:
    """How many checklist items of one week stand at one status, due on one day."""

    week: int
    status: ItemStatus
    due: dt.date
    items: int

    def is_overdue(self, today: dt.date) -> bool:
        """True when these items are still open and their due date has passed."""
        return not self.status.is_closed and self.due < today


@dataclass(frozen=True)
class StatusSnapshot:
    """An item's status and completion date, kept so a change can be undone exactly."""

    status: ItemStatus
    completed_on: dt.date | None


@dataclass(frozen=True)
class StatusChange:
    """An item after its status changed, and the status it had before."""

    row: PlanRow
    before: StatusSnapshot


@dataclass(frozen=True)
class OwnerChange:
    """An item after its owner changed, and the person named before (None: the role)."""

    row: PlanRow
    before: int | None


class InspectionService(PlanItemEdits):
    """Inspections, holidays and plan items, over one database."""

    def __init__(
        self,
        database: Database,
        templates: TemplateRegistry | None = None,
        roles: RoleCatalogue | None = None,
    ) -> None:
        self._database = database
        self._templates = templates or bundled_templates()
        self._roles = roles or default_roles()

    @property
    def database(self) -> Database:
        """The database the service works on (other services share it)."""
        return self._database

    @property
    def template(self) -> PlanTemplate:
        """The plan template new inspections are made from."""
        return self._templates.default

    def template_of(self, inspection_id: int) -> PlanTemplate:
        """The plan template the inspection was made from (by its stored key)."""
        return self._templates.get(self.get_inspection(inspection_id).template_key)

    @property
    def roles(self) -> RoleCatalogue:
        """The role catalogue."""
        return self._roles

    # Inspections -------------------------------------------------------------------------

    def create_inspection(
        self,
        area: str,
        notified_on: dt.date,
        holidays: Sequence[HolidayPeriod] = (),
        template_key: str | None = None,
    ) -> InspectionSummary:
        """Create an inspection with the whole plan template as its checklist.

        ``template_key`` chooses the template (the default one when not given).
        """
        template = self._templates.get(template_key) if template_key else self._templates.default
        area = self._checked_area(area)
        now = dt.datetime.now(dt.UTC)
        with self._database.transaction() as session:
            inspection = InspectionRecord(
                area=area,
                notified_on=notified_on,
                template_key=template.key,
                created_at=now,
                last_opened_at=now,
            )
            session.add(inspection)
            session.flush()
            assert inspection.id is not None
            for period in holidays:
                session.add(
                    HolidayRecord(
                        inspection_id=inspection.id,
                        starts_on=period.starts_on,
                        ends_on=period.ends_on,
                        label=period.label,
                    )
                )
            for position, item in enumerate(template.items):
                session.add(
                    PlanItemRecord(
                        inspection_id=inspection.id,
                        item_key=item.key,
                        position=position,
                        week=item.week,
                        title=item.title,
                        description=item.description,
                        kind=item.kind.value,
                        lead=item.lead.value,
                        owner_role=item.owner_role,
                        duration_weeks=item.duration_weeks,
                        attendees_json=json.dumps(list(item.attendees)),
                        agenda_json=json.dumps(list(item.agenda)),
                        guide_notes=item.notes,
                        updated_at=now,
                    )
                )
            return self._summary(inspection)

    def list_inspections(self, include_archived: bool = False) -> list[InspectionSummary]:
        """Every inspection, most recently opened first (archived ones only when asked)."""
        with self._database.transaction() as session:
            query = select(InspectionRecord).order_by(col(InspectionRecord.last_opened_at).desc())
            if not include_archived:
                query = query.where(col(InspectionRecord.archived_at).is_(None))
            records = session.exec(query).all()
            return [self._summary(record) for record in records]

    def update_inspection(self, inspection_id: int, area: str, notified_on: dt.date) -> None:
        """Rename the partnership or change the notification date (every date follows)."""
        area = self._checked_area(area)
        with self._database.transaction() as session:
            record = self._inspection_record(session, inspection_id)
            record.area = area
            record.notified_on = notified_on
            session.add(record)

    def set_archived(self, inspection_id: int, archived: bool) -> None:
        """Archive an inspection (kept, but no longer opened by default), or bring it back."""
        with self._database.transaction() as session:
            record = self._inspection_record(session, inspection_id)
            record.archived_at = dt.datetime.now(dt.UTC) if archived else None
            session.add(record)

    def delete_inspection(self, inspection_id: int) -> None:
        """Remove an inspection and everything recorded for it; this cannot be undone."""
        with self._database.transaction() as session:
            session.delete(self._inspection_record(session, inspection_id))

    def current_inspection_id(self) -> int | None:
        """The inspection opened most recently, or None when there is none."""
        inspections = self.list_inspections()
        return inspections[0].id if inspections else None

    def resolve_inspection_id(self, inspection_id: int | None) -> int:
        """The given inspection (checked to exist), or the most recent one."""
        if inspection_id is None:
            current = self.current_inspection_id()
            if current is None:
                raise UserFacingError(
                    "There is no inspection yet; create one with 'new' or add the demo with 'demo'."
                )
            return current
        self.get_inspection(inspection_id)
        return inspection_id

    def get_inspection(self, inspection_id: int) -> InspectionSummary:
        """One inspection by id."""
        with self._database.transaction() as session:
            return self._summary(self._inspection_record(session, inspection_id))

    def mark_opened(self, inspection_id: int) -> None:
        """Record that the co-ordinator opened this inspection, so it opens next time."""
        with self._database.transaction() as session:
            record = self._inspection_record(session, inspection_id)
            record.last_opened_at = dt.datetime.now(dt.UTC)
            session.add(record)

    # Holidays ----------------------------------------------------------------------------

    def add_holiday(
        self, inspection_id: int, starts_on: dt.date, ends_on: dt.date, label: str = ""
    ) -> HolidayPeriod:
        """Record a holiday period; the weeks after it move later."""
        period = HolidayPeriod(starts_on, ends_on, label.strip())
        with self._database.transaction() as session:
            self._inspection_record(session, inspection_id)
            same_dates = session.exec(
                select(HolidayRecord).where(
                    HolidayRecord.inspection_id == inspection_id,
                    HolidayRecord.starts_on == starts_on,
                    HolidayRecord.ends_on == ends_on,
                )
            ).first()
            if same_dates is not None:
                raise UserFacingError(
                    f"A holiday period from {long_date(starts_on)} to {long_date(ends_on)} "
                    "is already recorded."
                )
            record = HolidayRecord(
                inspection_id=inspection_id,
                starts_on=period.starts_on,
                ends_on=period.ends_on,
                label=period.label,
            )
            session.add(record)
            session.flush()
            return HolidayPeriod(record.starts_on, record.ends_on, record.label, record.id)

    def remove_holiday(self, holiday_id: int) -> None:
        """Forget a holiday period."""
        with self._database.transaction() as session:
            record = session.get(HolidayRecord, holiday_id)
            if record is None:
                raise RecordNotFoundError(f"There is no holiday period with id {holiday_id}.")
            session.delete(record)

    def holidays(self, inspection_id: int) -> list[HolidayPeriod]:
        """The inspection's holiday periods, earliest first."""
        with self._database.transaction() as session:
            records = session.exec(
                select(HolidayRecord)
                .where(HolidayRecord.inspection_id == inspection_id)
                .order_by(col(HolidayRecord.starts_on))
            ).all()
            return [HolidayPeriod(r.starts_on, r.ends_on, r.label, r.id) for r in records]

    def calendar(self, inspection_id: int) -> InspectionCalendar:
        """The inspection's weeks, with its holidays applied."""
        with self._database.transaction() as session:
            return self._calendar_in(session, inspection_id)

    # Plan items --------------------------------------------------------------------------

    def plan_rows(
        self,
        inspection_id: int,
        calendar: InspectionCalendar | None = None,
        item_ids: Iterable[int] | None = None,
    ) -> list[PlanRow]:
        """The inspection's checklist items in plan order, with dates worked out, in one read.

        ``item_ids`` narrows it to those items (what a change names); pass the inspection's
        ``calendar`` when it is already at hand, to skip reading it again.
        """
        with self._database.transaction() as session:
            calendar = calendar or self._calendar_in(session, inspection_id)
            query = select(PlanItemRecord).where(
                PlanItemRecord.inspection_id == inspection_id,
                col(PlanItemRecord.removed_at).is_(None),
            )
            if item_ids is not None:
                query = query.where(col(PlanItemRecord.id).in_(list(item_ids)))
            records = session.exec(
                query.order_by(col(PlanItemRecord.week), col(PlanItemRecord.position))
            ).all()
            return [self._row(record, calendar) for record in records]

    def plan_row(self, item_id: int) -> PlanRow:
        """One checklist item by id."""
        with self._database.transaction() as session:
            return self._row_in(session, item_record(session, item_id))

    def status_snapshot(self, item_id: int) -> StatusSnapshot:
        """The item's status and completion date as they are now."""
        with self._database.transaction() as session:
            record = item_record(session, item_id)
            return StatusSnapshot(ItemStatus(record.status), record.completed_on)

    def set_status(self, item_id: int, status: ItemStatus) -> StatusChange:
        """Change an item's status; marking it done records today as its completion date.

        Raises ``CompletionBlockedError`` when a rule stops the item being done (the PIR item
        while the last population list checked still has flagged columns). One transaction.
        """
        completed_on = clock.today() if status is ItemStatus.DONE else None
        with self._database.transaction() as session:
            record = item_record(session, item_id)
            self._refuse_outside_change(session, record)
            if status.is_closed:  # "not applicable" must not be a way round the rule
                self._check_can_complete(session, record)
            return self._put_status(session, record, StatusSnapshot(status, completed_on))

    def restore_status(self, item_id: int, snapshot: StatusSnapshot) -> StatusChange:
        """Put back an exact status and completion date (used by undo and redo).

        Refused if another program changed the item since this one last did.
        """
        with self._database.transaction() as session:
            record = item_record(session, item_id)
            self._refuse_outside_change(session, record, undoing=True)
            return self._put_status(session, record, snapshot)

    def _refuse_outside_change(
        self, session: Session, record: PlanItemRecord, *, undoing: bool = False
    ) -> None:
        assert record.id is not None
        refuse_outside_change(
            session, self._database, "plan_item", record.id, f"“{record.title}”", undoing=undoing
        )

    def _put_status(
        self, session: Session, record: PlanItemRecord, snapshot: StatusSnapshot
    ) -> StatusChange:
        before = StatusSnapshot(ItemStatus(record.status), record.completed_on)
        record.status = snapshot.status.value
        record.completed_on = snapshot.completed_on
        record.updated_at = dt.datetime.now(dt.UTC)
        session.add(record)
        return StatusChange(self._row_in(session, record), before)

    @staticmethod
    def _check_can_complete(session: Session, record: PlanItemRecord) -> None:
        if record.item_key != PIR_ITEM_KEY:
            return
        # Here: the PIR runs' table loads only when the PIR item is marked done.
        from inspection_desktop.storage.pir.pir_check_service import latest_pir_check

        problem = pir_done_problem(latest_pir_check(session, record.inspection_id))
        if problem:
            raise CompletionBlockedError(problem)

    def set_notes(self, item_id: int, notes: str, *, undoing: bool = False) -> PlanRow:
        """Replace an item's notes (refused if changed elsewhere meanwhile)."""
        with self._database.transaction() as session:
            record = item_record(session, item_id)
            self._refuse_outside_change(session, record, undoing=undoing)
            record.notes = notes
            record.updated_at = dt.datetime.now(dt.UTC)
            session.add(record)
            return self._row_in(session, record)

    def move_item(
        self, item_id: int, moved_to: dt.date | None, *, undoing: bool = False
    ) -> PlanRow:
        """Pin an item to a date by hand (None puts it back on its plan week)."""
        with self._database.transaction() as session:
            record = item_record(session, item_id)
            self._refuse_outside_change(session, record, undoing=undoing)
            record.moved_to = moved_to
            record.updated_at = dt.datetime.now(dt.UTC)
            session.add(record)
            return self._row_in(session, record)

    def moved_to(self, item_id: int) -> dt.date | None:
        """The date an item was moved to by hand, if it was."""
        with self._database.transaction() as session:
            return item_record(session, item_id).moved_to

    def set_owner(
        self, item_id: int, contact_id: int | None, *, undoing: bool = False
    ) -> OwnerChange:
        """Name a person from the register as an item's owner (None: back to the role alone)."""
        with self._database.transaction() as session:
            self._refuse_outside_change(session, item_record(session, item_id), undoing=undoing)
            before = plan_items.set_owner(session, item_id, contact_id)
            return OwnerChange(self._row_in(session, item_record(session, item_id)), before)

    def count_items(self, inspection_id: int) -> int:
        """How many checklist items the inspection has."""
        with self._database.transaction() as session:
            return int(
                session.exec(
                    select(func.count())
                    .select_from(PlanItemRecord)
                    .where(
                        PlanItemRecord.inspection_id == inspection_id,
                        col(PlanItemRecord.removed_at).is_(None),
                    )
                ).one()
            )

    def removed_rows(self, inspection_id: int) -> list[PlanRow]:
        """The inspection's deleted items, which can be brought back, in plan order."""
        calendar = self.calendar(inspection_id)
        with self._database.transaction() as session:
            records = session.exec(
                select(PlanItemRecord)
                .where(
                    PlanItemRecord.inspection_id == inspection_id,
                    col(PlanItemRecord.removed_at).is_not(None),
                )
                .order_by(col(PlanItemRecord.week), col(PlanItemRecord.position))
            ).all()
            return [self._row(record, calendar) for record in records]

    # Helpers -----------------------------------------------------------------------------

    @staticmethod
    def _checked_area(area: str) -> str:
        area = " ".join(area.split())
        if not area:
            raise UserFacingError("Give the partnership's name.")
        if len(area) > MAX_AREA_LENGTH:
            raise UserFacingError(f"The name is too long (at most {MAX_AREA_LENGTH} characters).")
        return area

    def _summary(self, record: InspectionRecord) -> InspectionSummary:
        assert record.id is not None
        return InspectionSummary(
            id=record.id,
            area=record.area,
            notified_on=record.notified_on,
            template_key=record.template_key,
            weeks=self._templates.get(record.template_key).weeks,
            archived=record.archived_at is not None,
        )

    @staticmethod
    def _inspection_record(session: Session, inspection_id: int) -> InspectionRecord:
        record = session.get(InspectionRecord, inspection_id)
        if record is None:
            raise RecordNotFoundError(f"There is no inspection with id {inspection_id}.")
        return record

    def summary_in(self, session: Session, inspection_id: int) -> InspectionSummary:
        """One inspection, read inside another store's unit of work."""
        return self._summary(self._inspection_record(session, inspection_id))

    def rows_in(
        self,
        session: Session,
        inspection_id: int,
        calendar: InspectionCalendar | None = None,
        item_ids: ItemIds | None = None,
    ) -> list[PlanRow]:
        """The inspection's checklist, read inside another store's unit of work.

        ``item_ids``, a query of item ids (the items meetings link to, say), narrows it to
        those items in the same statement, so a caller never reads the whole plan for a few.
        """
        calendar = calendar or self._calendar_in(session, inspection_id)
        # Rows of columns, not ORM objects: the whole checklist is read for every meeting pack.
        items = PlanItemRecord.__table__  # type: ignore[attr-defined]
        query = sa.select(items).where(items.c.inspection_id == inspection_id)
        if item_ids is not None:
            query = query.where(items.c.id.in_(item_ids))
        records = session.execute(query.order_by(items.c.week, items.c.position)).all()
        return [self._row(record, calendar) for record in records]

    def tallies_in(
        self, session: Session, inspection_id: int, calendar: InspectionCalendar
    ) -> list[WeekTally]:
        """The checklist counted by week, status and due day, inside another unit of work.

        Counted by the database: a summary of thousands of items reads a row per week, status
        and date they fall due (deleted items left out), never a row per item.
        """
        items = PlanItemRecord.__table__  # type: ignore[attr-defined]
        dated_by = (items.c.week, items.c.kind, items.c.duration_weeks, items.c.moved_to)
        groups = session.execute(
            sa.select(*dated_by, items.c.status, func.count())
            .where(items.c.inspection_id == inspection_id, items.c.removed_at.is_(None))
            .group_by(*dated_by, items.c.status)
        ).all()
        tallies: dict[tuple[int, str, dt.date], int] = {}
        for week, kind, duration_weeks, moved_to, status, count in groups:
            due = item_dates(calendar, week, duration_weeks, moved_to, kind).due
            key = (week, status, due)
            tallies[key] = tallies.get(key, 0) + count
        return [
            WeekTally(week, ItemStatus(status), due, count)
            for (week, status, due), count in sorted(tallies.items())
        ]

    def item_ids_with_key(self, inspection_id: int, key: str) -> set[int]:
        """The ids of the inspection's items made from one template item (one, or none)."""
        with self._database.transaction() as session:
            found = session.exec(
                select(PlanItemRecord.id).where(
                    PlanItemRecord.inspection_id == inspection_id, PlanItemRecord.item_key == key
                )
            ).all()
            return {item_id for item_id in found if item_id is not None}

    def statuses_in(self, session: Session, item_ids: ItemIds) -> dict[int, ItemStatus]:
        """The status of each item a query names, read inside another store's unit of work."""
        found = session.exec(
            select(PlanItemRecord.id, PlanItemRecord.status).where(
                col(PlanItemRecord.id).in_(item_ids)
            )
        ).all()
        return {item_id: ItemStatus(status) for item_id, status in found if item_id is not None}

    def calendar_in(self, session: Session, inspection_id: int) -> InspectionCalendar:
        """The inspection's calendar, read inside another store's unit of work."""
        return self._calendar_in(session, inspection_id)

    def _calendar_in(self, session: Session, inspection_id: int) -> InspectionCalendar:
        inspection = self._inspection_record(session, inspection_id)
        holidays = session.exec(
            select(HolidayRecord)
            .where(HolidayRecord.inspection_id == inspection_id)
            .order_by(col(HolidayRecord.starts_on))
        ).all()
        return InspectionCalendar(
            inspection.notified_on,
            [HolidayPeriod(r.starts_on, r.ends_on, r.label, r.id) for r in holidays],
            self._templates.get(inspection.template_key).weeks,
        )

    def _row_in(self, session: Session, record: PlanItemRecord) -> PlanRow:
        return self._row(record, self._calendar_in(session, record.inspection_id))

    def _row(self, record: PlanItemRecord | sa.Row[Any], calendar: InspectionCalendar) -> PlanRow:
        assert record.id is not None
        dates = item_dates(
            calendar, record.week, record.duration_weeks, record.moved_to, record.kind
        )
        return PlanRow(
            id=record.id,
            inspection_id=record.inspection_id,
            key=record.item_key,
            week=record.week,
            title=record.title,
            description=record.description,
            kind=ItemKind(record.kind),
            lead=record.lead,
            owner_role=record.owner_role,
            owner_name=self._roles.name_of(record.owner_role),
            status=ItemStatus(record.status),
            notes=record.notes,
            completed_on=record.completed_on,
            due=dates.due,
            starts_on=dates.starts_on,
            ends_on=dates.ends_on,
            moved=record.moved_to is not None,
            duration_weeks=record.duration_weeks,
            attendees=_text_list(record.attendees_json),
            agenda=_text_list(record.agenda_json),
            guide_notes=record.guide_notes,
            position=record.position,
            owner_contact_id=record.owner_contact_id,
            shifted_from=dates.shifted_from,
        )


def _text_list(stored: str) -> tuple[str, ...]:
    """A JSON list of texts as stored; most items have none, which needs no parsing."""
    return () if stored == "[]" else tuple(json.loads(stored))
