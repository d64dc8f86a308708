"""Surveys of inspections and their response counts: the one writer of their tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.domain.surveys.plan_surveys import plan_surveys
from inspection_desktop.domain.surveys.surveys import (
    ResponseCount,
    Survey,
    SurveyFields,
    check_dates,
    make_survey,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.storage.surveys.models import SurveyCountRecord, SurveyRecord


@dataclass(frozen=True)
class DeletedSurvey:
    """Everything needed to put a deleted survey back as it was."""

    inspection_id: int
    plan_item_id: int | None
    fields: SurveyFields
    position: int
    counts: tuple[ResponseCount, ...]


def _fields(record: SurveyRecord) -> SurveyFields:
    return SurveyFields(
        name=record.name,
        link=record.link,
        distribution=record.distribution,
        audience=record.audience,
        target=record.target,
        opens_on=record.opens_on,
        closes_on=record.closes_on,
    )


def _apply(record: SurveyRecord, fields: SurveyFields) -> None:
    record.name = fields.name
    record.link = fields.link
    record.distribution = fields.distribution
    record.audience = fields.audience
    record.target = fields.target
    record.opens_on = fields.opens_on
    record.closes_on = fields.closes_on


class SurveyService:
    """The surveys of inspections over one database; their dates come from the plan."""

    def __init__(self, database: Database, inspections: InspectionService) -> None:
        self._database = database
        self._inspections = inspections

    # Reading -----------------------------------------------------------------------------

    def ensure_plan_surveys(self, inspection_id: int) -> int:
        """Add the plan's surveys the inspection does not have yet; return how many were added."""
        with self._database.transaction() as session:
            have = set(
                session.exec(
                    select(SurveyRecord.plan_key).where(SurveyRecord.inspection_id == inspection_id)
                ).all()
            )
            missing = [
                (position, survey)
                for position, survey in enumerate(plan_surveys())
                if survey.key not in have
            ]
            if not missing:
                return 0  # Every time but the first: the plan is not read at all.
            by_key = {row.key: row for row in self._inspections.rows_in(session, inspection_id)}
            values = [
                {
                    "inspection_id": inspection_id,
                    "plan_key": survey.key,
                    "plan_item_id": by_key[survey.opens_with].id
                    if survey.opens_with in by_key
                    else None,
                    "name": survey.name,
                    "link": "",
                    "distribution": survey.distribution,
                    "audience": survey.audience,
                    "position": position,
                }
                for position, survey in missing
            ]
            session.execute(insert(SurveyRecord), values)
        return len(missing)

    def surveys(self, inspection_id: int, rows: Sequence[PlanRow] | None = None) -> list[Survey]:
        """Every survey of the inspection with its counts (two queries, whatever the number).

        ``rows`` are the plan's rows when the caller has read them already.
        """
        plan = {row.id: row for row in (rows or self._inspections.plan_rows(inspection_id))}
        with self._database.transaction() as session:
            records = session.exec(
                select(SurveyRecord)
                .where(SurveyRecord.inspection_id == inspection_id)
                .order_by(col(SurveyRecord.position), col(SurveyRecord.id))
            ).all()
            counts = self._counts_of(session, [r.id for r in records if r.id is not None])
        return [self._survey(record, plan, counts.get(record.id or 0, ())) for record in records]

    def survey(self, survey_id: int) -> Survey:
        """One survey with its counts."""
        with self._database.transaction() as session:
            record = self._record(session, survey_id)
            counts = self._counts_of(session, [survey_id]).get(survey_id, ())
        plan_row = (
            self._inspections.plan_row(record.plan_item_id)
            if record.plan_item_id is not None
            else None
        )
        plan = {plan_row.id: plan_row} if plan_row is not None else {}
        return self._survey(record, plan, counts)

    @staticmethod
    def _survey(
        record: SurveyRecord, plan: dict[int, PlanRow], counts: Sequence[ResponseCount]
    ) -> Survey:
        assert record.id is not None
        return make_survey(
            survey_id=record.id,
            inspection_id=record.inspection_id,
            plan_key=record.plan_key,
            plan_item_id=record.plan_item_id,
            fields=_fields(record),
            plan_row=plan.get(record.plan_item_id) if record.plan_item_id is not None else None,
            counts=counts,
        )

    @staticmethod
    def _counts_of(
        session: Session, survey_ids: Sequence[int]
    ) -> dict[int, tuple[ResponseCount, ...]]:
        if not survey_ids:
            return {}
        found: dict[int, list[ResponseCount]] = {}
        for record in session.exec(
            select(SurveyCountRecord)
            .where(col(SurveyCountRecord.survey_id).in_(survey_ids))
            .order_by(col(SurveyCountRecord.counted_on))
        ).all():
            found.setdefault(record.survey_id, []).append(
                ResponseCount(record.counted_on, record.responses)
            )
        return {key: tuple(value) for key, value in found.items()}

    @staticmethod
    def _record(session: Session, survey_id: int) -> SurveyRecord:
        record = session.get(SurveyRecord, survey_id)
        if record is None:
            raise RecordNotFoundError(f"There is no survey with id {survey_id}.")
        return record

    # Changing ----------------------------------------------------------------------------

    def add_survey(self, inspection_id: int, fields: SurveyFields) -> int:
        """Add a survey of the co-ordinator's own and return its id."""
        fields = fields.checked()
        self._inspections.get_inspection(inspection_id)
        with self._database.transaction() as session:
            positions = session.exec(
                select(SurveyRecord.position).where(SurveyRecord.inspection_id == inspection_id)
            ).all()
            record = SurveyRecord(
                inspection_id=inspection_id,
                name=fields.name,
                position=max(positions, default=-1) + 1,
            )
            _apply(record, fields)
            session.add(record)
            session.flush()
            assert record.id is not None
            return record.id

    def update_survey(self, survey_id: int, fields: SurveyFields) -> SurveyFields:
        """Change a survey's details; returns what they were."""
        fields = fields.checked()
        with self._database.transaction() as session:
            plan_item_id = self._record(session, survey_id).plan_item_id
        plan_row = self._inspections.plan_row(plan_item_id) if plan_item_id is not None else None
        check_dates(fields, plan_row)
        with self._database.transaction() as session:
            record = self._record(session, survey_id)
            before = _fields(record)
            _apply(record, fields)
            session.add(record)
        return before

    def delete_survey(self, survey_id: int) -> DeletedSurvey:
        """Delete a survey the co-ordinator added, with its counts (the plan's surveys stay)."""
        with self._database.transaction() as session:
            record = self._record(session, survey_id)
            if record.plan_key is not None:
                raise UserFacingError(
                    f"“{record.name}” is one of the plan's surveys and cannot be deleted; "
                    "clear its dates or target instead."
                )
            counts = self._counts_of(session, [survey_id]).get(survey_id, ())
            deleted = DeletedSurvey(
                record.inspection_id, record.plan_item_id, _fields(record), record.position, counts
            )
            session.delete(record)
        return deleted

    def restore_survey(self, deleted: DeletedSurvey) -> int:
        """Put a deleted survey back with its counts; returns its new id."""
        with self._database.transaction() as session:
            record = SurveyRecord(
                inspection_id=deleted.inspection_id,
                plan_item_id=deleted.plan_item_id,
                name=deleted.fields.name,
                position=deleted.position,
            )
            _apply(record, deleted.fields)
            session.add(record)
            session.flush()
            assert record.id is not None
            self._write_counts(session, record.id, deleted.counts)
            return record.id

    def replace_counts(
        self, survey_id: int, counts: Sequence[ResponseCount]
    ) -> tuple[ResponseCount, ...]:
        """Make ``counts`` the survey's counts, in one statement each way; returns the old ones."""
        with self._database.transaction() as session:
            self._record(session, survey_id)
            before = self._counts_of(session, [survey_id]).get(survey_id, ())
            session.execute(
                delete(SurveyCountRecord).where(col(SurveyCountRecord.survey_id) == survey_id)
            )
            self._write_counts(session, survey_id, counts)
        return before

    @staticmethod
    def _write_counts(session: Session, survey_id: int, counts: Sequence[ResponseCount]) -> None:
        if counts:
            session.execute(
                insert(SurveyCountRecord),
                [
                    {"survey_id": survey_id, "counted_on": c.counted_on, "responses": c.responses}
                    for c in counts
                ],
            )
