"""The readers as file reading sees them: people from the register, with their reading details,
whether they came to the week-11 training, and what they still need before reading starts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.domain.file_reading.readiness import ReadinessGap, readiness_gaps
from inspection_desktop.domain.file_reading.sample import AgencySystem, ReaderSide, systems_read
from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.storage.file_reading.rows import BaseRow, ReaderDetails, SampleRow
from inspection_desktop.storage.meetings.meeting_rows import InspectionMeetings, MeetingDetails
from inspection_desktop.usecases.services import Services

LOCAL_READER_ROLE = "local_file_reader"
# Care Inspectorate and scrutiny-partner roles whose holders read case files in pairs.
INSPECTOR_ROLES = (
    "inspection_lead",
    "depute_inspection_lead",
    "link_inspector",
    "scrutiny_partner",
)
TRAINING_ITEM_KEY = "w11-file-reader-training"
TRAINING_WEEK = 11


@dataclass(frozen=True)
class FileReader:
    """One reader: who they are (from the register), their details and readiness."""

    contact_id: int
    name: str
    organisation: str
    job_title: str
    side: ReaderSide
    details: ReaderDetails
    trained: bool | None
    """Whether they attended the training meeting; None where none is needed (inspectors)."""
    days: tuple[dt.date, ...]
    """The reading days they can come (every reading day unless they said otherwise)."""
    systems: tuple[AgencySystem, ...]
    gaps: tuple[ReadinessGap, ...]

    @property
    def ready(self) -> bool:
        """Whether nothing stands between them and reading."""
        return not self.gaps

    @property
    def agency(self) -> str:
        """Their agency: as recorded for file reading, else their organisation."""
        return self.details.agency or self.organisation


@dataclass(frozen=True)
class TrainingMeeting:
    """The week-11 training meeting: its day, and the names of those marked present."""

    meeting_id: int | None
    day: dt.date | None
    present: frozenset[str]


def reading_days(bases: list[BaseRow]) -> tuple[dt.date, ...]:
    """Every day any base is available for reading, in order."""
    return tuple(sorted({day.day for base in bases for day in base.draft.days}))


def training_meeting(services: Services, inspection_id: int) -> TrainingMeeting:
    """The training meeting made from the plan's week-11 item, read through the meetings."""
    # The one item and its meeting, never the whole plan or every meeting (thousands of items).
    item_ids = services.inspections.item_ids_with_key(inspection_id, TRAINING_ITEM_KEY)
    fallback = services.inspections.calendar(inspection_id).week(TRAINING_WEEK).starts_on
    for meeting_id in services.meetings.meeting_ids_for_items(item_ids):
        return _training(meeting_id, services.meetings.meeting(meeting_id), fallback)
    return TrainingMeeting(None, fallback, frozenset())


def training_meeting_in(read: InspectionMeetings) -> TrainingMeeting:
    """The training meeting, found in a read of every meeting already made (Home's)."""
    item_ids = {row.id for row in read.plan if row.key == TRAINING_ITEM_KEY}
    fallback = read.calendar.week(TRAINING_WEEK).starts_on
    for meeting_id in sorted(read.details):
        details = read.details[meeting_id]
        if details.plan_item_id in item_ids:
            return _training(meeting_id, details, fallback)
    return TrainingMeeting(None, fallback, frozenset())


def _training(meeting_id: int, details: MeetingDetails, fallback: dt.date) -> TrainingMeeting:
    present = frozenset(
        _name_key(person.name)
        for person in details.attendees
        if person.name and person.attendance is Attendance.PRESENT
    )
    return TrainingMeeting(meeting_id, details.day or fallback, present)


def file_readers(
    services: Services,
    inspection_id: int,
    *,
    bases: list[BaseRow] | None = None,
    sample: list[SampleRow] | None = None,
    training: TrainingMeeting | None = None,
) -> list[FileReader]:
    """Local file readers and inspectors from the register, locals first, with readiness."""
    store = services.file_reading
    bases = store.bases(inspection_id) if bases is None else bases
    sample = store.sample(inspection_id) if sample is None else sample
    details = store.reader_details(inspection_id)
    holders = services.contacts.role_holders(inspection_id)
    if training is None:
        training = training_meeting(services, inspection_id)
    days = reading_days(bases)
    pair_of = {
        contact_id: pair.id
        for pair in store.pairs(inspection_id)
        for contact_id in pair.contact_ids
    }
    first_day: dict[int, dt.date] = {}
    pair_systems: dict[int, set[AgencySystem]] = {}
    for row in sample:
        if row.pair_id is not None and row.day is not None:
            current = first_day.get(row.pair_id)
            first_day[row.pair_id] = min(current, row.day) if current else row.day
            pair_systems.setdefault(row.pair_id, set()).update(systems_read(row.child_protection))
    sample_systems = {s for row in sample for s in systems_read(row.child_protection)} or {
        AgencySystem.SOCIAL_WORK
    }
    people = [(person, ReaderSide.LOCAL) for person in holders.get(LOCAL_READER_ROLE, ())]
    seen = {person.id for person, _ in people}
    for role in INSPECTOR_ROLES:
        for person in holders.get(role, ()):
            if person.id not in seen:
                seen.add(person.id)
                people.append((person, ReaderSide.INSPECTOR))
    readers = []
    for person, side in people:
        own = details.get(person.id, ReaderDetails())
        pair_id = pair_of.get(person.id)
        systems = pair_systems.get(pair_id, sample_systems) if pair_id else sample_systems
        trained = _name_key(person.name) in training.present if side is ReaderSide.LOCAL else None
        starts = first_day.get(pair_id) if pair_id else None
        gaps = readiness_gaps(
            systems,
            dict(own.logins),
            own.agreement_signed,
            trained,
            starts or (days[0] if days else None),
            training.day,
        )
        readers.append(
            FileReader(
                contact_id=person.id,
                name=person.name,
                organisation=person.organisation,
                job_title=person.job_title,
                side=side,
                details=own,
                trained=trained,
                days=tuple(day for day in days if not own.days or day in own.days),
                systems=tuple(sorted(systems, key=list(AgencySystem).index)),
                gaps=gaps,
            )
        )
    return readers


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()
