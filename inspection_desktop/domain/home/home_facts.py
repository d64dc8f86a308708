"""What the home screen says on a given day: the week, what is due and overdue, the roles still
to name, the next meetings, the surveys open and how each week is going.

Pure: computed from plan rows, meetings, actions, role gaps and surveys read elsewhere, so the
window, the command line and the status report show the same facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.people.role_gaps import RoleGap
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar, monday_of
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.domain.surveys.surveys import Survey, SurveyState

NEXT_MEETINGS = 3


class Target(StrEnum):
    """What an entry on the home screen opens."""

    PLAN_ITEM = "plan_item"
    MEETING = "meeting"
    MEETING_ACTION = "meeting_action"
    ROLE = "role"
    SURVEY = "survey"
    WEEK = "week"
    FILE_READER = "file_reader"


class Rag(StrEnum):
    """A week's red, amber or green status (or still to come), never shown by colour alone."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    TO_COME = "to_come"

    @property
    def label(self) -> str:
        """The status in words."""
        return {
            Rag.RED: "Red: items overdue",
            Rag.AMBER: "Amber: under way",
            Rag.GREEN: "Green: complete",
            Rag.TO_COME: "To come",
        }[self]


@dataclass(frozen=True)
class ActionGlance:
    """A meeting's action, as the home screen needs it."""

    id: int
    meeting_id: int
    meeting_title: str
    description: str
    owner: str
    due: dt.date | None
    done: bool
    on_checklist: bool


@dataclass(frozen=True)
class MeetingGlance:
    """A meeting and the state of its papers."""

    id: int
    title: str
    day: dt.date | None
    starts: dt.datetime | None
    week: int | None
    agenda_items: int = 0
    papers: int = 0
    missing_papers: int = 0

    @property
    def papers_state(self) -> str:
        """The papers in words: "3 papers attached", "1 of 2 papers missing", "No papers yet"."""
        if self.papers == 0:
            return "No papers attached yet"
        plural = "s" if self.papers != 1 else ""
        if self.missing_papers:
            return f"{self.missing_papers} of {self.papers} paper{plural} missing from disk"
        return f"{self.papers} paper{plural} attached"


@dataclass(frozen=True)
class HomeEntry:
    """One line on the home screen and the thing it opens."""

    target: Target
    target_id: int | None
    role_key: str | None
    title: str
    when: str
    detail: str
    due: dt.date | None = None
    urgent: bool = False
    parent_id: int | None = None
    """The meeting a meeting action was agreed at."""


@dataclass(frozen=True)
class WeekProgress:
    """How one inspection week's items stand."""

    week: int
    starts_on: dt.date
    total: int
    closed: int
    overdue: int
    rag: Rag

    @property
    def text(self) -> str:
        """The week's progress in words: "4 of 5 done"."""
        return f"{self.closed} of {self.total} done" if self.total else "Nothing planned"


@dataclass(frozen=True)
class HomeFacts:
    """Everything the home screen shows for one inspection on one day."""

    inspection_id: int
    area: str
    today: dt.date
    current_week: int | None
    week_count: int
    where: str
    overdue: tuple[HomeEntry, ...]
    due_this_week: tuple[HomeEntry, ...]
    due_next_week: tuple[HomeEntry, ...]
    role_gaps: tuple[HomeEntry, ...]
    next_meetings: tuple[HomeEntry, ...]
    surveys_open: tuple[HomeEntry, ...]
    progress: tuple[WeekProgress, ...]
    surveys: tuple[Survey, ...]
    gaps: tuple[RoleGap, ...]
    readiness: tuple[HomeEntry, ...] = ()
    """Further readiness lines a feature adds (file readers not yet ready, when it exists)."""


def where_we_are(calendar: InspectionCalendar, today: dt.date) -> str:
    """The inspection's week in words: "Week 6 of 11 · w/c 8 February 2027"."""
    weeks = calendar.weeks
    number = calendar.current_week(today)
    if number is not None:
        return f"Week {number} of {calendar.week_count} · w/c {long_date(monday_of(today))}"
    if today < weeks[0].starts_on:
        return f"Before week 1 · week 1 is w/c {long_date(weeks[0].starts_on)}"
    if today > weeks[-1].ends_on:
        last = weeks[-1]
        return f"Preparation over · week {last.number} was w/c {long_date(last.starts_on)}"
    holiday = next((week for week in weeks if week.contains(today)), None)
    label = holiday.holiday_label if holiday and holiday.holiday_label else "Holiday week"
    resumes = next((w for w in weeks if w.number is not None and w.starts_on > today), None)
    tail = f" · week {resumes.number} is w/c {long_date(resumes.starts_on)}" if resumes else ""
    return f"{label} (not counted){tail}"


def _day(value: dt.date) -> str:
    return f"{value:%A} {long_date(value)}"


def _row_entry(row: PlanRow, today: dt.date, owner: str) -> HomeEntry:
    overdue = row.is_overdue(today)
    when = _day(row.due)
    if overdue:
        days = (today - row.due).days
        when += f" · overdue by {days} day{'s' if days != 1 else ''}"
    detail = owner + (" · from a meeting" if row.from_meeting else "")
    return HomeEntry(
        Target.PLAN_ITEM, row.id, None, row.title, when, detail, row.due, urgent=overdue
    )


def _action_entry(action: ActionGlance, today: dt.date) -> HomeEntry:
    due = action.due
    when = _day(due) if due else "No date set"
    overdue = due is not None and due < today
    if overdue and due is not None:
        days = (today - due).days
        when += f" · overdue by {days} day{'s' if days != 1 else ''}"
    detail = f"{action.owner or 'No owner'} · action from {action.meeting_title}"
    return HomeEntry(
        Target.MEETING_ACTION,
        action.id,
        None,
        action.description,
        when,
        detail,
        due,
        overdue,
        parent_id=action.meeting_id,
    )


def _gap_entry(gap: RoleGap, calendar: InspectionCalendar) -> HomeEntry:
    starts = calendar.week(gap.needed_by_week).starts_on
    when = f"Needed by week {gap.needed_by_week} (w/c {long_date(starts)})"
    detail = "Overdue: name someone now" if gap.overdue else "Not yet named"
    return HomeEntry(
        Target.ROLE, None, gap.role_key, gap.role_name, when, detail, starts, gap.overdue
    )


def _meeting_entry(meeting: MeetingGlance) -> HomeEntry:
    if meeting.starts is not None:
        when = f"{_day(meeting.starts.date())}, {meeting.starts:%H:%M}"
    elif meeting.day is not None:
        when = f"{_day(meeting.day)} (time not set)"
    else:
        when = "Date not set"
    detail = meeting.papers_state
    return HomeEntry(Target.MEETING, meeting.id, None, meeting.title, when, detail, meeting.day)


def _survey_entry(survey: Survey, today: dt.date) -> HomeEntry:
    closes = survey.closes_on
    when = f"Closes {_day(closes)}" if closes else "Closing date not set"
    left = survey.days_left(today)
    return HomeEntry(
        Target.SURVEY,
        survey.id,
        None,
        survey.name,
        when,
        survey.summary(today),
        closes,
        urgent=left is not None and left <= 3,
    )


def week_progress(
    rows: Sequence[PlanRow], calendar: InspectionCalendar, today: dt.date
) -> tuple[WeekProgress, ...]:
    """Each week's items done, overdue, and its red, amber or green status."""
    progress = []
    for number in range(1, calendar.week_count + 1):
        week_rows = [row for row in rows if row.week == number]
        starts = calendar.week(number).starts_on
        closed = sum(1 for row in week_rows if row.status.is_closed)
        overdue = sum(1 for row in week_rows if row.is_overdue(today))
        finished = closed == len(week_rows) and bool(week_rows)
        if overdue:
            rag = Rag.RED
        elif starts > today and not finished:
            rag = Rag.TO_COME
        elif closed < len(week_rows):
            rag = Rag.AMBER
        else:
            rag = Rag.GREEN
        progress.append(WeekProgress(number, starts, len(week_rows), closed, overdue, rag))
    return tuple(progress)


def home_facts(
    *,
    inspection_id: int,
    area: str,
    calendar: InspectionCalendar,
    rows: Sequence[PlanRow],
    owner_names: Mapping[int, str],
    actions: Sequence[ActionGlance],
    meetings: Sequence[MeetingGlance],
    gaps: Sequence[RoleGap],
    surveys: Sequence[Survey],
    today: dt.date,
    readiness: Sequence[HomeEntry] = (),
) -> HomeFacts:
    """The home screen's facts for ``today``."""
    monday = monday_of(today)
    next_monday = monday + dt.timedelta(days=7)

    def owner(row: PlanRow) -> str:
        return owner_names.get(row.id, row.owner_name)

    def by_due(entries: list[HomeEntry]) -> tuple[HomeEntry, ...]:
        return tuple(sorted(entries, key=lambda e: (e.due or dt.date.max, e.title.casefold())))

    def due_between(first: dt.date, last: dt.date) -> list[HomeEntry]:
        def in_week(day: dt.date | None) -> bool:
            return day is not None and first <= day <= last and day >= today

        entries = [
            _row_entry(row, today, owner(row))
            for row in rows
            if not row.status.is_closed and in_week(row.due)
        ]
        entries += [
            _action_entry(action, today)
            for action in actions
            if not action.done and not action.on_checklist and in_week(action.due)
        ]
        return entries

    overdue = [_row_entry(row, today, owner(row)) for row in rows if row.is_overdue(today)]
    overdue += [
        _action_entry(action, today)
        for action in actions
        if not action.done
        and not action.on_checklist
        and action.due is not None
        and action.due < today
    ]
    upcoming = [m for m in meetings if m.day is not None and m.day >= today]
    upcoming.sort(key=lambda m: (m.day or dt.date.max, m.starts or dt.datetime.max, m.id))
    open_surveys = [s for s in surveys if s.state(today) is SurveyState.OPEN]
    return HomeFacts(
        inspection_id=inspection_id,
        area=area,
        today=today,
        current_week=calendar.current_week(today),
        week_count=calendar.week_count,
        where=where_we_are(calendar, today),
        overdue=by_due(overdue),
        due_this_week=by_due(due_between(monday, monday + dt.timedelta(days=6))),
        due_next_week=by_due(due_between(next_monday, next_monday + dt.timedelta(days=6))),
        role_gaps=tuple(_gap_entry(gap, calendar) for gap in gaps),
        next_meetings=tuple(_meeting_entry(m) for m in upcoming[:NEXT_MEETINGS]),
        surveys_open=tuple(_survey_entry(s, today) for s in open_surveys),
        progress=week_progress(rows, calendar, today),
        surveys=tuple(surveys),
        gaps=tuple(gaps),
        readiness=tuple(readiness),
    )


@dataclass(frozen=True)
class HomeGroup:
    """A heading on the home screen and the entries under it."""

    key: str
    heading: str
    entries: tuple[HomeEntry, ...]
    empty_text: str


def _week_entry(week: WeekProgress, current: int | None) -> HomeEntry:
    title = f"Week {week.week} · w/c {long_date(week.starts_on)}"
    if week.week == current:
        title += " (this week)"
    detail = week.text + (f" · {week.overdue} overdue" if week.overdue else "")
    status = week.rag.label if week.total else "Nothing planned"
    return HomeEntry(
        Target.WEEK,
        week.week,
        None,
        title,
        status,
        "" if not week.total else detail,
        week.starts_on,
        urgent=week.rag is Rag.RED,
    )


def home_groups(facts: HomeFacts) -> list[HomeGroup]:
    """The home screen's headings in order, each with its entries and what it says when empty."""
    groups = [
        HomeGroup("overdue", "Overdue", facts.overdue, "Nothing is overdue."),
        HomeGroup(
            "this_week", "Due this week", facts.due_this_week, "Nothing more is due this week."
        ),
        HomeGroup("next_week", "Due next week", facts.due_next_week, "Nothing is due next week."),
        HomeGroup(
            "roles",
            "Roles still to name",
            facts.role_gaps,
            "Every role the plan needs has someone named.",
        ),
        HomeGroup(
            "meetings",
            "Next meetings",
            facts.next_meetings,
            "No meeting to come has a date yet.",
        ),
        HomeGroup(
            "surveys",
            "Surveys open now",
            facts.surveys_open,
            "No survey is open today.",
        ),
    ]
    if facts.readiness:
        groups.append(HomeGroup("readiness", "File readers not yet ready", facts.readiness, ""))
    groups.append(
        HomeGroup(
            "progress",
            "Progress by week",
            tuple(_week_entry(week, facts.current_week) for week in facts.progress),
            "",
        )
    )
    return groups
