"""Demo meetings: the week-4 meeting dated, named and with papers; minutes of the week-2 one."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.meetings.meeting_rows import AgendaFields, MeetingFields
from inspection_desktop.storage.meetings.meeting_service import MeetingService

log = logging.getLogger(__name__)

WEEK_FOUR_KEY = "w4-coordinators-meeting"
WEEK_TWO_KEY = "w2-participation-engagement-meeting"
TRAINING_KEY = "w11-file-reader-training"
TRAINING_VENUE = "Training Suite, Glenmorven House, 8 Quay Street, Port Morven"
VENUE = "Committee Room 2, Glenmorven House, 8 Quay Street, Port Morven"

# Presenter (by role: the register names them) and minutes for the week-4 agenda, in plan order.
_WEEK_FOUR_TIMES = (
    ("inspection_lead", 20, "How preparation, the on-site weeks and reporting fit together."),
    (
        "depute_inspection_lead",
        15,
        "Walk through the timeline; school holiday weeks are not counted.",
    ),
    (
        "depute_inspection_lead",
        20,
        "Population list and data sets due in week 7. No personal identifiers.",
    ),
    ("inspection_coordinator", 10, ""),
    ("inspection_lead", 25, "First draft attached. Due in week 8, at most about 30 pages."),
    ("inspection_lead", 15, ""),
    ("inspection_lead", 10, ""),
    (
        "multi_agency_team",
        10,
        "Accounts for inspectors on the social work, health and education systems.",
    ),
    (
        "inspection_coordinator",
        10,
        "Room, secure storage, parking and refreshments for three days.",
    ),
    (
        "depute_inspection_lead",
        15,
        "About six readers, each paired with an inspector; training in week 11.",
    ),
)


def add_demo_meetings(meetings: MeetingService, inspection_id: int, papers_folder: Path) -> None:
    """Fill in the plan's week-2 and week-4 meetings (made when the inspection was)."""
    by_key = {row.id: row.key for row in meetings.inspections.plan_rows(inspection_id)}
    found = {
        by_key.get(summary.plan_item_id or 0): summary.id
        for summary in meetings.list_meetings(inspection_id)
    }
    calendar = meetings.inspections.calendar(inspection_id)
    if WEEK_TWO_KEY in found:
        _week_two(meetings, found[WEEK_TWO_KEY], calendar.week(2).starts_on)
    if WEEK_FOUR_KEY in found:
        _week_four(meetings, found[WEEK_FOUR_KEY], calendar.week(4).starts_on, papers_folder)
    if TRAINING_KEY in found:
        _training(meetings, found[TRAINING_KEY], calendar.week(11).starts_on)


def _training(meetings: MeetingService, meeting_id: int, monday: dt.date) -> None:
    """The file readers' training: dated and placed, so the training letter can go out."""
    details = meetings.meeting(meeting_id)
    wednesday = dt.datetime.combine(monday + dt.timedelta(days=2), dt.time(9, 30))
    meetings.save_fields(
        meeting_id,
        MeetingFields(details.title, details.fields.purpose, 11, wednesday, 180, TRAINING_VENUE),
    )


def _presenter(meetings: MeetingService, inspection_id: int, role_key: str) -> str:
    """The first person the register names for a role, else the role's name."""
    people = meetings.people_by_role(inspection_id).get(role_key, ())
    return people[0][0] if people else meetings.inspections.roles.name_of(role_key)


def _week_four(meetings: MeetingService, meeting_id: int, monday: dt.date, folder: Path) -> None:
    details = meetings.meeting(meeting_id)
    tuesday = dt.datetime.combine(monday + dt.timedelta(days=1), dt.time(10, 0))
    meetings.save_fields(
        meeting_id, MeetingFields(details.title, details.fields.purpose, 4, tuesday, 150, VENUE)
    )
    for item, (role_key, minutes, notes) in zip(details.agenda, _WEEK_FOUR_TIMES, strict=False):
        presenter = _presenter(meetings, details.inspection_id, role_key)
        meetings.update_agenda_item(item.id, AgendaFields(item.title, presenter, minutes, notes))
    meetings.add_attendee(meeting_id, "Tomás Ó Ceallaigh", "SCRA", "multi_agency_team")
    meetings.add_attendee(
        meeting_id,
        "Agnieszka Zielińska",
        "Police Scotland, Glenmorven division",
        "multi_agency_team",
    )
    try:
        from inspection_desktop.documents.meetings.example_papers import write_example_papers

        folder.mkdir(parents=True, exist_ok=True)
        self_evaluation, key_dates = write_example_papers(folder)
    except OSError as exc:  # The demo is still useful without papers.
        log.warning("demo papers not written to %s: %s", folder, exc)
        return
    for item in details.agenda:
        if item.title == "Key dates and deadlines":
            meetings.attach_paper(item.id, key_dates, "Key dates and deadlines")
        if item.title.startswith("Self-evaluation"):
            meetings.attach_paper(
                item.id, self_evaluation, "Joint self-evaluation: first draft", True
            )


def _week_two(meetings: MeetingService, meeting_id: int, monday: dt.date) -> None:
    details = meetings.meeting(meeting_id)
    thursday = dt.datetime.combine(monday + dt.timedelta(days=3), dt.time(14, 0))
    meetings.save_fields(
        meeting_id,
        MeetingFields(
            details.title,
            details.fields.purpose,
            2,
            thursday,
            60,
            "Youth Hub, 3 Mill Lane, Port Morven",
            "Two Champions Board members took part and asked for the survey in plain words.",
            (
                "Young people will help to test the children and young people's survey.",
                "Leaflets go out through schools and the Champions Board, not by post.",
            ),
        ),
    )
    for title, minutes, said in (
        ("Introductions", 10, ""),
        (
            "How young people will take part",
            30,
            "Surveys, focus groups in week 12 and a session with the Champions Board were agreed.",
        ),
    ):
        lead = _presenter(meetings, details.inspection_id, "participation_lead")
        fields = AgendaFields(title, lead, minutes, minutes_notes=said)
        meetings.add_agenda_item(meeting_id, fields)
    for person in meetings.meeting(meeting_id).attendees:
        meetings.set_attendance(
            person.id,
            Attendance.APOLOGIES
            if person.role_key == "inspection_coordinator"
            else Attendance.PRESENT,
        )
    for description, owner, days in (
        (
            "Confirm two or three Champions Board members for the survey group",
            "Participation co-ordinator (to be named)",
            8,
        ),
        ("Share the list of social media contacts in partner organisations", "Łukasz Nowak", 15),
        (
            "Book rooms for the young people's focus groups in week 12",
            _presenter(meetings, details.inspection_id, "inspection_coordinator"),
            22,
        ),
    ):
        action = meetings.add_action(
            meeting_id, description, owner, monday + dt.timedelta(days=days)
        )
        if days == 8:  # Done on the checklist, so the meeting shows it done too.
            item = meetings.add_action_to_checklist(action, "participation_coordinator")
            meetings.inspections.set_status(item, ItemStatus.DONE)
