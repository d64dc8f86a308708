"""A run of letters: the data every letter shares, checked for every recipient, then recorded."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.letters.fields import MissingField
from inspection_desktop.domain.letters.merge import (
    Letter,
    Letterhead,
    LetterRun,
    MergeData,
    Recipient,
    check_merge,
    fill_letters,
)
from inspection_desktop.domain.letters.templates import LetterTemplate, SentLetter
from inspection_desktop.domain.marking import clean_marking
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.letters import LETTERS
from inspection_desktop.usecases.meetings.pack_data import INSPECTION_TITLE, meeting_of
from inspection_desktop.usecases.plan.items import set_item_status

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services

# Dates of the on-site weeks are named in letters too (reading happens in week 12).
_WEEKS_NAMED = 20


@dataclass(frozen=True)
class LetterJob:
    """Everything needed to write a run's files: no database needed from here on."""

    template: LetterTemplate
    run: LetterRun
    letters: tuple[Letter, ...]
    run_id: str

    @property
    def warnings(self) -> list[str]:
        """Every letter's warnings (a missing address), for the preview and the command line."""
        return [warning for letter in self.letters for warning in letter.warnings]


@dataclass(frozen=True)
class ProducedFile:
    """One recipient's file as written."""

    recipient: Recipient
    path: Path
    file_format: str
    subject: str


def meeting_for(services: Services, inspection_id: int, template: LetterTemplate) -> int | None:
    """The meeting a template is about: the one made from its plan item, if there is one."""
    if not template.meeting_key:
        return None
    items = {row.id: row.key for row in services.inspections.plan_rows(inspection_id)}
    for summary in services.meetings.list_meetings(inspection_id):
        if items.get(summary.plan_item_id or 0) == template.meeting_key:
            return summary.id
    return None


def _meeting_fields(services: Services, inspection_id: int, meeting_id: int) -> dict[str, str]:
    meeting = meeting_of(services.meetings.meeting_reading(meeting_id))
    fields = {"title": meeting.title, "venue": meeting.venue}
    if meeting.starts is not None:
        day = meeting.starts.date()
        fields["date"] = f"{day:%A} {long_date(day)}"
        fields["day"] = long_date(day)
        fields["time"] = f"{meeting.starts:%H:%M}"
        if meeting.ends is not None and meeting.ends != meeting.starts:
            fields["time"] += f" to {meeting.ends:%H:%M}"
    return fields


def _person(row: object) -> dict[str, str]:
    values = {
        name: str(getattr(row, attribute))
        for name, attribute in (
            ("name", "name"),
            ("job_title", "job_title"),
            ("title", "job_title"),
            ("organisation", "organisation"),
            ("email", "email"),
            ("phone", "phone"),
        )
    }
    return {key: value for key, value in values.items() if value.strip()}


def _with_reading_base(services: Services, inspection_id: int) -> Letterhead:
    """The letterhead; without a file-reading base of its own, the one set under File reading."""
    head = services.letters.letterhead(inspection_id)
    if head.reading_base.strip():
        return head
    bases = services.file_reading.bases(inspection_id)
    if not bases:
        return head
    draft = bases[0].draft
    lines = [draft.venue, *draft.address.splitlines()]
    return replace(head, reading_base="\n".join(line for line in lines if line.strip()))


def merge_data(
    services: Services, inspection_id: int, template: LetterTemplate, meeting_id: int | None = None
) -> MergeData:
    """The data every letter of the run shares: inspection, plan dates, meeting and people."""
    inspection = services.inspections.get_inspection(inspection_id)
    calendar = services.inspections.calendar(inspection_id)
    rows = services.inspections.plan_rows(inspection_id)
    chosen = (
        meeting_id if meeting_id is not None else meeting_for(services, inspection_id, template)
    )
    holders = services.contacts.role_holders(inspection_id)
    roles = services.contacts.roles
    return MergeData(
        partnership=inspection.area,
        inspection=INSPECTION_TITLE,
        today=clock.today(),
        letterhead=_with_reading_base(services, inspection_id),
        week_commencing={
            n: calendar.week(n).starts_on for n in range(1, max(inspection.weeks, _WEEKS_NAMED) + 1)
        },
        due={row.key: row.due for row in rows},
        meeting=_meeting_fields(services, inspection_id, chosen) if chosen is not None else {},
        people={
            key: _person(people[0])
            for key, people in holders.items()
            if people and key in roles and roles.get(key).single
        },
        holders={key: [_person(person) for person in people] for key, people in holders.items()},
    )


def merge_problems(
    services: Services,
    inspection_id: int,
    template: LetterTemplate,
    recipients: Sequence[Recipient],
    meeting_id: int | None = None,
) -> list[MissingField]:
    """Every field some recipient lacks, for the preview to list before anything is produced."""
    data = merge_data(services, inspection_id, template, meeting_id)
    return check_merge(template, data, recipients)


def prepare_run(
    services: Services,
    inspection_id: int,
    template: LetterTemplate,
    recipients: Sequence[Recipient],
    *,
    meeting_id: int | None = None,
    marking: str = "",
) -> LetterJob:
    """Fill in every recipient's letter; the first missing field stops the run, naming whom."""
    if not recipients:
        raise UserFacingError("Choose at least one recipient.")
    data = merge_data(services, inspection_id, template, meeting_id)
    letters = fill_letters(template, data, recipients)
    run = LetterRun(
        data.partnership,
        data.letterhead,
        clean_marking(marking or template.marking),
        template.title,
    )
    return LetterJob(template, run, tuple(letters), uuid.uuid4().hex)


def ticked_item(services: Services, inspection_id: int, template: LetterTemplate) -> int | None:
    """The checklist item producing this letter can mark done, if it is not done already."""
    if not template.ticks_key:
        return None
    # The one item, not the whole plan (thousands of items once actions are on it).
    store = services.inspections
    item_ids = store.item_ids_with_key(inspection_id, template.ticks_key)
    for row in store.plan_rows(inspection_id, item_ids=item_ids) if item_ids else ():
        if row.status is not ItemStatus.DONE:
            return row.id
    return None


def record_run(
    services: Services,
    inspection_id: int,
    job: LetterJob,
    files: Sequence[ProducedFile],
    *,
    tick: bool = False,
) -> Change:
    """Add the letters written to the record; tick the matching checklist item if asked."""
    now = dt.datetime.now(dt.UTC)
    template = job.template
    services.letters.record_sent(
        inspection_id,
        [
            SentLetter(
                template_key=template.key,
                template_title=template.title,
                template_version=template.version,
                recipient_name=produced.recipient.name,
                produced_at=now,
                file_format=produced.file_format,
                run_id=job.run_id,
                own_template=not template.shipped,
                contact_id=produced.recipient.contact_id,
                recipient_organisation=produced.recipient.organisation,
                subject=produced.subject,
                file_path=str(produced.path),
            )
            for produced in files
        ],
    )
    people = len(job.letters)
    description = f"produce “{template.title}” for {people} {'person' if people == 1 else 'people'}"
    item_id = ticked_item(services, inspection_id, template) if tick else None
    if item_id is None:
        return Change(description, frozenset({LETTERS}))
    # The plan's own use case keeps its rules (the PIR item's) when a letter ticks an item.
    ticked = set_item_status(services, item_id, ItemStatus.DONE)
    return replace(ticked, description=f"{description} and {ticked.description}").with_kinds(
        LETTERS
    )


def sent_letters(services: Services, inspection_id: int) -> list[SentLetter]:
    """The record of letters, newest first."""
    return services.letters.sent(inspection_id)


def not_yet_sent(
    services: Services, inspection_id: int, template_key: str, recipients: Sequence[Recipient]
) -> list[Recipient]:
    """Those of the recipients who have had no letter from this template yet."""
    sent = services.letters.sent(inspection_id)
    had_ids = {s.contact_id for s in sent if s.template_key == template_key and s.contact_id}
    had_names = {s.recipient_name for s in sent if s.template_key == template_key}
    return [
        r
        for r in recipients
        if not (r.contact_id in had_ids if r.contact_id else r.name in had_names)
    ]
