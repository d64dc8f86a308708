"""A worked example: the week-4 co-ordinators' meeting with the guide's ten items (synthetic)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from inspection_desktop.domain.meetings.meeting import (
    AgendaItem,
    Attendance,
    Attendee,
    DeadlineRow,
    Meeting,
    MeetingAction,
    PackContext,
    Paper,
    WeekStatus,
)

EXAMPLE_PARTNERSHIP = "Glen Carra Community Planning Partnership"
EXAMPLE_INSPECTION = (
    "Joint inspection of services for children and young people in need of care and protection"
)
# Week 1 of the example inspection; week 4 starts on Monday 30 November 2026.
EXAMPLE_WEEK_ONE = date(2026, 11, 9)
EXAMPLE_TODAY = date(2026, 11, 28)
SELF_EVALUATION_PAPER = "self-evaluation-draft.pdf"
KEY_DATES_PAPER = "key-dates-and-deadlines.pdf"

_LEAD = "Mairead Dunlop"
_DEPUTE = "Siobhán Ó Briain"
_COORDINATOR = "Eilidh Nic a' Phearsain"

# The ten agenda items the guide lists for week 4, with who leads and how long each takes.
_AGENDA: tuple[tuple[str, str, int, str], ...] = (
    (
        "The methodology and focus of each phase",
        _LEAD,
        20,
        "How preparation, the on-site weeks and reporting fit together.",
    ),
    (
        "Key dates and deadlines",
        _DEPUTE,
        15,
        "Walk through the timeline; note school holiday weeks that are not counted.",
    ),
    (
        "The pre-inspection return",
        _DEPUTE,
        20,
        "Population list and data sets due in week 7. No personal identifiers.",
    ),
    ("Dates for inspection planning meetings", _COORDINATOR, 10, ""),
    (
        "Self-evaluation and supporting evidence",
        _LEAD,
        25,
        "First draft attached. Due in week 8, at most about 30 pages, evidence linked.",
    ),
    ("Range of possible activities for on-site weeks", _LEAD, 15, ""),
    ("Level of feedback at partnership meetings during each phase", _LEAD, 10, ""),
    (
        "ICT access and login process for case file reading",
        "Łukasz Wójcik",
        10,
        "Accounts for inspectors on the social work, health and education systems.",
    ),
    (
        "File reading base and logistics",
        _COORDINATOR,
        10,
        "Room, secure storage, parking and refreshments for three consecutive days.",
    ),
    (
        "Local file readers training",
        _DEPUTE,
        15,
        "About six readers, each paired with an inspector; training in week 11.",
    ),
)


def example_context() -> PackContext:
    """Partnership and inspection names for the example, prepared on Saturday 28 November 2026."""
    return PackContext(EXAMPLE_PARTNERSHIP, EXAMPLE_INSPECTION, None, EXAMPLE_TODAY)


def example_week4_meeting(papers_folder: Path | None = None) -> Meeting:
    """The week-4 co-ordinators' meeting; with a folder, items 3 and 5 carry papers from it."""
    items: list[AgendaItem] = []
    for title, presenter, minutes, notes in _AGENDA:
        papers: tuple[Paper, ...] = ()
        if papers_folder is not None and title.startswith("Self-evaluation"):
            papers = (
                Paper(
                    "Joint self-evaluation: first draft",
                    papers_folder / SELF_EVALUATION_PAPER,
                    True,
                ),
            )
        if papers_folder is not None and title == "Key dates and deadlines":
            papers = (Paper("Key dates and deadlines", papers_folder / KEY_DATES_PAPER),)
        items.append(AgendaItem(title, presenter, minutes, notes, papers))
    return Meeting(
        title="Co-ordinators' meeting with the inspection lead and depute",
        purpose=(
            "The Care Inspectorate's inspection lead and depute meet the inspection co-ordinator "
            "and the multi-agency co-ordinating team to agree how the inspection will run."
        ),
        week=4,
        starts=datetime(2026, 12, 1, 10, 0),
        duration_minutes=150,
        venue="Committee Room 2, Glen Carra House, 14 Harbour Street, Inverbrae",
        agenda=tuple(items),
        attendees=_ATTENDEES,
    )


_ATTENDEES: tuple[Attendee, ...] = (
    Attendee(_LEAD, "Care Inspectorate", ("Inspection lead",)),
    Attendee(_DEPUTE, "Care Inspectorate", ("Depute inspection lead",)),
    Attendee(
        "Fiona Baxter", "Care Inspectorate", ("Strategic support officer",), Attendance.APOLOGIES
    ),
    Attendee(_COORDINATOR, "Glen Carra Council", ("Inspection co-ordinator",)),
    Attendee("Seonaidh Rothach", "Glen Carra Council", ("Participation co-ordinator",)),
    Attendee(
        "Łukasz Wójcik", "NHS Glen Carra", ("Multi-agency co-ordinating team", "Health data lead")
    ),
    Attendee(
        "Agnieszka Zielińska",
        "Police Scotland, Glen Carra division",
        ("Multi-agency co-ordinating team",),
    ),
    Attendee("Tomás Ó Ceallaigh", "SCRA", ("Multi-agency co-ordinating team",)),
    Attendee(
        "Ruaridh MacAmhlaigh",
        "Glen Carra Council Education Services",
        ("Multi-agency co-ordinating team",),
    ),
    Attendee(
        "Gráinne Nic Aoidh",
        "Glen Carra Health and Social Care Partnership",
        ("Senior officer, child protection",),
        Attendance.APOLOGIES,
    ),
)


def example_open_actions() -> list[MeetingAction]:
    """Open actions from the week-2 participation and engagement meeting."""
    from_week2 = "Participation and engagement meeting"
    return [
        MeetingAction(
            "Confirm two or three Champions Board members for the survey group",
            "Seonaidh Rothach",
            date(2026, 11, 27),
            from_week2,
        ),
        MeetingAction(
            "Share the list of social media contacts in partner organisations",
            "Łukasz Wójcik",
            date(2026, 12, 4),
            from_week2,
        ),
        MeetingAction(
            "Book rooms for the young people's focus groups in week 12",
            _COORDINATOR,
            date(2026, 12, 11),
            from_week2,
        ),
        MeetingAction(
            "Agree how leaflets for young people and families are handed out",
            "Seonaidh Rothach",
            None,
            from_week2,
        ),
    ]


def example_deadlines() -> list[DeadlineRow]:
    """Plan deadlines around week 4 of the example inspection."""

    def week_start(week: int) -> date:
        return EXAMPLE_WEEK_ONE + timedelta(weeks=week - 1)

    return [
        DeadlineRow(
            4, week_start(4), "Staff survey issued (open for four weeks)", "Care Inspectorate"
        ),
        DeadlineRow(
            4, week_start(4) + timedelta(days=4), "Names of local file readers", _COORDINATOR
        ),
        DeadlineRow(
            5,
            week_start(5) + timedelta(days=2),
            "Distribution plan for leaflets",
            "Seonaidh Rothach",
        ),
        DeadlineRow(
            6, week_start(6), "Children and young people's survey opens", "Care Inspectorate"
        ),
        DeadlineRow(6, week_start(6), "Parents and carers' survey opens", "Care Inspectorate"),
        DeadlineRow(
            7, week_start(7) + timedelta(days=4), "Pre-inspection return due", _COORDINATOR
        ),
        DeadlineRow(
            8, week_start(8) + timedelta(days=4), "Joint self-evaluation due", _COORDINATOR
        ),
    ]


def example_week_statuses() -> list[WeekStatus]:
    """Checklist status for weeks 1 to 8 as it might stand at the end of week 3."""
    counts = [
        (1, 4, 0, 0, 1, 0),
        (2, 5, 1, 0, 0, 1),
        (3, 3, 2, 1, 0, 0),
        (4, 0, 2, 5, 0, 0),
        (5, 0, 0, 3, 1, 0),
        (6, 0, 0, 4, 0, 0),
        (7, 0, 1, 3, 0, 0),
        (8, 0, 1, 4, 0, 0),
    ]
    return [
        WeekStatus(week, EXAMPLE_WEEK_ONE + timedelta(weeks=week - 1), done, doing, todo, na, late)
        for week, done, doing, todo, na, late in counts
    ]


def example_week4_minutes() -> Meeting:
    """The week-4 meeting after it was held: attendance, notes, decisions and actions."""
    meeting = example_week4_meeting()
    attendees = tuple(
        person
        if person.attendance is Attendance.APOLOGIES
        else replace(person, attendance=Attendance.PRESENT)
        for person in meeting.attendees
    )
    notes = {
        1: "The inspection lead described the three phases and the focus on children and young "
        "people in need of care and protection.",
        3: "Questions on the population list: the agreed date for the list is the Friday of "
        "week 6. No names, dates of birth or CHI numbers to be sent.",
        5: "The draft is at 34 pages; the team will shorten it to about 30 and link the evidence.",
    }
    agenda = tuple(
        replace(item, minutes_notes=notes.get(number, ""))
        for number, item in enumerate(meeting.agenda, start=1)
    )
    return replace(
        meeting,
        attendees=attendees,
        agenda=agenda,
        decisions=(
            "File reading will be based in Committee Room 2 for the three days of week 12.",
            "Inspection planning meetings will be held on Tuesday mornings.",
        ),
        actions=(
            MeetingAction(
                "Send the names of six local file readers", _COORDINATOR, date(2026, 12, 4)
            ),
            MeetingAction(
                "Set up inspector accounts on the health record system",
                "Łukasz Wójcik",
                date(2026, 12, 11),
            ),
            MeetingAction("Shorten the self-evaluation draft to about 30 pages", _LEAD, None),
        ),
    )
