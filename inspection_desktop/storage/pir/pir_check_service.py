"""Keeping the PIR data guard's results with the inspection, for the week-7 item's rule."""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import Session, col, select

from inspection_desktop.domain.pir.completion import PirCheckSummary
from inspection_desktop.domain.pir.outcome import PirGuardOutcome
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.pir.models import PirCheckRecord


def _summary(record: PirCheckRecord) -> PirCheckSummary:
    assert record.id is not None
    return PirCheckSummary(
        id=record.id,
        checked_at=record.checked_at,
        file_name=record.file_name,
        still_flagged=tuple(json.loads(record.still_flagged_json)),
        minimised_file=record.minimised_file,
        reason=record.reason,
    )


def latest_pir_check(session: Session, inspection_id: int) -> PirCheckSummary | None:
    """The most recent guard run of an inspection, inside an open session."""
    record = session.exec(
        select(PirCheckRecord)
        .where(PirCheckRecord.inspection_id == inspection_id)
        .order_by(col(PirCheckRecord.checked_at).desc(), col(PirCheckRecord.id).desc())
    ).first()
    return _summary(record) if record else None


class PirCheckService:
    """Records guard runs (file names and column headings only, never values)."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def record(self, inspection_id: int, outcome: PirGuardOutcome) -> PirCheckSummary:
        """Keep the outcome of a guard run as the inspection's latest check."""
        if outcome.checked_file is None:
            raise ValueError("no file was checked")
        with self._database.transaction() as session:
            record = PirCheckRecord(
                inspection_id=inspection_id,
                checked_at=dt.datetime.now(dt.UTC),
                file_name=outcome.checked_file.name,
                still_flagged_json=json.dumps(list(outcome.still_flagged)),
                minimised_file=str(outcome.minimised_file or ""),
                reason=(outcome.reason_for_proceeding or "").strip(),
            )
            session.add(record)
            session.flush()
            return _summary(record)

    def latest(self, inspection_id: int) -> PirCheckSummary | None:
        """The inspection's most recent guard run, if any."""
        with self._database.transaction() as session:
            return latest_pir_check(session, inspection_id)

    def record_reason(self, check_id: int, reason: str) -> PirCheckSummary:
        """Record why it is all right to send the flagged columns of a checked file."""
        with self._database.transaction() as session:
            record = session.get(PirCheckRecord, check_id)
            if record is None:
                raise RecordNotFoundError(f"There is no PIR check with id {check_id}.")
            record.reason = reason.strip()
            session.add(record)
            session.flush()
            return _summary(record)
