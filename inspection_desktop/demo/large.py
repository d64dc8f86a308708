"""The large demo inspection: the size a partnership reaches once its meetings' actions are in.

About 2,031 checklist items, 518 contacts and 206 meetings, for trying the window (and its
benchmarks) at a real inspection's size. It starts from the ordinary demo and adds the rest
through the stores' bulk writers, so it takes seconds. Every name is invented.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from inspection_desktop.demo.contacts import COUNCIL, NHS
from inspection_desktop.demo.inspection import add_demo_inspection
from inspection_desktop.domain import clock
from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.meetings.meeting_bulk import (
    ActionDraft,
    MeetingDraft,
    add_meetings_in_bulk,
)
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.storage.plan.inspection_service import InspectionSummary
from inspection_desktop.usecases.services import Services

LARGE_ITEMS = 2_031
LARGE_CONTACTS = 518
LARGE_MEETINGS = 206

_FIRST = (
    "Aileen", "Alasdair", "Amira", "Beth", "Calum", "Ciara", "Dariusz", "Deborah", "Euan",
    "Fraser", "Gillian", "Gregor", "Heather", "Iain", "Isla", "Jolanta", "Kenneth", "Kirsteen",
    "Lachlan", "Lorna", "Mairi", "Malcolm", "Niamh", "Oskar", "Pamela", "Rhona", "Ross",
    "Sanjay", "Seonaid", "Stuart", "Tariq", "Una", "Wojciech", "Yvonne", "Zofia", "Ùna",
)  # fmt: skip
_LAST = (
    "Anderson", "Bhatt", "Cameron", "Chisholm", "Dąbrowski", "Duncan", "Ferguson", "Gillies",
    "Hamilton", "Innes", "Jamieson", "Kowalczyk", "Laing", "MacDonald", "MacIver", "McKenzie",
    "Morrison", "Nicolson", "O'Neill", "Paterson", "Quinn", "Robertson", "Sinclair", "Stewart",
    "Taylor", "Urquhart", "Wallace", "Watt", "Young", "Ó Briain",
)  # fmt: skip
_BODIES = (
    (COUNCIL, "glenmorven-council.example", ("Social Worker", "Education Officer", "Team Leader")),
    (NHS, "nhs-glenmorven.example", ("Health Visitor", "School Nurse", "Service Manager")),
    ("Police Scotland", "police.example", ("Sergeant", "Inspector", "Constable")),
    ("Glenmorven Third Sector Interface", "glenmorven-tsi.example", ("Development Worker",)),
    ("SCRA", "scra.example", ("Locality Reporter",)),
)
# Roles many people hold (the one-person roles are the ordinary demo's).
_SHARED_ROLES = (
    "multi_agency_team",
    "local_file_reader",
    "chief_officer",
    "senior_officer_child_protection",
    "partnership_representative",
)
_TOPICS = (
    "Self-evaluation evidence", "Position statement", "Local file reading", "Staff survey",
    "Young people's survey", "Case sampling", "Focus groups", "Data sets", "Logistics",
    "Inspector accounts", "Records audit", "Chief officers' briefing",
)  # fmt: skip
# The blank is the meeting's own topic.
_AGENDA = (
    "Welcome and apologies", "Actions from last time", "", "Risks and issues", "Next steps",
    "Any other business",
)  # fmt: skip
_VERBS = ("Draft", "Check", "Circulate", "Confirm", "Book", "Collate", "Agree", "Review")


@dataclass(frozen=True)
class _Imported:
    """What the register's import takes: the contacts to store and the rows refused (none)."""

    contacts: tuple[ContactDraft, ...]
    refused: tuple[()] = ()


def add_large_inspection(services: Services) -> InspectionSummary:
    """Create the large demo inspection and return it."""
    inspection = add_demo_inspection(services)
    randoms = random.Random(14)
    contacts = _add_contacts(services, inspection.id, randoms)
    _add_meetings(services, inspection.id, contacts, randoms)
    return inspection


def _add_contacts(
    services: Services, inspection_id: int, randoms: random.Random
) -> list[ContactRow]:
    register = services.contacts
    wanted = LARGE_CONTACTS - len(register.contacts(inspection_id))
    drafts = []
    for number in range(wanted):
        first, last = _FIRST[number % len(_FIRST)], _LAST[(number // len(_FIRST)) % len(_LAST)]
        body, domain, titles = _BODIES[number % len(_BODIES)]
        user = f"{first}.{last}.{number}".casefold().replace(" ", "").replace("'", "")
        roles = () if number % 3 == 0 else (randoms.choice(_SHARED_ROLES),)
        drafts.append(
            ContactDraft(
                name=f"{first} {last}",
                job_title=titles[number % len(titles)],
                organisation=body,
                email=f"{user}@{domain}",
                # Ofcom's drama range: 01632 960000 to 960999.
                phone=f"01632 960{number % 1000:03d}",
                roles=roles,
            )
        )
    register.import_preview(inspection_id, _Imported(tuple(drafts)))
    return register.contacts(inspection_id)


def _add_meetings(
    services: Services, inspection_id: int, people: list[ContactRow], randoms: random.Random
) -> None:
    inspections = services.inspections
    calendar = inspections.calendar(inspection_id)
    meetings_wanted = LARGE_MEETINGS - len(services.meetings.list_meetings(inspection_id))
    actions_wanted = LARGE_ITEMS - inspections.count_items(inspection_id)
    weeks = [week for week in calendar.weeks if week.number is not None]
    today = clock.today()
    drafts = []
    for number in range(meetings_wanted):
        week = weeks[number % len(weeks)]
        day = week.starts_on + dt.timedelta(days=number % 5)
        starts = dt.datetime.combine(day, dt.time(9 + number % 7, 0))
        topic = _TOPICS[number % len(_TOPICS)]
        invited = randoms.sample(people, 8)
        share = actions_wanted // meetings_wanted + (
            1 if number < actions_wanted % meetings_wanted else 0
        )
        actions = _actions(number, share, topic, day, people, randoms, today)
        drafts.append(
            MeetingDraft(
                title=f"{topic} working group ({number + 1})",
                week=week.number or 1,
                starts=starts,
                duration_minutes=60,
                venue="Room 3, Glenmorven House, 8 Quay Street, Port Morven",
                agenda=tuple(
                    (title or topic, invited[position].name, 10 + 5 * (position % 3))
                    for position, title in enumerate(_AGENDA)
                ),
                attendees=tuple(
                    (
                        person.name,
                        person.organisation,
                        None,
                        Attendance.PRESENT if day < today else Attendance.UNKNOWN,
                    )
                    for person in invited
                ),
                actions=actions,
            )
        )
    add_meetings_in_bulk(services.database, inspection_id, calendar, drafts)


def _actions(
    meeting: int,
    count: int,
    topic: str,
    day: dt.date,
    people: list[ContactRow],
    randoms: random.Random,
    today: dt.date,
) -> tuple[ActionDraft, ...]:
    """A meeting's actions: most of those long past are done; half are owned by a person."""
    actions = []
    for number in range(count):
        owner = randoms.choice(people)
        due = day + dt.timedelta(days=3 + (meeting + number) % 24)
        if due < today - dt.timedelta(days=3):
            status = ItemStatus.DONE if randoms.random() < 0.85 else ItemStatus.IN_PROGRESS
        else:
            status = ItemStatus.IN_PROGRESS if randoms.random() < 0.2 else ItemStatus.NOT_STARTED
        actions.append(
            ActionDraft(
                description=f"{_VERBS[number % len(_VERBS)]} the {topic.casefold()} "
                f"(meeting {meeting + 1}, action {number + 1})",
                owner=owner.name,
                due=due,
                owner_role=_SHARED_ROLES[number % len(_SHARED_ROLES)],
                owner_contact_id=owner.id if number % 2 == 0 else None,
                status=status,
            )
        )
    return tuple(actions)
