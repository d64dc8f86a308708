"""The one writer of the letters tables: letterhead, own templates and the record of letters."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from inspection_desktop.domain.letters.merge import Letterhead
from inspection_desktop.domain.letters.templates import LetterTemplate, SentLetter
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.letters.models import (
    LetterheadRecord,
    LetterSentRecord,
    LetterTemplateRecord,
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _template(record: LetterTemplateRecord) -> LetterTemplate:
    return LetterTemplate(
        key=record.key,
        title=record.title,
        subject=record.subject,
        body=record.body,
        sign_off=record.sign_off,
        version=record.version,
        to_roles=tuple(json.loads(record.to_roles_json)),
        meeting_key=record.meeting_key,
        ticks_key=record.ticks_key,
        marking=record.marking,
        own_id=record.id,
        based_on=record.based_on,
    )


def _sent(record: LetterSentRecord) -> SentLetter:
    return SentLetter(
        template_key=record.template_key,
        template_title=record.template_title,
        template_version=record.template_version,
        recipient_name=record.recipient_name,
        produced_at=record.produced_at,
        file_format=record.file_format,
        run_id=record.run_id,
        own_template=record.own_template,
        contact_id=record.contact_id,
        recipient_organisation=record.recipient_organisation,
        subject=record.subject,
        file_path=record.file_path,
        id=record.id,
    )


class LetterStore:
    """Letterheads, the co-ordinator's own templates and the letters produced, per inspection."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # Letterhead ------------------------------------------------------------------------------

    def letterhead(self, inspection_id: int) -> Letterhead:
        """The inspection's letterhead (empty until set)."""
        with self._database.transaction() as session:
            record = session.get(LetterheadRecord, inspection_id)
            if record is None:
                return Letterhead()
            return Letterhead(
                logo_path=Path(record.logo_path) if record.logo_path else None,
                address=record.address,
                signatory_name=record.signatory_name,
                signatory_post=record.signatory_post,
                reading_base=record.reading_base,
            )

    def save_letterhead(self, inspection_id: int, letterhead: Letterhead) -> Letterhead:
        """Set the inspection's letterhead; returns the one it replaced."""
        before = self.letterhead(inspection_id)
        with self._database.transaction() as session:
            record = session.get(LetterheadRecord, inspection_id) or LetterheadRecord(
                inspection_id=inspection_id, updated_at=_now()
            )
            record.logo_path = str(letterhead.logo_path) if letterhead.logo_path else ""
            record.address = letterhead.address.strip()
            record.signatory_name = " ".join(letterhead.signatory_name.split())
            record.signatory_post = " ".join(letterhead.signatory_post.split())
            record.reading_base = letterhead.reading_base.strip()
            record.updated_at = _now()
            session.add(record)
        return before

    # Own templates ---------------------------------------------------------------------------

    def own_templates(self, inspection_id: int) -> list[LetterTemplate]:
        """The co-ordinator's own templates, by title."""
        with self._database.transaction() as session:
            records = session.exec(
                select(LetterTemplateRecord)
                .where(LetterTemplateRecord.inspection_id == inspection_id)
                .order_by(col(LetterTemplateRecord.title), col(LetterTemplateRecord.id))
            ).all()
            return [_template(record) for record in records]

    def add_template(self, inspection_id: int, template: LetterTemplate) -> LetterTemplate:
        """Keep a template as the co-ordinator's own; its key must be new in the inspection."""
        with self._database.transaction() as session:
            self._check_key_free(session, inspection_id, template.key, None)
            record = LetterTemplateRecord(
                inspection_id=inspection_id,
                key=template.key,
                title=template.title,
                subject=template.subject,
                body=template.body,
                updated_at=_now(),
            )
            self._apply(record, template, template.version)
            session.add(record)
            session.flush()
            return _template(record)

    def update_template(self, own_id: int, template: LetterTemplate) -> LetterTemplate:
        """Save an edit of an own template as its next version; returns the version it replaced."""
        with self._database.transaction() as session:
            record = self._record(session, own_id)
            before = _template(record)
            self._check_key_free(session, record.inspection_id, template.key, own_id)
            self._apply(record, template, record.version + 1)
            session.add(record)
            return before

    def restore_template(self, own_id: int, template: LetterTemplate) -> LetterTemplate:
        """Put an earlier state back exactly, version included (for undo)."""
        with self._database.transaction() as session:
            record = self._record(session, own_id)
            before = _template(record)
            self._apply(record, template, template.version)
            session.add(record)
            return before

    def delete_template(self, own_id: int) -> LetterTemplate:
        """Remove an own template; returns it, so it can be put back."""
        with self._database.transaction() as session:
            record = self._record(session, own_id)
            removed = _template(record)
            session.delete(record)
            return removed

    @staticmethod
    def _apply(record: LetterTemplateRecord, template: LetterTemplate, version: int) -> None:
        record.key = template.key
        record.title = " ".join(template.title.split())
        record.based_on = template.based_on
        record.version = version
        record.subject = template.subject.strip()
        record.body = template.body.strip()
        record.sign_off = template.sign_off.strip()
        record.marking = template.marking
        record.to_roles_json = json.dumps(list(template.to_roles))
        record.meeting_key = template.meeting_key
        record.ticks_key = template.ticks_key
        record.updated_at = _now()

    @staticmethod
    def _record(session: Session, own_id: int) -> LetterTemplateRecord:
        record = session.get(LetterTemplateRecord, own_id)
        if record is None:
            raise RecordNotFoundError(f"There is no letter template {own_id}.")
        return record

    @staticmethod
    def _check_key_free(session: Session, inspection_id: int, key: str, own_id: int | None) -> None:
        clash = session.exec(
            select(LetterTemplateRecord.id).where(
                LetterTemplateRecord.inspection_id == inspection_id,
                LetterTemplateRecord.key == key,
            )
        ).first()
        if clash is not None and clash != own_id:
            raise UserFacingError(f'There is already a template called "{key}".')

    # The record of letters -------------------------------------------------------------------

    def record_sent(self, inspection_id: int, letters: Sequence[SentLetter]) -> int:
        """Add the letters of one run to the record in one statement; returns how many."""
        if not letters:
            return 0
        rows = [
            {
                "inspection_id": inspection_id,
                "run_id": letter.run_id,
                "template_key": letter.template_key,
                "template_title": letter.template_title,
                "template_version": letter.template_version,
                "own_template": letter.own_template,
                "contact_id": letter.contact_id,
                "recipient_name": letter.recipient_name,
                "recipient_organisation": letter.recipient_organisation,
                "subject": letter.subject,
                "file_format": letter.file_format,
                "file_path": letter.file_path,
                "produced_at": letter.produced_at,
            }
            for letter in letters
        ]
        with self._database.transaction() as session:
            session.execute(insert(LetterSentRecord), rows)
        return len(rows)

    def remove_run(self, run_id: str) -> int:
        """Take one run's letters off the record (when its files could not all be written)."""
        with self._database.transaction() as session:
            result = session.execute(
                delete(LetterSentRecord).where(col(LetterSentRecord.run_id) == run_id)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def sent(self, inspection_id: int) -> list[SentLetter]:
        """The record of letters, newest first."""
        with self._database.transaction() as session:
            records = session.exec(
                select(LetterSentRecord)
                .where(LetterSentRecord.inspection_id == inspection_id)
                .order_by(col(LetterSentRecord.produced_at).desc(), col(LetterSentRecord.id))
            ).all()
            return [_sent(record) for record in records]
